"""Reading send logs: sources (gzip, format, decoding), column mapping, CSV and
JSONL readers. Values and the DuckDB tables are in test_logs_staging.py."""

from __future__ import annotations

import csv
import gzip
import io
from pathlib import Path

import pytest

from smslint.errors import UsageError
from smslint.logs.columns import FileProblem, parse_column_options, resolve
from smslint.logs.csv_rows import (
    BAD_ENCODING,
    BAD_QUOTING,
    BROKEN_QUOTE,
    MAX_RECORD_LINES,
    UNIT_SEP,
    CsvReader,
)
from smslint.logs.jsonl_rows import BAD_JSON, NOT_OBJECT, JsonlReader
from smslint.logs.sources import (
    LogInput,
    Unreadable,
    decoded_lines,
    log_inputs,
    open_input,
    text_codec,
)
from smslint.logs.table import RAW_DDL, RAW_TABLE, connect
from smslint.violations import Severity

DATA = Path(__file__).parent / "data" / "logs"
HEADER = "message_id,sent_at,recipient,body"


def lines_of(text: str, encoding: str = "utf-8") -> list:
    """All decoded lines of ``text`` (as bytes in ``encoding``), chunks joined."""
    stream = io.BytesIO(text.encode(encoding) if isinstance(text, str) else text)
    return [line for chunk in decoded_lines(stream, encoding) for line in chunk]


def read_csv(text: str | list[str], columns: dict | None = None) -> tuple:
    """(rows by row number as field dicts, problems) for CSV ``text``."""
    chunks = (
        [text.split("\n")] if isinstance(text, str) else [t.split("\n") for t in text]
    )
    reader = CsvReader(iter(chunks), columns or {})
    rows: dict[int, dict] = {}
    problems: list[tuple[int, str]] = []
    for batch in reader.batches():
        problems += batch.problems
        for part in batch.split:
            for row, line in zip(part.rows, part.lines, strict=True):
                if part.sep == "," and line.rstrip("\r").strip(" \t") == "":
                    continue  # blank: staging skips it
                fields = line.rstrip("\r").split(part.sep)
                rows[row] = {
                    f: fields[i] if i < len(fields) else None
                    for f, i in reader.fields.items()
                } | {"_width": len(fields)}
        for i, row in enumerate(batch.rows):
            rows[row] = {f: v[i] for f, v in batch.values.items()} | {
                "_width": batch.widths[i]
            }
    return rows, sorted(problems)


# --- sources --------------------------------------------------------------------


def test_a_bad_line_is_none_and_the_rest_decodes() -> None:
    data = b"a,b\n" + b"\xff\xfe bad\n" + "c,ü\n".encode()
    assert lines_of(data) == ["a,b", None, "c,ü"]


def test_gb18030_lines_decode_and_a_utf8_bom_is_dropped() -> None:
    assert lines_of("名字,正文\n你好,退订\n", "gb18030") == ["名字,正文", "你好,退订"]
    assert lines_of(b"\xef\xbb\xbfa,b\n", "utf-8") == ["a,b"]
    assert lines_of(b"\xef\xbb\xbfa,b\n", "utf-8-sig") == ["a,b"]
    assert lines_of(b"\xef\xbb\xbfa,b\n", "latin-1") == ["a,b"]


def test_utf16_is_decoded_as_a_whole_stream() -> None:
    assert text_codec("utf-16") == ("utf-16", False)
    assert text_codec("gbk") == ("gbk", True)
    assert lines_of("a,b\r\nc,d\r\n", "utf-16") == ["a,b\r", "c,d\r"]
    with pytest.raises(Unreadable, match="cannot be decoded as utf-16"):
        lines_of("a,b\n".encode("utf-16") + b"\x00\xd8\x00", "utf-16")


