"""Reading templates: finding template files and turning them into :class:`Template`.

:func:`discover` expands the paths given to ``smslint check``; :func:`read_templates`
reads one file, either a plain-text template (``.txt``, ``.sms``: the whole file, minus
one trailing newline) or a catalog (YAML, JSON, CSV: see :mod:`smslint.catalogs`).
Files are only ever read. Whatever is wrong with a file becomes an
:class:`InputProblem` naming the file and line, never the file's content.
"""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from smslint.catalogs import CatalogReader, Entry, Suppression
from smslint.language import detect_language
from smslint.sourcemap import LineIndex, SourceMap, plain_text
from smslint.violations import InputProblem, TemplateLocation

__all__ = [
    "SUFFIXES",
    "Suppression",
    "Template",
    "detect_language",
    "discover",
    "read_templates",
]

SUFFIXES = {
    ".txt": "text",
    ".sms": "text",
    ".yaml": "yaml",
    ".yml": "yaml",
    ".json": "json",
    ".csv": "csv",
}
# Hidden entries (.git, .venv, .pre-commit-config.yaml, .smslint.yaml...) are skipped
# as well.
_SKIPPED_DIRS = frozenset({"node_modules", "__pycache__", "venv", "build", "dist"})
_SKIPPED_FILES = frozenset({
    "smslint.yaml", "package.json", "package-lock.json", "tsconfig.json",
    "composer.json", "pnpm-lock.yaml",
    "smslint-baseline.json", ".smslint-baseline.json",
})  # fmt: skip

Excluded = Callable[[Path, bool], bool]


@dataclass(frozen=True)
class Template:
    """One template to lint.

    ``id`` is the catalog key (None for a plain-text file: its stem names it).
    ``lang`` is declared in the catalog (``lang_declared``) or detected. ``text`` is
    never empty; :meth:`position` maps any offset in it to the file's 1-based line and
    column.
    """

    path: str
    id: str | None
    text: str
    lang: str
    lang_declared: bool
    source_map: SourceMap
    suppressions: tuple[Suppression, ...] = ()

    def position(self, offset: int | None) -> tuple[int, int]:
        """(line, column) in the file of a text offset; None: the start of the text."""
        return self.source_map.position(offset)


def discover(
    paths: Sequence[str], *, exclude: Sequence[str] = (), root: Path | None = None
) -> Iterator[Path | InputProblem]:
    """Template files under ``paths``, in sorted order, each once.

    Directories are walked for the supported suffixes, skipping hidden entries, tool and
    build folders, virtualenvs and well-known non-template JSON/YAML. ``exclude`` holds
    gitignore-style globs relative to ``root`` (default: the current directory); they
    apply to files named explicitly too, so a pre-commit run honours them. Symbolic
    links to directories are not followed.
    """
    excluded = _exclude_matcher(exclude, (root or Path.cwd()).absolute())
    seen: set[Path] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found: Iterator[Path | InputProblem] = _walk(path, excluded)
        elif not path.exists():
            found = iter([_file_problem(given, "no such file or directory")])
        elif excluded(path, False):
            continue
        elif path.suffix.lower() not in SUFFIXES:
            found = iter([_file_problem(given, "unsupported file type")])
        else:
            found = iter([path])
        for item in found:
            if isinstance(item, InputProblem):
                yield item
            elif item.absolute() not in seen:
                seen.add(item.absolute())
                yield item


def read_templates(path: Path, display: str) -> list[Template | InputProblem]:
    """The templates in one file, and the problems found reading it."""
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        return [_file_problem(display, "unsupported file type")]
    text = _read_text(path, display)
    if isinstance(text, InputProblem):
        return [text]
    found = templates_in(text, kind, display)
    if not found:
        empty = "empty template file" if kind == "text" else "no templates in catalog"
        return [_file_problem(display, empty)]
    return found


def templates_in(text: str, kind: str, display: str) -> list[Template | InputProblem]:
    """The templates and input problems of a file's decoded text; ``kind`` is a value
    of :data:`SUFFIXES`. ``--fix`` reads edited text back with it."""
    lines = LineIndex(text)
    if kind == "text":
        end = len(text.removesuffix("\n").removesuffix("\r"))  # one line break
        value, offsets = plain_text(text, 0, end)
        if not value.strip():
            return []
        return [_template(display, lines, Entry("", value, offsets, None), None)]
    reader = CatalogReader(display, text, lines)
    {"yaml": reader.read_yaml, "json": reader.read_json, "csv": reader.read_csv}[kind]()
    return [
        _template(display, lines, r, r.id) if isinstance(r, Entry) else r
        for r in reader.results
    ]


