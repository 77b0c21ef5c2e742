"""JSONL logs: one JSON object per line; the source column names are keys.

A row is a physical line number (blank lines are skipped but counted, so row N is
line N in an editor). A line that is not valid JSON, not an object, or not
decodable is a problem for that row.

Python only decodes lines; DuckDB parses the JSON (yyjson) and pulls every field
out of each object in one pass, several times faster than ``json.loads`` plus
Python dictionaries. Values that are not strings come out as their JSON text
(``42``, ``true``, ``{"a":1}``), a JSON ``null`` as NULL. With duplicate keys the
first wins.

JSONL has no header, so the first batch's objects stand in for one: a required
field whose key none of them has makes the file unauditable (one problem, not one
per row), and key names are matched case-insensitively against the keys seen
there. After that, an object lacking a required key is an empty value in that row.
A field counts as present in the file when its key is in those first objects or
has a non-null value in some later row.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smslint.logs.columns import Batch, resolve, source_names
from smslint.logs.sources import Lines
from smslint.logs.table import RAW_TABLE

BAD_ENCODING = "cannot decode the line with the given encoding"
BAD_JSON = "the line is not valid JSON"
NOT_OBJECT = "the line is not a JSON object"

_VIEW = "_jsonl_lines"
#: ``try``: an invalid line gives NULL instead of an error quoting its content
_KIND = "try(json_type(line))"


class JsonlReader:
    """Stages each chunk's objects into the raw table; yields one :class:`Batch`
    per chunk holding its problems and counts. ``fields`` is the fields present.

    Raises :class:`~smslint.logs.columns.FileProblem` (from :meth:`batches`) when
    the first objects lack a required field.
    """

    def __init__(self, con: Any, chunks: Iterator[Lines], columns: Mapping[str, str]):
        self._con = con
        self._chunks = chunks
        self._columns = columns
        # field -> key, fixed by the first batch that has an object
        self._keys: dict[str, str] | None = None
        self.fields: set[str] = set()

    def batches(self, input_id: int, seq_base: int) -> Iterator[Batch]:
        import numpy as np

        row = 0
        for lines in self._chunks:
            batch = Batch()
            rows: list[int] = []
            texts: list[str] = []
            for line in lines:
                row += 1
                if line is None:
                    batch.problems.append((row, BAD_ENCODING))
                elif line and not line.isspace():
                    rows.append(row)
                    texts.append(line)
            batch.last = row
            if rows:
                view = {
                    "row": np.asarray(rows, dtype=np.int64),
                    "line": np.asarray(texts, dtype=object),
                }
                self._con.register(_VIEW, view)
                try:
                    batch.staged = self._stage(input_id, seq_base, batch, len(rows))
                finally:
                    self._con.unregister(_VIEW)
            yield batch
        if self._keys is not None:
            self.fields |= self._present(input_id)

    def _stage(self, input_id: int, seq_base: int, batch: Batch, lines: int) -> int:
        con = self._con
        bad = con.execute(
            f"SELECT row, kind FROM (SELECT row, {_KIND} AS kind FROM {_VIEW}) "
            "WHERE kind IS DISTINCT FROM 'OBJECT' ORDER BY row"
        ).fetchall()
        batch.problems += [(r, BAD_JSON if k is None else NOT_OBJECT) for r, k in bad]
        if self._keys is None:
            if len(bad) == lines:
                return 0  # no object yet: the keys wait for the first one
            seen = con.execute(
                f"SELECT DISTINCT unnest(json_keys(line)) FROM {_VIEW} "
                f"WHERE {_KIND} = 'OBJECT'"
            ).fetchall()
            found = resolve([key for (key,) in seen], self._columns)
            self.fields |= set(found)
            # fields absent from the first objects may still appear later, by name
            self._keys = source_names(self._columns) | found
        names = ", ".join(self._keys)
        paths = ", ".join(_path(key) for key in self._keys.values())
        picks = ", ".join(f"v[{i}]" for i in range(1, len(self._keys) + 1))
        (staged,) = con.execute(
            f'INSERT INTO {RAW_TABLE} (seq, input, "row", {names}) '
            f'SELECT "row" + {int(seq_base)}, {int(input_id)}, "row", {picks} '
            f"FROM (SELECT row, json_extract_string(line, [{paths}]) AS v "
            f"FROM {_VIEW} WHERE {_KIND} = 'OBJECT')"
        ).fetchone()
        return int(staged)

    def _present(self, input_id: int) -> set[str]:
        """Fields with a value in some row of this input."""
        assert self._keys is not None
        counts = ", ".join(f"count({f})" for f in self._keys)
        found = self._con.execute(
            f"SELECT {counts} FROM {RAW_TABLE} WHERE input = ?", [input_id]
        ).fetchone()
        return {f for f, n in zip(self._keys, found, strict=True) if n}


def _path(key: str) -> str:
    """A JSON path naming ``key`` exactly, as an SQL string literal."""
    quoted = key.replace("\\", "\\\\").replace('"', '\\"')
    return "'" + f'$."{quoted}"'.replace("'", "''") + "'"