def test_chunks_are_cut_at_newlines(monkeypatch: pytest.MonkeyPatch) -> None:
    import smslint.logs.sources as sources

    monkeypatch.setattr(sources, "CHUNK_BYTES", 7)
    text = "first line\nsecond\n\nlast without newline"
    chunks = list(decoded_lines(io.BytesIO(text.encode()), "utf-8"))
    assert len(chunks) > 2
    assert [line for c in chunks for line in c] == text.split("\n")


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("log.csv", b"a,b\n", "csv"),
        ("log.CSV.GZ", gzip.compress(b"a,b\n"), "csv"),
        ("log.jsonl", b'{"a": 1}\n', "jsonl"),
        ("log.ndjson.gz", gzip.compress(b'{"a": 1}\n'), "jsonl"),
        ("log.txt", b'\n  {"a": 1}\n', "jsonl"),  # sniffed
        ("log.txt", b"a,b\n", "csv"),
        ("export", gzip.compress(b'{"a": 1}\n'), "jsonl"),  # gzip by magic, sniffed
        ("log.csv", gzip.compress(b"a,b\n"), "csv"),  # gzipped despite the name
        ("data.bin", b"PAR1....", "parquet"),
    ],
)
def test_format_from_suffix_magic_and_sniffing(
    tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    opened = open_input(LogInput(name, path=path), "utf-8")
    try:
        assert opened.format == expected
        if expected != "parquet":
            assert opened.stream is not None and b"a" in opened.stream.read()
    finally:
        opened.close()


def test_stdin_is_sniffed_and_gzip_on_stdin_works() -> None:
    opened = open_input(LogInput("<stdin>", stream=io.BytesIO(b'{"a":1}\n')), "utf-8")
    assert opened.format == "jsonl"
    raw = io.BytesIO(gzip.compress(b"a,b\n1,2\n"))
    opened = open_input(LogInput("<stdin>", stream=raw), "utf-8")
    assert opened.format == "csv"
    assert opened.stream is not None and opened.stream.read() == b"a,b\n1,2\n"


def test_closing_leaves_the_callers_stream_open() -> None:
    for raw in (io.BytesIO(b"a,b\n"), io.BytesIO(gzip.compress(b"a,b\n"))):
        opened = open_input(LogInput("<stdin>", stream=raw), "utf-8")
        opened.close()
        assert not raw.closed


def test_unreadable_inputs_say_why_without_content(tmp_path: Path) -> None:
    with pytest.raises(Unreadable, match="No such file"):
        open_input(LogInput("x.csv", path=tmp_path / "x.csv"), "utf-8")
    (tmp_path / "bad.jsonl.gz").write_bytes(b"\x1f\x8bnot really gzip")
    with pytest.raises(Unreadable, match="gzip"):
        open_input(LogInput("bad", path=tmp_path / "bad.jsonl.gz"), "utf-8")
    with pytest.raises(Unreadable, match="stdin"):
        open_input(LogInput("<stdin>", stream=io.BytesIO(b"PAR1xxxx")), "utf-8")


def test_log_inputs_maps_dash_to_stdin_once() -> None:
    stdin = io.BytesIO(b"")
    inputs = log_inputs(["a.csv", "-"], stdin, lambda p: p.as_posix())
    assert inputs == [
        LogInput("a.csv", path=Path("a.csv")),
        LogInput("<stdin>", stream=stdin),
    ]
    with pytest.raises(UsageError, match="only once"):
        log_inputs(["-", "-"], stdin, str)


# --- columns --------------------------------------------------------------------


def test_column_options_parse_and_reject_bad_items() -> None:
    assert parse_column_options(["recipient = to", "body=Text"]) == {
        "recipient": "to",
        "body": "Text",
    }
    with pytest.raises(UsageError, match="FIELD=SOURCE"):
        parse_column_options(["recipient"])
    with pytest.raises(UsageError, match="FIELD=SOURCE"):
        parse_column_options(["=to"])
    with pytest.raises(UsageError, match="unknown field 'phone'"):
        parse_column_options(["phone=to"])


def test_resolve_exact_then_case_insensitive_and_missing_required() -> None:
    found = resolve(["Sent_At", "to", "body", "Direction"], {"recipient": "to"})
    assert found == {
        "sent_at": "Sent_At",
        "recipient": "to",
        "body": "body",
        "direction": "Direction",
    }
    with pytest.raises(FileProblem) as missing:
        resolve(["sent_at", "phone", "body"], {"recipient": "to"})
    assert "no column 'to' for required field recipient" in missing.value.message


# --- CSV ------------------------------------------------------------------------


def test_csv_rows_are_numbered_after_the_header_as_logical_records() -> None:
    text = (
        f"{HEADER}\n"
        "m1,2026-03-02T15:00:00Z,+14155550100,plain\n"
        'm2,2026-03-02T15:01:00Z,+14155550100,"two\nlines, and ""quotes"""\n'
        "\n"  # blank: a row of its own, skipped
        "m4,2026-03-02T15:03:00Z,+14155550100,after\n"
    )
    rows, problems = read_csv(text)
    assert problems == []
    assert {r: v["message_id"] for r, v in rows.items()} == {1: "m1", 2: "m2", 4: "m4"}
    assert rows[2]["body"] == 'two\nlines, and "quotes"'


def test_csv_split_matches_the_csv_module() -> None:
    records = [
        ["m1", "2026-03-02T15:00:00Z", "+14155550100", "a, b"],
        ["m2", "", "+1", 'say "hi"'],
        ["", "x", "y", "multi\r\nline"],
        ["m4", "t", " spaced ", ""],
    ]
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows([HEADER.split(","), *records])
    rows, problems = read_csv(buffer.getvalue())
    assert problems == []
    names = HEADER.split(",")
    assert [[rows[i + 1][n] for n in names] for i in range(4)] == records


def test_crlf_lines_lose_their_cr_but_quoted_line_breaks_keep_it() -> None:
    text = f'{HEADER}\r\nm1,t,r,body one\r\nm2,t,r,"two\r\nlines"\r\n'
    rows, _ = read_csv(text)
    assert rows[1]["body"].rstrip("\r") == "body one"
    assert rows[2]["body"] == "two\r\nlines"


def test_wrong_field_count_is_kept_with_its_width() -> None:
    rows, problems = read_csv(f"{HEADER}\nm1,t,r,b,extra\nm2,t,r\n")
    assert problems == []  # staging compares widths with the header
    assert (rows[1]["_width"], rows[2]["_width"]) == (5, 3)


def test_broken_quote_costs_one_row_and_reading_resumes() -> None:
    text = (DATA / "broken_quote.csv").read_text(encoding="utf-8")
    rows, problems = read_csv(text)
    assert problems == [(2, BROKEN_QUOTE)]
    assert 2 not in rows
    assert [rows[r]["message_id"] for r in (1, 3, 4, 22, 23)] == [
        "m1",
        "m3",
        "m4",
        "m22",
        "m23",
    ]
    assert len(rows) == 22


def test_broken_quote_near_the_end_gives_up_at_eof() -> None:
    text = f'{HEADER}\nm1,t,r,ok\nm2,t,r,"open\nm3,t,r,three\nm4,t,r,four\n'
    rows, problems = read_csv(text)
    assert problems == [(2, BROKEN_QUOTE)]
    assert {r: v["message_id"] for r, v in rows.items()} == {1: "m1", 3: "m3", 4: "m4"}


def test_open_record_spanning_chunks_is_joined() -> None:
    text = [f'{HEADER}\nm1,t,r,"starts here', 'and ends here"\nm2,t,r,two']
    rows, problems = read_csv(text)
    assert problems == []
    assert rows[1]["body"] == "starts here\nand ends here"
    assert rows[2]["message_id"] == "m2"


def test_max_record_lines_is_the_limit_for_a_quoted_field() -> None:
    inner = "\n".join(f"line {i}" for i in range(MAX_RECORD_LINES - 1))
    rows, problems = read_csv(f'{HEADER}\nm1,t,r,"{inner}"\n')
    assert problems == [] and rows[1]["body"] == inner


def test_bad_encoding_and_malformed_quoting_are_row_problems() -> None:
    chunks = iter([[HEADER, "m1,t,r,ok", None, 'm3,t,r,"a"b', "m4,t,r,ok"]])
    reader = CsvReader(chunks, {})
    problems = [p for batch in reader.batches() for p in batch.problems]
    assert sorted(problems) == [(2, BAD_ENCODING), (3, BAD_QUOTING)]


def test_a_field_holding_the_unit_separator_takes_the_slow_path() -> None:
    rows, problems = read_csv(f'{HEADER}\nm1,t,r,"odd{UNIT_SEP}body, quoted"\n')
    assert problems == []
    assert rows[1]["body"] == f"odd{UNIT_SEP}body, quoted"


@pytest.mark.parametrize(
    ("text", "message", "severity"),
    [
        ("", "empty file", Severity.WARNING),
        ("\n\n", "empty file", Severity.WARNING),
        ('a,"b\n', "unterminated quoted field in the header", Severity.ERROR),
        (
            "sent_at,recipient,text\n",
            "no column 'body' for required field body",
            Severity.ERROR,
        ),
    ],
)
def test_header_problems_concern_the_whole_file(
    text: str, message: str, severity: Severity
) -> None:
    with pytest.raises(FileProblem) as problem:
        CsvReader(iter([text.split("\n")]), {})
    assert message in problem.value.message
    assert problem.value.severity is severity


# --- JSONL ----------------------------------------------------------------------


def read_jsonl(lines: list[str | None], columns: dict | None = None) -> tuple:
    """(batches, raw rows by row number as field dicts, fields) for JSONL lines."""
    con = connect()
    con.execute(RAW_DDL)
    reader = JsonlReader(con, iter([lines]), columns or {})
    batches = list(reader.batches(0, 0))
    cursor = con.execute(f'SELECT * FROM {RAW_TABLE} ORDER BY "row"')
    names = [d[0] for d in cursor.description]
    rows = {
        r[names.index("row")]: dict(zip(names, r, strict=True))
        for r in cursor.fetchall()
    }
    return batches, rows, reader.fields


def test_jsonl_rows_are_physical_lines_and_values_become_text() -> None:
    lines = (DATA / "sends.jsonl").read_text(encoding="utf-8").split("\n")
    (batch,), rows, fields = read_jsonl(lines)
    assert sorted(rows) == [1, 3, 4] and batch.problems == [] and batch.staged == 3
    assert [rows[r]["message_id"] for r in (1, 3, 4)] == ["1", "2", "m3"]
    assert [rows[r]["debtor_id"] for r in (1, 3, 4)] == ["d1", "42", None]
    assert [rows[r]["template_id"] for r in (1, 3, 4)] == [None, None, None]
    assert rows[1]["seq"] == 1 and rows[4]["width"] is None
    assert {"debtor_id", "template_id"} <= fields  # keys of the first objects count
    assert "account_id" not in fields


def test_jsonl_other_values_are_their_json_text() -> None:
    line = '{"sent_at": 1.50, "recipient": true, "body": {"a": [1, 2]}, "debtor_id": 12345678901234567890123}'
    _, rows, _ = read_jsonl([line])
    assert (rows[1]["sent_at"], rows[1]["recipient"], rows[1]["body"]) == (
        "1.5",
        "true",
        '{"a":[1,2]}',
    )
    assert rows[1]["debtor_id"] == "12345678901234567890123"


def test_jsonl_bad_lines_are_row_problems() -> None:
    good = '{"sent_at": "t", "recipient": "r", "body": "b"}'
    lines = [good, "{not json", "[1, 2]", None, "", good, '"text"', "{} trailing"]
    (batch,), rows, _ = read_jsonl(lines)
    assert sorted(rows) == [1, 6]
    assert sorted(batch.problems) == [
        (2, BAD_JSON),
        (3, NOT_OBJECT),
        (4, "cannot decode the line with the given encoding"),
        (7, NOT_OBJECT),
        (8, BAD_JSON),
    ]


def test_jsonl_waits_for_a_first_object_before_fixing_the_keys() -> None:
    con = connect()
    con.execute(RAW_DDL)
    chunks = iter([["{bad"], ['{"Sent_At": "t", "recipient": "r", "body": "b"}']])
    reader = JsonlReader(con, chunks, {})
    first, second = reader.batches(0, 0)
    assert first.problems == [(1, BAD_JSON)] and second.staged == 1
    assert con.execute(f"SELECT sent_at FROM {RAW_TABLE}").fetchall() == [("t",)]


def test_jsonl_keys_map_case_insensitively_and_missing_required_is_a_file_problem() -> (
    None
):
    _, rows, fields = read_jsonl(
        ['{"Sent_At": "t", "TO": "r", "Body": "b"}'], {"recipient": "to"}
    )
    assert rows[1]["recipient"] == "r" and rows[1]["sent_at"] == "t"
    assert {"sent_at", "recipient", "body"} <= fields
    with pytest.raises(FileProblem, match="required field body"):
        read_jsonl(['{"sent_at": "t", "recipient": "r", "text": "b"}'])
