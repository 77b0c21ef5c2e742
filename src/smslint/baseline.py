"""Baselines: accept today's violations, report only new ones (``--baseline``).

A baseline is a JSON file of fingerprints, never message text (SPEC.md, Privacy)::

    {"tool": "smslint", "format": "smslint-baseline", "version": 1,
     "entries": [{"fingerprint": "<sha256 hex>", "rule": "pii-text", "count": 1}, ...]}

A fingerprint is the SHA-256 of the rule id, the item's identity and the normalized
evidence:

* identity: a catalog template's id, else the template file's path; a log record's
  ``message_id``, else its path and row. Line and column are left out on purpose, so
  moving a template inside its file keeps it baselined.
* evidence: always the *masked* form (whatever ``--show-pii`` says), NFKC-normalized,
  case-folded and with runs of whitespace collapsed to one space.

The same fingerprint can occur several times (``count``); only that many occurrences
are matched, a further one is new. Entries that match nothing in a run are *stale*:
they are counted in the report so the baseline can be rewritten smaller. Input
problems (category ``input``) are never baselined nor hidden.
"""

from __future__ import annotations

import hashlib
import json
import os
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from smslint.errors import UsageError
from smslint.privacy import mask
from smslint.violations import (
    Category,
    RecordLocation,
    RunResult,
    TemplateLocation,
    Violation,
)

TOOL = "smslint"
FORMAT = "smslint-baseline"
VERSION = 1


class BaselineError(UsageError):
    """A baseline file that cannot be read or is not an smslint baseline (exit 2)."""


