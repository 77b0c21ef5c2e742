"""From pack names and files to one frozen :class:`Policy`.

Parents named in ``extends`` are loaded depth-first in the order listed, each file
once, so rules come parents first and a diamond (two packs extending ``core``)
includes ``core`` once. Each pack's ``overrides`` then change the rules it inherited,
and the user's config ``overrides`` come last (see :mod:`.compose`). How one file is
found, checked and built is :mod:`.packfile`'s.

Every file is validated completely before anything is built, and every problem found
in any file is reported together: nothing runs on half a policy.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smslint.errors import PolicyError, PolicyErrors, SmslintError
from smslint.policy import packfile
from smslint.policy.compose import apply_user_overrides, compose
from smslint.policy.packfile import PackFile, PackRef, locate, path_ref
from smslint.policy.schema import Validators
from smslint.policy.spec import Pack, Policy
from smslint.policy.yamlmarks import Keys, Marks


def list_builtin() -> list[Pack]:
    """Every built-in pack as written (parents not merged in), sorted by id."""
    resolver = _Resolver()
    files = [
        resolver.read(packfile.builtin_ref(path))
        for path in packfile.builtin_pack_dir().glob("*.yaml")
    ]
    resolver.raise_errors()
    return sorted((f.pack for f in files if f), key=lambda pack: pack.id)


def load_pack_file(path: str | Path) -> Pack:
    """One pack file as written, validated on its own (its parents are not read)."""
    resolver = _Resolver()
    loaded = resolver.read(path_ref(Path(path)))
    if loaded is None:
        raise PolicyErrors(resolver.errors)
    return loaded.pack


def validate_file(path: str | Path) -> list[SmslintError]:
    """Every problem in the pack at ``path`` and its parents (none: it is valid)."""
    try:
        _Resolver().resolve([path_ref(Path(path))])
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
    refs = [locate(spec, base) for spec in specs]
    for ref in refs:
        if isinstance(ref, str):
            raise PolicyError(ref)
    resolver = _Resolver(trust_builtin=trust_builtin)
    policy = resolver.resolve([r for r in refs if not isinstance(r, str)])
    if not overrides:
        return policy
    rules = apply_user_overrides(
        policy.rules,
        overrides,
        overrides_marks or Marks(None, root=("overrides",)),
        resolver.validators,
    )
    return Policy(packs=policy.packs, rules=rules, versions=policy.versions)


@dataclass
class _Loaded:
    """A pack file read during one load, with the parents its ``extends`` named."""

    file: PackFile
    parents: list[_Loaded] = field(default_factory=list)

    @property
    def pack(self) -> Pack:
        return self.file.pack

    def ancestors(self) -> set[str]:
        found: set[str] = set()
        for parent in self.parents:
            found |= {parent.pack.id} | parent.ancestors()
        return found


class _Resolver:
    """One load: the files read so far, in depth-first order, and every error found."""

    def __init__(self, *, trust_builtin: bool = False) -> None:
        self.trust_builtin = trust_builtin
        self.validators = Validators()  # free until a validator is used
        self.errors: list[SmslintError] = []
        self.loaded: dict[Path, _Loaded | None] = {}
        self.order: list[_Loaded] = []

    def raise_errors(self) -> None:
        if self.errors:
            raise PolicyErrors(self.errors)

    def read(self, ref: PackRef) -> _Loaded | None:
        """Parse, validate and build one file; None (errors kept) if it is invalid."""
        trusted = ref.builtin and self.trust_builtin
        try:
            file = packfile.read(ref, None if trusted else self.validators)
        except PolicyErrors as exc:
            self.errors += exc.errors
            return None
        return _Loaded(file)

    def resolve(self, refs: Sequence[PackRef]) -> Policy:
        for ref in refs:
            self._visit(ref, [])
        self.raise_errors()
        layers = [(loaded.file, loaded.ancestors()) for loaded in self.order]
        rules, errors = compose(layers, self.validators)
        self.errors += errors
        self.raise_errors()
        requested = (self.loaded[ref.identity] for ref in refs)
        return Policy(
            packs=tuple(dict.fromkeys(r.pack.id for r in requested if r)),
            rules=tuple(rules),
            versions={loaded.pack.id: loaded.pack.version for loaded in self.order},
        )

    def _visit(self, ref: PackRef, stack: list[_Loaded]) -> _Loaded | None:
        if ref.identity in self.loaded:
            return self.loaded[ref.identity]
        loaded = self.loaded[ref.identity] = self.read(ref)
        if loaded is None:
            return None
        stack.append(loaded)
        marks, base = loaded.file.marks, Path(ref.display).parent
        for keys, spec in _extends(marks, loaded.pack):
            parent = locate(spec, base)
            if isinstance(parent, str):
                self.errors.append(marks.error(PolicyError, keys, parent))
                continue
            chain = [s.file.ref.identity for s in stack]
            if parent.identity in chain:
                ids = [s.pack.id for s in stack[chain.index(parent.identity) :]]
                cycle = " -> ".join([*ids, ids[0]])
                message = f"extends cycle: {cycle}"
                self.errors.append(marks.error(PolicyError, keys, message))
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
                where = other.file.ref.display
                message = f"pack id {loaded.pack.id!r} is also used by {where}"
                error = loaded.file.marks.error(PolicyError, ("id",), message)
                self.errors.append(error)
        self.order.append(loaded)


def _extends(marks: Marks, pack: Pack) -> list[tuple[Keys, str]]:
    """Each parent spec with its key path (``extends`` or ``extends[i]``)."""
    if ("extends",) in marks.values and ("extends", 0) not in marks.values:
        return [(("extends",), spec) for spec in pack.extends]
    return [(("extends", i), spec) for i, spec in enumerate(pack.extends)]
