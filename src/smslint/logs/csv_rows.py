"""CSV logs: a header row, then one record per data row.

Rows are numbered from 1 after the header and counted as logical records: a quoted
body holding line breaks is one row, and a blank line is an (empty, skipped) row,
as a spreadsheet shows it.

Records are found by quote parity over physical lines: a line with an odd number
of ``"`` opens a quoted field that a later odd line closes. A record still open
after :data:`MAX_RECORD_LINES` lines, or at the end of the file, has a broken
quote: it is reported and reading resumes at the physical line after its first,
so one stray quote costs one row instead of swallowing the rest of the log.

Splitting fields: a record without any ``"`` is split on commas (exactly what the
``csv`` module would do with it, and it is most rows); the others go through the
C ``csv`` module in strict mode. Both are handed to staging as one string per row
(see :class:`~smslint.logs.columns.SplitLines`), so per-row Python work stays small.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Mapping

from smslint.logs.columns import Batch, FileProblem, SplitLines, resolve
from smslint.logs.sources import Lines
from smslint.violations import Severity

#: a quoted field may span at most this many physical lines (an SMS has few)
MAX_RECORD_LINES = 20
#: joins fields parsed by the csv module; rows holding it take the slow path
UNIT_SEP = "\x1f"

BAD_ENCODING = "cannot decode the row with the given encoding"
BROKEN_QUOTE = (
    f"unterminated quoted field (no closing quote within {MAX_RECORD_LINES} lines); "
    "reading resumed at the next line"
)
BAD_QUOTING = "malformed quoting in the row"


class CsvReader:
    """Reads the header on creation, then yields one :class:`Batch` per chunk.

    ``fields`` maps each field the header has to its column index.
    Raises :class:`FileProblem` when the header is missing, unreadable or lacks a
    required field.
    """

    def __init__(self, chunks: Iterator[Lines], columns: Mapping[str, str]) -> None:
        self._chunks = chunks
        header, self._rest = _header(chunks)
        names = [name.strip() for name in header]
        found = resolve(names, columns)
        self.fields = {fld: names.index(name) for fld, name in found.items()}
        self.width = len(names)

    def batches(self) -> Iterator[Batch]:
        records = _Records()
        records.scan(self._rest)
        yield self._batch(records)
        for lines in self._chunks:
            records.scan(lines)
            yield self._batch(records)
        records.finish()
        yield self._batch(records)

    def _batch(self, records: _Records) -> Batch:
        plain, quoted, problems = records.take()
        batch = Batch(problems=problems, last=records.row)
        if plain[0]:
            batch.split.append(SplitLines(plain[0], plain[1], ","))
        if quoted[0]:
            self._parse_quoted(quoted[0], quoted[1], batch)
        return batch

    def _parse_quoted(self, rows: list[int], texts: list[str], batch: Batch) -> None:
        if UNIT_SEP not in "".join(texts):
            joined = _joined(texts)
            if joined is not None:
                batch.split.append(SplitLines(rows, joined, UNIT_SEP))
                return
        # rare: a malformed record, or a field holding the separator
        joined_rows: list[int] = []
        joined_texts: list[str] = []
        slow: list[tuple[int, list[str]]] = []
        for row, fields in zip(rows, _parse(texts), strict=True):
            if fields is None:
                batch.problems.append((row, BAD_QUOTING))
            elif any(UNIT_SEP in f for f in fields):
                slow.append((row, fields))
            else:
                joined_rows.append(row)
                joined_texts.append(UNIT_SEP.join(fields))
        if joined_rows:
            batch.split.append(SplitLines(joined_rows, joined_texts, UNIT_SEP))
        if slow:
            batch.rows = [row for row, _ in slow]
            batch.widths = [len(fields) for _, fields in slow]
            batch.values = {
                fld: [fields[i] if i < len(fields) else None for _, fields in slow]
                for fld, i in self.fields.items()
            }


def _joined(texts: list[str]) -> list[str] | None:
    """Each record's fields joined by :data:`UNIT_SEP`, or None if one is malformed.

    One comprehension over one reader: no list of field lists is kept, which
    would make the cyclic garbage collector rescan them and triple the cost.
    """
    reader = csv.reader(texts, strict=True)
    try:
        joined = [UNIT_SEP.join(fields) for fields in reader]
    except csv.Error:
        return None
    # a record that swallowed the next item (an open quote) leaves fewer records
    return joined if len(joined) == len(texts) else None


def _parse(texts: list[str]) -> list[list[str] | None]:
    """Each record text parsed, ``None`` where the quoting is malformed.

    The csv reader treats list items as lines and would carry an open quote on
    into the next record; ``line_num`` shows when it did, and every record it
    swallowed is marked malformed so the result stays aligned with ``texts``.
    """
    reader = csv.reader(texts, strict=True)
    out: list[list[str] | None] = []
    while len(out) < len(texts):
        try:
            fields: list[str] | None = next(reader)
        except csv.Error:
            fields = None
        except StopIteration:  # pragma: no cover - the loop bound prevents it
            break
        consumed = reader.line_num - len(out)
        if consumed == 1 and fields is not None:
            out.append(fields)
        else:
            out.extend([None] * consumed)
    return out


def _header(chunks: Iterator[Lines]) -> tuple[list[str], Lines]:
    """The header's fields and the rest of the chunk it ended in."""
    lines: Lines = []
    start = 0
    for lines in chunks:
        start = next((i for i, line in enumerate(lines) if _nonblank(line)), -1)
        if start >= 0:
            break
    else:
        raise FileProblem("empty file: no header row", Severity.WARNING)
    if lines[start] is None:
        raise FileProblem("cannot decode the header row with the given encoding")
    text: list[str] = []
    end = start
    while True:
        line = lines[end]
        if line is None:
            raise FileProblem("cannot decode the header row with the given encoding")
        text.append(line)
        if "\n".join(text).count('"') % 2 == 0:
            break
        end += 1
        if len(text) >= MAX_RECORD_LINES or end >= len(lines):
            raise FileProblem("unterminated quoted field in the header row")
    parsed = _parse(["\n".join(text)])[0]
    if not parsed:
        raise FileProblem("malformed quoting in the header row")
    return parsed, lines[end + 1 :]


