"""One pack file: finding it, reading and checking it, and building a :class:`Pack`.

A spec is a built-in pack id (``core``) or a path to a YAML pack (it contains ``/`` or
ends in ``.yaml``/``.yml``). What a file means next to other packs (``extends``,
overrides) is :mod:`.loader`'s business; this module sees one file at a time.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smslint import checks
from smslint.errors import PolicyError, PolicyErrors
from smslint.policy import yamlmarks
from smslint.policy.schema import Validators, check_pack
from smslint.policy.spec import Example, Pack, RuleSpec, SourcePos
from smslint.policy.yamlmarks import Document, Marks
from smslint.resources import shipped_dir
from smslint.violations import Category, Severity


def builtin_pack_dir() -> Path:
    """Where built-in packs live: in the installed wheel, else in the checkout."""
    return shipped_dir("policies")


@dataclass(frozen=True)
class PackRef:
    """A pack file to read: ``display`` is how messages name it (and a valid path)."""

    display: str
    builtin: bool = False

    @property
    def identity(self) -> Path:
        return Path(self.display).resolve()


def builtin_ref(path: Path) -> PackRef:
    return PackRef(str(path), builtin=True)


def path_ref(path: Path) -> PackRef:
    return PackRef(os.path.normpath(path))


def locate(spec: str, base: Path) -> PackRef | str:
    """The file ``spec`` names (a path taken from ``base``), or why there is none."""
    if _is_path(spec):
        ref = path_ref(base / spec)
        return (
            ref
            if Path(ref.display).is_file()
            else f"pack file not found: {ref.display}"
        )
    path = builtin_pack_dir() / f"{spec}.yaml"
    if path.is_file():
        return builtin_ref(path)
    known = ", ".join(sorted(p.stem for p in builtin_pack_dir().glob("*.yaml")))
    hint = "; a pack file path needs a '/' or a .yaml ending"
    return f"unknown pack {spec!r} (built-in packs: {known or 'none'}){hint}"


def _is_path(spec: str) -> bool:
    return "/" in spec or os.sep in spec or spec.endswith((".yaml", ".yml"))


@dataclass(frozen=True)
class PackFile:
    """A pack file read and built: the pack, and where each of its keys was written."""

    ref: PackRef
    pack: Pack
    marks: Marks


def read(ref: PackRef, validators: Validators | None) -> PackFile:
    """Parse, check and build one file; PolicyErrors lists everything wrong with it.

    ``validators`` None skips the checks: only for files trusted to be valid.
    """
    try:
        doc = yamlmarks.load(ref.display, error=PolicyError, group=PolicyErrors)
    except PolicyErrors:
        raise
    except PolicyError as exc:
        raise PolicyErrors([exc]) from exc
    if validators is not None:
        expected = Path(ref.display).stem if ref.builtin else None
        problems = check_pack(doc, validators, expected_id=expected)
        if problems:
            raise PolicyErrors(problems)
    return PackFile(ref, build_pack(doc, ref.display), doc.marks)


def normalize_override(change: Any) -> dict[str, Any]:
    """``false``/``true`` is short for ``{enabled: false/true}``."""
    return {"enabled": change} if isinstance(change, bool) else dict(change)


def build_pack(doc: Document, display: str) -> Pack:
    """A Pack from a document that passed :func:`check_pack`."""
    data, marks = doc.data, doc.marks
    extends = data.get("extends", [])
    countries = tuple(data.get("applies_to", {}).get("countries", ()))
    return Pack(
        id=data["id"],
        title=data["title"],
        version=data["version"],
        description=data.get("description", "").strip(),
        extends=tuple([extends] if isinstance(extends, str) else extends),
        rules=tuple(
            _build_rule(rule, data["id"], marks.source(("rules", i))).with_changes(
                countries=countries
            )
            for i, rule in enumerate(data.get("rules", []))
        ),
        overrides={
            k: normalize_override(v) for k, v in data.get("overrides", {}).items()
        },
        source=SourcePos(display),
    )


def _build_rule(data: Mapping[str, Any], pack_id: str, source: SourcePos) -> RuleSpec:
    kind = checks.get_kind(data["kind"])
    effective = data.get("effective", {})
    options = checks.options_with_defaults(kind, data.get("options", {}))
    return RuleSpec(
        id=data["id"],
        kind=data["kind"],
        category=Category(data["category"]),
        severity=Severity(data["severity"]),
        message=data["message"],
        summary=data["summary"],
        citation=data["citation"],
        confidence=data["confidence"],
        # a private copy: kinds' DEFAULTS must never be shared between rules
        options=copy.deepcopy(options),
        fail_examples=_examples(data["examples"]["fail"]),
        pass_examples=_examples(data["examples"]["pass"]),
        pack=pack_id,
        description=data.get("description", "").strip(),
        effective_from=effective.get("from"),
        effective_until=effective.get("until"),
        aliases=tuple(data.get("aliases", ())),
        source=source,
        enabled=data.get("enabled", True),
    )


def _examples(items: Sequence[Any]) -> tuple[Example, ...]:
    return tuple(_example(item) for item in items)


def _example(item: Any) -> Example:
    if isinstance(item, str):
        return Example(item)
    if "records" in item:
        records = tuple(dict(r) for r in item["records"])
        return Example(item.get("note", f"{len(records)} records"), records=records)
    return Example(item["text"], item.get("lang"))
