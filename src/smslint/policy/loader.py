"""From pack names and files to one frozen :class:`Policy`.

A spec is a built-in pack id (``core``) or a path to a YAML pack (it contains ``/`` or
ends in ``.yaml``/``.yml``). Parents named in ``extends`` are loaded depth-first in the
order listed, each file once, so rules come parents first and a diamond (two packs
extending ``core``) includes ``core`` once. Each pack's ``overrides`` then change the
rules it inherited, and the user's config ``overrides`` come last.

Every file is validated completely before anything is built, and every problem found
in any file is reported together: nothing runs on half a policy.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import smslint
from smslint.errors import ConfigError, PolicyError, PolicyErrors, SmslintError
from smslint.policy import yamlmarks
from smslint.policy.schema import (
    Validators,
    build_pack,
    check_pack,
    normalize_override,
    schema_problems,
)
from smslint.policy.spec import Pack, Policy, RuleSpec
from smslint.policy.yamlmarks import Keys, Marks
from smslint.violations import Severity


def builtin_pack_dir() -> Path:
    """Where built-in packs live: in the installed wheel, else in the checkout."""
    package = Path(smslint.__file__).parent
    installed = package / "_data" / "policies"
    return installed if installed.is_dir() else package.parents[1] / "policies"


def list_builtin() -> list[Pack]:
    """Every built-in pack as written (parents not merged in), sorted by id."""
    resolver = _Resolver()
    packs = [resolver.read(_builtin_ref(p)) for p in builtin_pack_dir().glob("*.yaml")]
    resolver.raise_errors()
    return sorted((p.pack for p in packs if p), key=lambda pack: pack.id)


def load_pack_file(path: str | Path) -> Pack:
    """One pack file as written, validated on its own (its parents are not read)."""
    resolver = _Resolver()
    loaded = resolver.read(_path_ref(Path(path)))
    if loaded is None:
        raise PolicyErrors(resolver.errors)
    return loaded.pack


def validate_file(path: str | Path) -> list[SmslintError]:
    """Every problem in the pack at ``path`` and its parents (none: it is valid)."""
    try:
        _Resolver().resolve([_path_ref(Path(path))])
    except PolicyErrors as exc:
        return list(exc.errors)
    except SmslintError as exc:
        return [exc]
    return []


def load_policy(
    specs: Sequence[str],
    *,
    overrides: Mapping[str, Any] | None = None,
    base_dir: Path | None = None,
    overrides_marks: Marks | None = None,
    trust_builtin: bool = True,
) -> Policy:
    """Load, validate and resolve the packs named by ``specs`` into one Policy.

    ``overrides`` come from the user's config: ``{rule: {severity, options, enabled}}``
    or ``{rule: false}``; rules may be named by alias. ``overrides_marks`` says where
    that mapping was written (``Document.marks.child("overrides")``, or ``Marks(path)``
    when positions are unknown), so its errors (ConfigError) name the config file.
    Relative pack paths in ``specs`` are taken from ``base_dir`` (default: the cwd).
    Raises PolicyErrors for problems in packs.

    ``trust_builtin`` skips the schema validation of the packs shipped with smslint:
    the test suite validates every one of them, and skipping it keeps jsonschema off
    the pre-commit path. User packs and overrides are always validated.
    """
    base = base_dir or Path()
    refs = [_locate(spec, base) for spec in specs]
    for ref in refs:
        if isinstance(ref, str):
            raise PolicyError(ref)
    resolver = _Resolver(trust_builtin=trust_builtin)
    policy = resolver.resolve([r for r in refs if not isinstance(r, str)])
    if not overrides:
        return policy
    rules = resolver.apply_user_overrides(
        policy.rules, overrides, overrides_marks or Marks(None, root=("overrides",))
    )
    return Policy(packs=policy.packs, rules=rules, versions=policy.versions)


@dataclass(frozen=True)
class _Ref:
    """A pack file to read: ``display`` is how messages name it (and a valid path)."""

    display: str
    builtin: bool = False

    @property
    def identity(self) -> Path:
        return Path(self.display).resolve()


@dataclass
class _Loaded:
    ref: _Ref
    pack: Pack
    marks: Marks
    parents: list[_Loaded] = field(default_factory=list)

    def ancestors(self) -> set[str]:
        found: set[str] = set()
        for parent in self.parents:
            found |= {parent.pack.id} | parent.ancestors()
        return found


def _builtin_ref(path: Path) -> _Ref:
    return _Ref(str(path), builtin=True)


def _path_ref(path: Path) -> _Ref:
    return _Ref(os.path.normpath(path))


def _is_path(spec: str) -> bool:
    return "/" in spec or os.sep in spec or spec.endswith((".yaml", ".yml"))


def _locate(spec: str, base: Path) -> _Ref | str:
    """The file ``spec`` names, or why there is none."""
    if _is_path(spec):
        ref = _path_ref(base / spec)
        return (
            ref
            if Path(ref.display).is_file()
            else f"pack file not found: {ref.display}"
        )
    path = builtin_pack_dir() / f"{spec}.yaml"
    if path.is_file():
        return _builtin_ref(path)
    known = ", ".join(sorted(p.stem for p in builtin_pack_dir().glob("*.yaml")))
    hint = "; a pack file path needs a '/' or a .yaml ending"
    return f"unknown pack {spec!r} (built-in packs: {known or 'none'}){hint}"


class _Resolver:
    """One load: the files read so far, in depth-first order, and every error found."""

    def __init__(self, *, trust_builtin: bool = False) -> None:
        self.trust_builtin = trust_builtin
        self.errors: list[SmslintError] = []
        self.loaded: dict[Path, _Loaded | None] = {}
        self.order: list[_Loaded] = []

    @cached_property
    def validators(self) -> Validators:
        return Validators()

    def raise_errors(self) -> None:
        if self.errors:
            raise PolicyErrors(self.errors)

    def read(self, ref: _Ref) -> _Loaded | None:
        """Parse, validate and build one file; None (errors kept) if it is invalid."""
        try:
            doc = yamlmarks.load(ref.display, error=PolicyError, group=PolicyErrors)
        except PolicyErrors as exc:
            self.errors += exc.errors
            return None
        except PolicyError as exc:
            self.errors.append(exc)
            return None
        expected = Path(ref.display).stem if ref.builtin else None
        trusted = ref.builtin and self.trust_builtin
        problems = (
            [] if trusted else check_pack(doc, self.validators, expected_id=expected)
        )
        if problems:
            self.errors += problems
            return None
        return _Loaded(ref, build_pack(doc, ref.display), doc.marks)

    def resolve(self, refs: Sequence[_Ref]) -> Policy:
        for ref in refs:
            self._visit(ref, [])
        self.raise_errors()
        rules = self._compose()
        self.raise_errors()
        requested = (self.loaded[ref.identity] for ref in refs)
        return Policy(
            packs=tuple(dict.fromkeys(r.pack.id for r in requested if r)),
            rules=tuple(rules),
            versions={loaded.pack.id: loaded.pack.version for loaded in self.order},
        )

    def _visit(self, ref: _Ref, stack: list[_Loaded]) -> _Loaded | None:
        if ref.identity in self.loaded:
            return self.loaded[ref.identity]
        loaded = self.loaded[ref.identity] = self.read(ref)
        if loaded is None:
            return None
        stack.append(loaded)
        base = Path(ref.display).parent
        for keys, spec in _extends(loaded.marks, loaded.pack):
            parent = _locate(spec, base)
            if isinstance(parent, str):
                self.errors.append(loaded.marks.error(PolicyError, keys, parent))
                continue
            chain = [s.ref.identity for s in stack]
            if parent.identity in chain:
                ids = [s.pack.id for s in stack[chain.index(parent.identity) :]]
                cycle = " -> ".join([*ids, ids[0]])
                message = f"extends cycle: {cycle}"
                self.errors.append(loaded.marks.error(PolicyError, keys, message))
                continue
            found = self._visit(parent, stack)
            if found is not None:
                loaded.parents.append(found)
        stack.pop()
        self._register(loaded)
        return loaded

    def _register(self, loaded: _Loaded) -> None:
        for other in self.order:
            if other.pack.id == loaded.pack.id:
                message = (
                    f"pack id {loaded.pack.id!r} is also used by {other.ref.display}"
                )
                self.errors.append(loaded.marks.error(PolicyError, ("id",), message))
        self.order.append(loaded)

    def _compose(self) -> list[RuleSpec]:
        """Every pack's rules in order, its overrides applied to its parents' rules."""
        rules: dict[str, RuleSpec] = {}
        for loaded in self.order:
            self._add_rules(loaded, rules)
            names, ancestors = _names(rules.values()), loaded.ancestors()
            for name, change in loaded.pack.overrides.items():
                marks = loaded.marks.child("overrides", name)
                target = names.get(name)
                if target is None or target.pack not in ancestors:
                    message = _not_inherited(name, target, loaded.pack.id)
                    self.errors.append(
                        marks.error(PolicyError, (), message, at_key=True)
                    )
                    continue
                rules[target.id], errors = self._override(
                    target, change, marks, PolicyError
                )
                self.errors += errors
        return list(rules.values())

    def _add_rules(self, loaded: _Loaded, rules: dict[str, RuleSpec]) -> None:
        """Add a pack's own rules; an id or alias taken by another pack is an error."""
        names = _names(rules.values())
        for i, rule in enumerate(loaded.pack.rules):
            taken = [(k, n, names[n]) for k, n in _rule_names(rule, i) if n in names]
            for keys, name, owner in taken:
                hint = ""
                if owner.pack in loaded.ancestors():
                    hint = "; change it with 'overrides'"
                message = (
                    f"rule {name!r} is already defined by pack {owner.pack!r}"
                    f" ({owner.source}){hint}"
                )
                self.errors.append(loaded.marks.error(PolicyError, keys, message))
            if not taken:
                rules[rule.id] = rule

    def apply_user_overrides(
        self, rules: Sequence[RuleSpec], overrides: Mapping[str, Any], marks: Marks
    ) -> tuple[RuleSpec, ...]:
        """The config's overrides applied to the resolved rules (ConfigError if bad)."""
        for keys, message, at_key in schema_problems(
            self.validators.overrides, overrides
        ):
            raise marks.error(ConfigError, keys, message, at_key=at_key)
        result = {rule.id: rule for rule in rules}
        names = _names(rules)
        for name, change in overrides.items():
            if name not in names:
                message = f"unknown rule {name!r} (`smslint rules` lists them)"
                raise marks.error(ConfigError, (name,), message, at_key=True)
            target = result[names[name].id]
            changed, errors = self._override(
                target, normalize_override(change), marks.child(name), ConfigError
            )
            if errors:
                raise errors[0]
            result[target.id] = changed
        return tuple(result.values())

    def _override(
        self,
        rule: RuleSpec,
        change: Mapping[str, Any],
        marks: Marks,
        error: type[SmslintError],
    ) -> tuple[RuleSpec, list[SmslintError]]:
        """``rule`` changed by one override, and what is wrong with the new options."""
        changes: dict[str, Any] = {}
        errors: list[SmslintError] = []
        if "severity" in change:
            changes["severity"] = Severity(change["severity"])
        if "enabled" in change:
            changes["enabled"] = change["enabled"]
        if "options" in change:
            merged = {**rule.options, **change["options"]}
            errors = [
                marks.error(error, ("options", *p.keys), p.message, at_key=p.at_key)
                for p in self.validators.options_problems(rule.kind, merged)
            ]
            changes["options"] = copy.deepcopy(merged)
        return rule.with_changes(**changes), errors