_Group = tuple[list[int], list[str]]


def _nonblank(line: str | None) -> bool:
    return line is None or bool(line.strip())


class _Records:
    """Groups physical lines into records across chunks; see the module docstring.

    ``scan`` is the hot loop of CSV reading: for most lines it is one ``in`` test
    and two appends, so keep it that way.
    """

    def __init__(self) -> None:
        self.row = 0  # last row number given out
        self.pending: list[str | None] | None = None  # lines of an open record
        self.pending_row = 0
        self._reset()

    def _reset(self) -> None:
        self.plain: _Group = ([], [])  # records without quotes: rows, texts
        self.quoted: _Group = ([], [])  # records for the csv module
        self.problems: list[tuple[int, str]] = []

    def take(self) -> tuple[_Group, _Group, list[tuple[int, str]]]:
        out = self.plain, self.quoted, self.problems
        self._reset()
        return out

    def scan(self, lines: Lines) -> None:
        row, pending = self.row, self.pending
        plain_rows, plain = self.plain[0].append, self.plain[1].append
        quoted_rows, quoted = self.quoted[0].append, self.quoted[1].append
        for line in lines:
            if pending is None:
                row += 1
                if line is None:
                    self.problems.append((row, BAD_ENCODING))
                elif '"' not in line:
                    plain_rows(row)
                    plain(line)
                elif line.count('"') & 1:
                    pending = [line]
                    self.pending_row = row
                else:
                    quoted_rows(row)
                    quoted(line)
                continue
            pending.append(line)
            if line is not None and line.count('"') & 1:
                if None in pending:
                    self.problems.append((self.pending_row, BAD_ENCODING))
                else:
                    quoted_rows(self.pending_row)
                    quoted("\n".join(pending))  # type: ignore[arg-type]
                pending = None
            elif len(pending) >= MAX_RECORD_LINES:
                self.row, self.pending = row, pending
                self._give_up()
                row, pending = self.row, self.pending
        self.row, self.pending = row, pending

    def finish(self) -> None:
        """End of file: every record still open has a broken quote."""
        while self.pending is not None:
            self._give_up()

    def _give_up(self) -> None:
        assert self.pending is not None
        retry = self.pending[1:]
        self.problems.append((self.pending_row, BROKEN_QUOTE))
        self.row, self.pending = self.pending_row, None
        self.scan(retry)