def _template(
    display: str, lines: LineIndex, entry: Entry, template_id: str | None
) -> Template:
    lang = entry.lang or detect_language(entry.text)
    source_map = SourceMap.from_offsets(lines, entry.offsets)
    return Template(
        display,
        template_id,
        entry.text,
        lang,
        entry.lang is not None,
        source_map,
        entry.suppressions,
    )


def _read_text(path: Path, display: str) -> str | InputProblem:
    """The file decoded as UTF-8 without its BOM, or why it cannot be used."""
    if path.is_dir():
        return _file_problem(display, "is a directory, not a file")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return _file_problem(display, "no such file or directory")
    except PermissionError:
        return _file_problem(display, "permission denied")
    except OSError as error:
        reason = error.strerror or "I/O error"
        return _file_problem(display, f"cannot read file ({reason})")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _file_problem(display, "file is UTF-16; save it as UTF-8")
    data = data.removeprefix(codecs.BOM_UTF8)
    if b"\0" in data:
        message = "binary file (contains NUL bytes)"
        return _byte_problem(display, data, data.index(b"\0"), message)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return _byte_problem(display, data, error.start, "not valid UTF-8")
    if not text.strip():
        return _file_problem(display, "empty template file")
    return text


def _byte_problem(display: str, data: bytes, index: int, message: str) -> InputProblem:
    line_start = data.rfind(b"\n", 0, index) + 1
    column = len(data[line_start:index].decode("utf-8", "replace")) + 1
    location = TemplateLocation(display, data.count(b"\n", 0, index) + 1, column)
    return InputProblem(location, message)


def _file_problem(display: str, message: str) -> InputProblem:
    return InputProblem(TemplateLocation(display, 1, 1), message)


def _walk(directory: Path, excluded: Excluded) -> Iterator[Path | InputProblem]:
    try:
        entries = sorted(os.scandir(directory), key=lambda entry: entry.name)
    except OSError as error:
        reason = error.strerror or "I/O error"
        yield _file_problem(str(directory), f"cannot read directory ({reason})")
        return
    for entry in entries:
        path = directory / entry.name
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            if not (
                entry.name in _SKIPPED_DIRS
                or (path / "pyvenv.cfg").exists()
                or excluded(path, True)
            ):
                yield from _walk(path, excluded)
        elif (
            entry.is_file()
            and entry.name not in _SKIPPED_FILES
            and path.suffix.lower() in SUFFIXES
            and not excluded(path, False)
        ):
            yield path


def _exclude_matcher(patterns: Sequence[str], root: Path) -> Excluded:
    """A test for gitignore-style globs: ``*`` within a name, ``**`` across folders,
    a trailing ``/`` for folders only, a pattern without ``/`` matching at any depth."""
    globs = [_glob(pattern.strip()) for pattern in patterns if pattern.strip()]

    def excluded(path: Path, is_dir: bool) -> bool:
        parts = Path(os.path.relpath(path.absolute(), root)).as_posix().split("/")
        # A file is also excluded when a folder above it is.
        for depth in range(1, len(parts) + 1):
            prefix = "/".join(parts[:depth])
            folder = depth < len(parts) or is_dir
            for regex, folders_only in globs:
                if (folder or not folders_only) and regex.fullmatch(prefix):
                    return True
        return False

    return excluded


def _glob(pattern: str) -> tuple[re.Pattern[str], bool]:
    """A regex for one pattern, and whether it matches folders only."""
    folders_only = pattern.endswith("/")
    anchored = "/" in pattern.rstrip("/")
    pattern = pattern.strip("/")
    regex, i = [], 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            regex.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            regex.append(".*")
            i += 2
        elif pattern[i] in "*?":
            regex.append("[^/]*" if pattern[i] == "*" else "[^/]")
            i += 1
        elif pattern[i] == "[" and "]" in pattern[i + 2 :]:
            end = pattern.index("]", i + 2)
            body = pattern[i + 1 : end].replace("\\", "\\\\")
            negated = body.startswith("!")
            regex.append(f"[{'^' if negated else ''}{body[negated:]}]")
            i = end + 1
        else:
            regex.append(re.escape(pattern[i]))
            i += 1
    return re.compile(("" if anchored else "(?:.*/)?") + "".join(regex)), folders_only