def _not_inherited(name: str, target: RuleSpec | None, pack_id: str) -> str:
    if target is None:
        return f"unknown rule {name!r}: no pack that {pack_id!r} extends defines it"
    if target.pack == pack_id:
        return (
            f"rule {name!r} is defined in this pack: change it there, not in overrides"
        )
    return (
        f"rule {name!r} comes from pack {target.pack!r},"
        f" which {pack_id!r} does not extend"
    )


def _names(rules: Any) -> dict[str, RuleSpec]:
    """Every rule id and alias -> its rule."""
    return {name: rule for rule in rules for name in (rule.id, *rule.aliases)}


def _rule_names(rule: RuleSpec, index: int) -> list[tuple[Keys, str]]:
    """A rule's id and aliases, each with its key path in the pack."""
    aliases = [(("rules", index, "aliases", j), a) for j, a in enumerate(rule.aliases)]
    return [(("rules", index, "id"), rule.id), *aliases]


def _extends(marks: Marks, pack: Pack) -> list[tuple[Keys, str]]:
    """Each parent spec with its key path (``extends`` or ``extends[i]``)."""
    if ("extends",) in marks.values and ("extends", 0) not in marks.values:
        return [(("extends",), spec) for spec in pack.extends]
    return [(("extends", i), spec) for i, spec in enumerate(pack.extends)]