@dataclass(frozen=True)
class Baseline:
    """Accepted fingerprints and how many times each may occur."""

    counts: Counter[str]
    rules: dict[str, str]

    @property
    def size(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class BaselineStats:
    """What applying a baseline did: violations hidden, entries not found anymore."""

    matched: int
    stale: int

    def to_dict(self) -> dict[str, int]:
        return {"matched": self.matched, "stale": self.stale}

    def note(self) -> str | None:
        if not self.stale:
            return None
        entries = "entry" if self.stale == 1 else "entries"
        return (
            f"baseline: {self.stale} {entries} no longer found; rewrite the baseline "
            "with --write-baseline to drop them"
        )


@dataclass(frozen=True)
class BaselinedResult(RunResult):
    """A run's result after the baseline: its JSON summary gains a ``baseline`` part."""

    baseline: BaselineStats | None = None

    def summary(self) -> dict[str, Any]:
        summary = super().summary()
        if self.baseline is not None:
            summary["baseline"] = self.baseline.to_dict()
        return summary


def _normalize(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _portable(path: str, root: Path | None) -> str:
    """``path`` as seen from ``root`` (the project), so that running from a subfolder
    finds the same fingerprints; paths outside the project stay as given."""
    if root is None:
        return path
    relative = os.path.relpath(os.path.abspath(path), root)
    return path if relative.startswith("..") else Path(relative).as_posix()


def _identity(violation: Violation, root: Path | None) -> list[Any]:
    loc = violation.location
    if isinstance(loc, TemplateLocation):
        if loc.template_id is not None:
            return ["template", loc.template_id]
        return ["file", _portable(loc.path, root)]
    if isinstance(loc, RecordLocation) and loc.message_id:
        return ["message", loc.message_id]
    return ["row", _portable(loc.path, root), loc.row]


def _masked_evidence(violation: Violation) -> str:
    evidence = violation.evidence or ""
    # Mask sensitive evidence ourselves: with --show-pii it arrives unmasked, and
    # mask() is idempotent, so both runs give the same fingerprint. Every ``pii``
    # finding is treated as sensitive too (an audit's content hits do not carry the
    # flag yet); masking a placeholder name costs nothing but precision.
    if violation.sensitive or violation.category is Category.PII:
        evidence = mask(evidence)
    return _normalize(evidence)


def fingerprint(violation: Violation, root: Path | None = None) -> str:
    """The violation's stable fingerprint (hex SHA-256); no text, no line numbers.

    File paths in it are taken relative to ``root`` when given (the config file's
    folder); without it, as reported (relative to the current folder).
    """
    payload = [violation.rule, _identity(violation, root), _masked_evidence(violation)]
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def _baselinable(violations: Iterable[Violation]) -> Iterable[Violation]:
    return (v for v in violations if v.category is not Category.INPUT)


def build(violations: Iterable[Violation], root: Path | None = None) -> Baseline:
    counts: Counter[str] = Counter()
    rules: dict[str, str] = {}
    for violation in _baselinable(violations):
        fp = fingerprint(violation, root)
        counts[fp] += 1
        rules[fp] = violation.rule
    return Baseline(counts, rules)


def to_json(baseline: Baseline) -> dict[str, Any]:
    entries = [
        {"fingerprint": fp, "rule": baseline.rules.get(fp, ""), "count": count}
        for fp, count in baseline.counts.items()
    ]
    entries.sort(key=lambda e: (e["rule"], e["fingerprint"]))
    return {"tool": TOOL, "format": FORMAT, "version": VERSION, "entries": entries}


def write_baseline(
    path: str | Path, violations: Iterable[Violation], root: Path | None = None
) -> None:
    """Write the baseline of ``violations`` to ``path`` atomically (exit 2 if not)."""
    from smslint.reporters import write_atomically

    document = to_json(build(violations, root))

    def render(out: TextIO) -> None:
        json.dump(document, out, ensure_ascii=False, indent=2)
        out.write("\n")

    target = Path(path)
    if target.is_dir():
        raise BaselineError("cannot write baseline: is a folder", path=str(path))
    try:
        write_atomically(target, render)
    except BaselineError:
        raise
    except (OSError, UsageError) as exc:
        cause = exc.__cause__ if isinstance(exc, UsageError) else exc
        why = getattr(cause, "strerror", None) or "not writable"
        raise BaselineError(f"cannot write baseline: {why}", path=str(path)) from exc


def writable_target(path: str | None) -> str | None:
    """Check ``--write-baseline`` before the run: a long audit must not end in exit 2.

    Only what can be known cheaply (the folder exists, the path is not a folder);
    :func:`write_baseline` still reports any other failure.
    """
    if path is None:
        return None
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise BaselineError("cannot write baseline: is a folder", path=path)
    if not folder.is_dir():
        raise BaselineError(
            "cannot write baseline: No such file or directory", path=path
        )
    return path


def read_baseline(path: str | Path | None) -> Baseline | None:
    """Load and validate a baseline file; any problem is a :class:`BaselineError`."""
    if path is None:
        return None
    name = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise BaselineError("baseline file not found", path=name) from exc
    except IsADirectoryError as exc:
        raise BaselineError("cannot read baseline: is a folder", path=name) from exc
    except OSError as exc:
        raise BaselineError(
            f"cannot read baseline: {exc.strerror or exc}", path=name
        ) from exc
    except UnicodeDecodeError as exc:
        raise BaselineError("baseline is not UTF-8 text", path=name) from exc
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BaselineError(
            f"baseline is not valid JSON: {exc.msg}",
            path=name,
            line=exc.lineno,
            column=exc.colno,
        ) from exc
    return _parse(doc, name)


def _parse(doc: Any, name: str) -> Baseline:
    if (
        not isinstance(doc, dict)
        or doc.get("tool") != TOOL
        or doc.get("format") != FORMAT
    ):
        raise BaselineError(
            f'not an smslint baseline (expected "tool": "{TOOL}" and '
            f'"format": "{FORMAT}"; write one with --write-baseline)',
            path=name,
        )
    version = doc.get("version")
    if version != VERSION:
        raise BaselineError(
            f"baseline format version {version!r} is not supported (this smslint "
            f"reads version {VERSION}); rewrite it with --write-baseline",
            path=name,
        )
    entries = doc.get("entries")
    if not isinstance(entries, list):
        raise BaselineError('baseline "entries" must be a list', path=name)
    counts: Counter[str] = Counter()
    rules: dict[str, str] = {}
    for index, entry in enumerate(entries, start=1):
        fp = entry.get("fingerprint") if isinstance(entry, dict) else None
        count = entry.get("count", 1) if isinstance(entry, dict) else None
        rule = entry.get("rule", "") if isinstance(entry, dict) else None
        if (
            not isinstance(fp, str)
            or len(fp) != 64
            or any(c not in "0123456789abcdef" for c in fp)
            or not isinstance(count, int)
            or isinstance(count, bool)
            or count < 1
            or not isinstance(rule, str)
        ):
            raise BaselineError(
                f"entry {index} is not a valid baseline entry (needs a SHA-256 hex "
                '"fingerprint", a "rule" and an optional "count" of at least 1)',
                path=name,
            )
        counts[fp] += count
        rules[fp] = rule
    return Baseline(counts, rules)


def apply_baseline(
    result: RunResult, baseline: Baseline, root: Path | None = None
) -> BaselinedResult:
    """Hide the violations the baseline accepts; count matches and stale entries.

    Occurrences are matched in report order, so when a fingerprint now occurs more
    often than the baseline allows, the later occurrences are the new ones.
    """
    remaining = Counter(baseline.counts)
    kept: list[Violation] = []
    matched = 0
    for violation in result.violations:
        if violation.category is not Category.INPUT:
            fp = fingerprint(violation, root)
            if remaining[fp] > 0:
                remaining[fp] -= 1
                matched += 1
                continue
        kept.append(violation)
    stats = BaselineStats(matched=matched, stale=sum(remaining.values()))
    notes = result.notes
    note = stats.note()
    if note and result.is_audit:
        notes = (*notes, note)
    return BaselinedResult(
        **{f: getattr(result, f) for f in _RESULT_FIELDS},
        **{"violations": tuple(kept), "notes": notes, "baseline": stats},
    )


def finish_baseline(
    result: RunResult,
    baseline: Baseline | None,
    write_path: str | None,
    root: Path | None = None,
) -> RunResult:
    """The command's last step: write ``--write-baseline``, apply ``--baseline``.

    The baseline written is the whole run's (before ``--baseline`` hides anything),
    so writing over the baseline just read drops its stale entries.
    """
    if write_path is not None:
        write_baseline(write_path, result.violations, root)
    if baseline is None:
        return result
    return apply_baseline(result, baseline, root)


def baseline_note(result: RunResult) -> str | None:
    """The stale-entries remark for a check's text report (audits list it in Notes)."""
    if isinstance(result, BaselinedResult) and result.baseline and not result.is_audit:
        return result.baseline.note()
    return None


_RESULT_FIELDS = tuple(
    f for f in RunResult.__dataclass_fields__ if f not in ("violations", "notes")
)

__all__ = [
    "Baseline",
    "BaselineError",
    "BaselineStats",
    "BaselinedResult",
    "apply_baseline",
    "baseline_note",
    "finish_baseline",
    "fingerprint",
    "read_baseline",
    "writable_target",
    "write_baseline",
]
