"""Reading a CSV catalog file: one template a row, under a header naming the columns.

The header names an id column (one of :data:`CSV_ID_COLUMNS`) and a text column (one of
:data:`CSV_TEXT_COLUMNS`), optionally ``lang``, ``ignore`` (rule ids separated by ``;``
or ``,``), ``ignore_reason`` and ``ignore_expires``; names are matched in any case and
the first of a repeated name counts. The standard :mod:`csv` module keeps no positions,
so the small RFC 4180 tokenizer here records the file offset of every character of
every field. Each row then becomes the mapping a YAML or JSON list entry would be (see
:mod:`smslint.catalogtree`), so :mod:`smslint.catalogs` reads all formats alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from smslint.catalogtree import Node, Problem, mapping
from smslint.sourcemap import Decoded

CSV_ID_COLUMNS = ("id", "template_id", "key", "name")
CSV_TEXT_COLUMNS = ("text", "body", "template", "content", "message")
_CSV_QUOTED = re.compile(r'[^"\r]*')
_CSV_BARE = re.compile(r"[^,\r\n]*")
_RULE_SEPARATOR = re.compile(r"[;,]")
_Row = tuple[int, list[Node]]


def csv_items(text: str) -> Iterator[Node | Problem]:
    """Each row as a list entry (a ``map`` node with ``id``, ``text``...), in file
    order, with the problems of the header, of rows and of a quote left open."""
    rows, unclosed = _csv_rows(text)
    if rows:
        yield from _table(rows)
    if unclosed is not None:
        yield Problem(unclosed, "quoted field is never closed")


def _table(rows: list[_Row]) -> Iterator[Node | Problem]:
    (header_at, header), rows = rows[0], rows[1:]
    names = [cell.value.strip().lower() for cell in header]
    columns = {name: index for index, name in reversed(list(enumerate(names)))}
    for role, aliases in (("text", CSV_TEXT_COLUMNS), ("id", CSV_ID_COLUMNS)):
        if not any(alias in columns for alias in aliases):
            choices = ", ".join(aliases)
            yield Problem(header_at, f"no {role} column (one of {choices})")
            return
    id_column = next(columns[alias] for alias in CSV_ID_COLUMNS if alias in columns)
    text_column = next(columns[a] for a in CSV_TEXT_COLUMNS if a in columns)
    for row_at, cells in rows:
        if len(cells) != len(names):
            count = f"row has {len(cells)} fields, the header has {len(names)}"
            yield Problem(row_at, count)
            continue
        filled = {n: cells[i] for n, i in columns.items() if cells[i].value.strip()}
        yield _csv_item(row_at, cells[id_column], cells[text_column], filled)


def _csv_item(at: int, id_cell: Node, text_cell: Node, filled: dict[str, Node]) -> Node:
    """A CSV row as the mapping a YAML or JSON list entry would be."""
    item = {"id": id_cell, "text": text_cell, "lang": filled.get("lang")}
    ignore = filled.get("ignore")
    if ignore is not None:
        rules = [r.strip() for r in _RULE_SEPARATOR.split(ignore.value) if r.strip()]
        reason = filled.get("ignore_reason")
        expires = filled.get("ignore_expires")
        # Without a reason every rule fails alike: one problem is enough.
        suppressions = [
            mapping(ignore.start, rule=Node("str", rule, ignore.start),
                    reason=reason, expires=expires)
            for rule in (rules if reason else rules[:1])
        ]  # fmt: skip
        item["smslint"] = mapping(
            ignore.start, ignore=Node("seq", suppressions, ignore.start)
        )
    return mapping(at, **item)


def _csv_rows(text: str) -> tuple[list[_Row], int | None]:
    """RFC 4180 rows as (offset, a ``str`` node per field); where a quote stays open.

    Quoted line breaks become ``\\n``; blank lines are not rows. Like Python's csv
    module, text after a closing quote joins the field.
    """
    rows: list[_Row] = []
    i = 0
    while i < len(text):
        row_at, fields = i, []
        while True:
            out, start = Decoded(), i
            if text.startswith('"', i):
                i += 1
                while True:
                    run = _CSV_QUOTED.match(text, i).end()  # type: ignore[union-attr]
                    out.copy(text, i, run)
                    if run >= len(text):
                        return rows, start
                    if text.startswith('""', run):
                        out.add('"', run)
                        i = run + 2
                    elif text[run] == "\r":
                        out.add("\n", run)
                        i = run + 1 + text.startswith("\r\n", run)
                    else:
                        i = run + 1  # the closing quote
                        break
            run = _CSV_BARE.match(text, i).end()  # type: ignore[union-attr]
            out.copy(text, i, run)
            value, offsets = out.result()
            fields.append(Node("str", value, start, offsets))
            i = run + 1
            if not text.startswith(",", run):
                break
        i += text.startswith("\r\n", run)
        if len(fields) > 1 or fields[0].value or text.startswith('"', row_at):
            rows.append((row_at, fields))
    return rows, None
