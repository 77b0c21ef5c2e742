"""Editing template files for ``smslint check --fix``: where, how escaped, and safely.

A fix adds text at the start or end of one template's text. :class:`FileEditor` turns
that into an insertion in the file's own text: it finds the place through the
template's source map, escapes the text for the way the template is written (a YAML
double- or single-quoted scalar, a JSON string, a quoted or bare CSV field, a plain
file) and, before anything is written, reads the edited text back the way
``smslint check`` does: the fixed templates must read as exactly the expected text and
every other template, and every input problem, exactly as before. An edit that fails
that test is dropped with the reason, so a fix never changes anything else.

Files are written through a temporary file in the same folder and a rename, keeping
the UTF-8 byte-order mark, the line breaks (the text is never newline-translated),
the permission bits and, where allowed, the owner.
"""

from __future__ import annotations

import codecs
import json
import os
import stat
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from smslint.errors import UsageError
from smslint.sourcemap import LineIndex
from smslint.templates import SUFFIXES, Template, templates_in
from smslint.violations import InputProblem

# YAML double-quoted escapes of the characters that must not be written raw.
_YAML_NAMED = {"\\": "\\\\", '"': '\\"', "\t": "\\t", "\n": "\\n", "\r": "\\r"}
_YAML_CODE_SIZES = {"x": 2, "u": 4, "U": 8}
_YAML_BREAKS = "\r\n\x85\u2028\u2029"


@dataclass(frozen=True)
class Insertion:
    """``text`` (decoded) to add at the ``start`` or ``end`` of one template."""

    template: Template
    rule: str
    text: str
    position: str


@dataclass(frozen=True)
class Applied:
    """An insertion that was made: where (1-based line in the file) and which rule."""

    line: int
    rule: str


@dataclass
class FileChange:
    """One file's original and fixed text."""

    path: Path
    display: str
    bom: bool
    old: str
    new: str
    applied: list[Applied] = field(default_factory=list)


class SkipFix(Exception):
    """This insertion cannot be made safely; ``str()`` says why."""


def read_file(path: Path) -> tuple[bool, str] | None:
    """(has a UTF-8 BOM, text) of a template file; None when it cannot be read."""
    try:
        data = path.read_bytes()
        bom = data.startswith(codecs.BOM_UTF8)
        return bom, data[len(codecs.BOM_UTF8) if bom else 0 :].decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _shape(items: Sequence[Template | InputProblem]) -> list[tuple[str, ...]]:
    """What reading a file gives, positions left out (edits move them)."""
    return [
        ("template", item.id or "", item.text, item.lang)
        if isinstance(item, Template)
        else ("problem", item.message)
        for item in items
    ]


class FileEditor:
    """Plans insertions into one file's text and checks the result reads back."""

    def __init__(self, path: Path, display: str, bom: bool, text: str) -> None:
        self.path, self.display, self.bom, self.text = path, display, bom, text
        self.kind = SUFFIXES[path.suffix.lower()]
        self.lines = LineIndex(text)
        self.before = templates_in(text, self.kind, display)
        self._scalars: list[tuple[int, int, str | None]] | None = None

    def change(
        self, insertions: Sequence[Insertion]
    ) -> tuple[FileChange | None, list[tuple[Insertion, str]]]:
        """The file with every insertion that can be made; the others with the reason.

        All insertions are tried at once first; when the result does not read back
        as expected, one template at a time, so one awkward entry does not block the
        rest of a catalog.
        """
        skipped: list[tuple[Insertion, str]] = []
        edits: dict[int, list[tuple[int, str, Insertion]]] = {}
        for insertion in insertions:
            try:
                edit = self._edit(insertion)
            except SkipFix as why:
                skipped.append((insertion, str(why)))
                continue
            edits.setdefault(id(insertion.template), []).append((*edit, insertion))
        groups = list(edits.values())
        if groups and not self._reads_back([e for g in groups for e in g]):
            accepted: list[tuple[int, str, Insertion]] = []
            for group in groups:
                if self._reads_back(accepted + group):
                    accepted += group
                else:
                    skipped += [(e[2], self._why_not(e[2])) for e in group]
            groups = [accepted] if accepted else []
        chosen = [e for g in groups for e in g]
        if not chosen:
            return None, skipped
        applied = [Applied(self.lines.position(at)[0], e.rule) for at, _, e in chosen]
        change = FileChange(
            self.path, self.display, self.bom, self.text, _apply(self.text, chosen)
        )
        change.applied = sorted(applied, key=lambda a: a.line)
        return change, skipped

    def _reads_back(self, edits: Sequence[tuple[int, str, Insertion]]) -> bool:
        expected = {id(t): t.text for t in self.before if isinstance(t, Template)}
        for _, _, insertion in edits:
            key = id(insertion.template)
            expected[key] = fixed_text(expected[key], insertion)
        want = [
            ("template", t.id or "", expected[id(t)], t.lang)
            if isinstance(t, Template)
            else ("problem", t.message)
            for t in self.before
        ]
        try:
            got = templates_in(_apply(self.text, edits), self.kind, self.display)
        except Exception:  # noqa: BLE001 - any failure to read back means "unsafe"
            return False
        # The language may be detected anew from the fixed text: compare ids and texts
        # always, and languages only where they were declared.
        if len(got) != len(want):
            return False
        for old, new, wanted in zip(self.before, got, want, strict=True):
            shape = _shape([new])[0]
            if isinstance(old, Template) and not old.lang_declared:
                shape, wanted = shape[:3], wanted[:3]
            if shape != wanted:
                return False
        return True

    def _why_not(self, insertion: Insertion) -> str:
        style = self._style(insertion.template) if self.kind == "yaml" else "x"
        if style is None:
            return (
                "a plain (unquoted) YAML scalar cannot hold this text unchanged; "
                "quote the template text and run --fix again"
            )
        return "the edited file would not read back as the fixed text"

    def _edit(self, insertion: Insertion) -> tuple[int, str]:
        """(file offset, text to insert there) for one insertion."""
        template, text = insertion.template, insertion.text
        value = template.text
        smap = template.source_map
        if len(value) > 1 and smap.source_offset(0) == smap.source_offset(
            len(value) - 1
        ):
            raise SkipFix("the template's text cannot be located in the file")
        if insertion.position == "start":
            index = len(value) - len(value.lstrip())
            at = smap.source_offset(index)
        else:
            index = len(value.rstrip()) - 1
            at = smap.source_offset(index)
            at += self._span(at, template)
        return at, self._escaped(text, at, template)

    def _span(self, at: int, template: Template) -> int:
        """How many file characters the decoded character written at ``at`` takes."""
        text, ch = self.text, self.text[at]
        if self.kind == "json" and ch == "\\":
            if text[at + 1] != "u":
                return 2
            pair = (
                text[at + 6 : at + 8] == "\\u"
                and 0xD800 <= int(text[at + 2 : at + 6], 16) <= 0xDBFF
            )
            return 12 if pair else 6
        if self.kind == "csv" and ch == '"':
            return 2  # "" inside a quoted field
        if self.kind == "yaml":
            style = self._style(template)
            if style == '"' and ch == "\\":
                return 2 + _YAML_CODE_SIZES.get(text[at + 1], 0)
            if style == "'" and ch == "'":
                return 2
        return 1

    def _escaped(self, fix: str, at: int, template: Template) -> str:
        if self.kind == "json":
            ascii_only = self.text.isascii() and "\\u" in self.text
            return json.dumps(fix, ensure_ascii=ascii_only)[1:-1]
        if self.kind == "csv":
            return self._csv_escaped(fix, at, template)
        if any(ch in _YAML_BREAKS for ch in fix):
            raise SkipFix("the fix text holds a line break")
        if self.kind == "yaml":
            style = self._style(template)
            if style == '"':
                return "".join(_yaml_double(ch) for ch in fix)
            if style == "'":
                return fix.replace("'", "''")
        return fix

    def _csv_escaped(self, fix: str, at: int, template: Template) -> str:
        start = template.source_map.source_offset(0)
        quoted = start > 0 and self.text[start - 1] == '"' and self._quoted_field(start)
        if quoted:
            return fix.replace('"', '""')
        if any(ch in fix for ch in ',"\r\n'):
            raise SkipFix(
                "the CSV field is not quoted and the fix text needs quotes; "
                "quote the field and run --fix again"
            )
        return fix

    def _quoted_field(self, start: int) -> bool:
        """Whether the field holding the text starting at ``start`` opens with ``"``."""
        before = start - 1
        return before == 0 or self.text[before - 1] in ",\r\n"

    def _style(self, template: Template) -> str | None:
        """The YAML scalar style (None: plain) of the scalar holding the template."""
        if self._scalars is None:
            self._scalars = []
            try:
                root = yaml.compose(self.text, Loader=yaml.SafeLoader)
            except yaml.YAMLError:
                root = None
            stack = [root] if root is not None else []
            while stack:
                node = stack.pop()
                if isinstance(node, yaml.MappingNode):
                    stack += [n for pair in node.value for n in pair]
                elif isinstance(node, yaml.SequenceNode):
                    stack += node.value
                else:
                    start, end = node.start_mark.index, node.end_mark.index
                    self._scalars.append((start, end, node.style))
        at = template.source_map.source_offset(0)
        for start, end, style in self._scalars:
            if start <= at < end:
                return style
        return None


def _yaml_double(ch: str) -> str:
    if ch in _YAML_NAMED:
        return _YAML_NAMED[ch]
    code = ord(ch)
    if code < 0x20 or code == 0x7F or 0x80 <= code <= 0x9F:
        return f"\\x{code:02X}"
    if code in (0x2028, 0x2029, 0xFEFF):
        return f"\\u{code:04X}"
    return ch


def fixed_text(value: str, insertion: Insertion) -> str:
    if insertion.position == "start":
        index = len(value) - len(value.lstrip())
    else:
        index = len(value.rstrip())
    return value[:index] + insertion.text + value[index:]


def _apply(text: str, edits: Sequence[tuple[int, str, Insertion]]) -> str:
    """Insert every edit at its offset; edits at one offset keep their order."""
    order = sorted(range(len(edits)), key=lambda i: (edits[i][0], i), reverse=True)
    for i in order:
        at, inserted, _ = edits[i]
        text = text[:at] + inserted + text[at:]
    return text


def check_writable(changes: Sequence[FileChange]) -> None:
    """Raise :class:`UsageError` naming the first file that cannot be replaced.

    Run before anything is written, so a read-only file stops the run with no
    file changed.
    """
    for change in changes:
        target = change.path.resolve()
        try:
            mode = target.stat().st_mode
        except OSError as exc:
            raise UsageError(
                f"cannot fix: {exc.strerror}", path=change.display
            ) from exc
        if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(
            target, os.W_OK
        ):
            raise UsageError(
                "cannot fix: the file is read-only; nothing was changed",
                path=change.display,
            )
        if not os.access(target.parent, os.W_OK | os.X_OK):
            raise UsageError(
                "cannot fix: its folder is not writable; nothing was changed",
                path=change.display,
            )


def write_change(change: FileChange) -> None:
    """Replace the file (through a symbolic link: its target) atomically."""
    target = change.path.resolve()
    info = target.stat()
    data = (codecs.BOM_UTF8 if change.bom else b"") + change.new.encode("utf-8")
    try:
        fd, tmp = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
        )
    except OSError as exc:
        raise UsageError(f"cannot fix: {exc.strerror}", path=change.display) from exc
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.chmod(tmp, stat.S_IMODE(info.st_mode))
        try:
            os.chown(tmp, info.st_uid, info.st_gid)
        except OSError:
            pass  # not allowed to give the file away: keep ours
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UsageError(f"cannot fix: {exc.strerror}", path=change.display) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
