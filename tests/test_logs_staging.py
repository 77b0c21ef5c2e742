"""Staging send logs into ``records``/``bodies``: formats, values, problems, order."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import random
import zoneinfo
from pathlib import Path
from typing import Any

import phonenumbers
import pytest

from smslint.errors import UsageError
from smslint.logs.staging import LogInput, StageResult, stage
from smslint.logs.table import connect
from smslint.logs.values import _e164
from smslint.violations import Severity

DATA = Path(__file__).parent / "data" / "logs"
UTC = dt.UTC
HEADER = "message_id,sent_at,recipient,body"


def run(*logs: Path | LogInput, **options: Any) -> tuple[StageResult, Any]:
    con = connect()
    inputs = [
        log if isinstance(log, LogInput) else LogInput(log.name, path=log)
        for log in logs
    ]
    return stage(con, inputs, **options), con


def records(con: Any) -> list[dict[str, Any]]:
    cursor = con.execute(
        "SELECT r.*, b.body FROM records r JOIN bodies b USING (body_id) ORDER BY seq"
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def found(result: StageResult) -> list[tuple[str, int, str]]:
    return [(p.location.path, p.location.row, p.message) for p in result.problems]


def at(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=UTC)


# --- formats --------------------------------------------------------------------


def test_csv_fixture_becomes_records_with_converted_values() -> None:
    result, con = run(DATA / "sends.csv")
    assert (result.records, result.filtered, result.problems) == (4, 0, [])
    assert result.fields == {
        "message_id",
        "sent_at",
        "recipient",
        "debtor_id",
        "recipient_relation",
        "recipient_tz",
        "direction",
        "template_id",
        "body",
    }
    rows = records(con)
    assert [r["sent_at"] for r in rows] == [
        at(2026, 3, 2, 15),
        at(2026, 3, 2, 15, 30),
        at(2026, 3, 1, 14),
        dt.datetime(2026, 3, 3, 8, 15, 30, 250000, tzinfo=UTC),
    ]
    first, second, third, fourth = rows
    assert first["file"] == "sends.csv" and first["row"] == 1
    assert first["recipient"] == "+14155550100"
    assert (second["relation"], second["recipient_tz"]) == ("family", None)
    assert (third["relation"], third["direction"], third["template_id"]) == (
        "self",
        "inbound",
        None,
    )
    assert fourth["account_id"] is None
    assert fourth["body"] == "您好，您的账单已到期，请及时还款。\n回T退订"
    assert first["body_id"] == second["body_id"] != third["body_id"]


def _clean_rows(con: Any) -> list[tuple]:
    return [
        (r["row"], r["message_id"], r["sent_at"], r["recipient"], r["body"])
        for r in records(con)
    ]


CSV_TEXT = (
    f"{HEADER}\n"
    'm1,2026-03-02T15:00:00Z,+14155550100,"Hello, Ann"\n'
    "m2,2026-03-02T16:00:00Z,+14155550101,Reply STOP\n"
)
JSONL_TEXT = (
    '{"message_id": "m1", "sent_at": "2026-03-02T15:00:00Z", '
    '"recipient": "+14155550100", "body": "Hello, Ann"}\n'
    '{"message_id": "m2", "sent_at": "2026-03-02T16:00:00Z", '
    '"recipient": "+14155550101", "body": "Reply STOP"}\n'
)
EXPECTED = [
    (1, "m1", at(2026, 3, 2, 15), "+14155550100", "Hello, Ann"),
    (2, "m2", at(2026, 3, 2, 16), "+14155550101", "Reply STOP"),
]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("log.csv", CSV_TEXT.encode()),
        ("log.csv.gz", gzip.compress(CSV_TEXT.encode())),
        ("log.jsonl", JSONL_TEXT.encode()),
        ("log.jsonl.gz", gzip.compress(JSONL_TEXT.encode())),
        ("log.ndjson", JSONL_TEXT.encode()),
        ("export.dat", gzip.compress(JSONL_TEXT.encode())),  # magic + sniffing
    ],
)
def test_every_text_format_gives_the_same_records(
    tmp_path: Path, name: str, content: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result, con = run(path)
    assert result.problems == [] and result.records == 2
    assert _clean_rows(con) == EXPECTED


def test_parquet_written_by_duckdb(tmp_path: Path) -> None:
    path = tmp_path / "log.parquet"
    con = connect()
    con.execute(
        "COPY (SELECT * FROM (VALUES "
        "(1, TIMESTAMPTZ '2026-03-02 15:00:00+00', '+14155550100', 'Hello, Ann'),"
        "(2, TIMESTAMPTZ '2026-03-02 16:00:00+00', '+14155550101', 'Reply STOP')) "
        f"AS t(message_id, sent_at, recipient, body)) TO '{path}' (FORMAT parquet)"
    )
    result, con = run(path)
    assert result.problems == [] and result.records == 2
    expected = [(row, str(row), *rest) for row, _, *rest in EXPECTED]
    assert _clean_rows(con) == expected
    assert result.fields == {"message_id", "sent_at", "recipient", "body"}


def test_parquet_missing_column_and_corrupt_file(tmp_path: Path) -> None:
    good = tmp_path / "good.parquet"
    con = connect()
    con.execute(
        f"COPY (SELECT 1 AS sent_at, 2 AS recipient) TO '{good}' (FORMAT parquet)"
    )
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"PAR1 this is not parquet")
    result, _ = run(good, broken)
    assert found(result) == [
        ("good.parquet", 0, found(result)[0][2]),
        ("broken.parquet", 0, "not a readable Parquet file"),
    ]
    assert "required field body" in found(result)[0][2]
    assert result.unreadable == ["broken.parquet"]


@pytest.mark.parametrize(
    "content", [CSV_TEXT.encode(), gzip.compress(JSONL_TEXT.encode())]
)
def test_stdin_stream(content: bytes) -> None:
    result, con = run(LogInput("<stdin>", stream=io.BytesIO(content)))
    assert result.records == 2 and result.problems == []
    assert _clean_rows(con) == EXPECTED
    assert records(con)[0]["file"] == "<stdin>"


def test_gb18030_and_utf8_bom_files() -> None:
    expected = ["您好，您的账单已到期。回T退订", "尊敬的客户，请于3日内还款，谢谢"]
    result, con = run(DATA / "zh_gb18030.csv", encoding="gb18030")
    assert result.problems == [] and [r["body"] for r in records(con)] == expected
    result, con = run(DATA / "bom_utf8.csv")  # the BOM must not spoil "message_id"
    assert result.problems == [] and [r["message_id"] for r in records(con)] == [
        "m1",
        "m2",
    ]
    assert [r["body"] for r in records(con)] == expected


def test_utf16_file(tmp_path: Path) -> None:
    result, con = run(write(tmp_path, "log.csv", CSV_TEXT, "utf-16"), encoding="utf-16")
    assert result.problems == [] and _clean_rows(con) == EXPECTED


def test_one_badly_encoded_row_is_a_problem_and_the_rest_is_read(
    tmp_path: Path,
) -> None:
    path = tmp_path / "log.csv"
    path.write_bytes(
        CSV_TEXT.encode()
        + "m3,2026-03-02T17:00:00Z,+14155550102,caf\xe9\n".encode("latin-1")
        + b"m4,2026-03-02T18:00:00Z,+14155550103,fine\n"
    )
    result, con = run(path)
    assert found(result) == [
        ("log.csv", 3, "cannot decode the row with the given encoding")
    ]
    assert [r["message_id"] for r in records(con)] == ["m1", "m2", "m4"]
    result, con = run(path, encoding="latin-1")
    assert result.problems == [] and records(con)[2]["body"] == "café"


# --- columns --------------------------------------------------------------------


def test_column_mapping_and_labels(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "gw.csv",
        "ID,Time,To,Text,Kind\n"
        "a1,2026-03-02T15:00:00Z,+14155550100,Hi,MO\n"
        "a2,2026-03-02T15:00:00Z,+1415555,Hi,MT\n",
    )
    columns = {"message_id": "id", "sent_at": "Time", "recipient": "To", "body": "text"}
    columns["direction"] = "kind"
    result, con = run(path, columns=columns)
    assert result.fields == {"message_id", "sent_at", "recipient", "body", "direction"}
    assert [(r["message_id"], r["direction"]) for r in records(con)] == [
        ("a1", "inbound")
    ]
    assert found(result) == [
        ("gw.csv", 2, "invalid phone number in field recipient (column 'To')")
    ]
    assert result.problems[0].location.message_id == "a2"


def test_missing_required_column_skips_only_that_file(tmp_path: Path) -> None:
    bad = write(tmp_path, "bad.csv", "message_id,sent_at,to,body\nm1,t,r,b\n")
    good = write(tmp_path, "good.csv", CSV_TEXT)
    result, con = run(bad, good)
    assert found(result) == [
        (
            "bad.csv",
            0,
            "cannot audit this file: no column 'recipient' for required field "
            "recipient (map one with --column FIELD=SOURCE)",
        )
    ]
    assert result.unreadable == [] and result.records == 2
    assert set(result.input_fields) == {"good.csv"}
    assert {r["file"] for r in records(con)} == {"good.csv"}


# --- bad rows -------------------------------------------------------------------

BAD_ROWS = (
    f"{HEADER},direction,recipient_relation,recipient_tz\n"
    "m1,2026-03-02T15:00:00Z,+14155550100,good,,,\n"
    "m2,yesterday at noon,+14155550100,ts,,,\n"
    "m3,2026-03-02T15:00:00Z,+1415555,number,,,\n"
    "m4,2026-03-02T15:00:00Z,+14155550100,   ,,,\n"
    "m5,2026-03-02T15:00:00Z,+14155550100,too,many,fields,here,!\n"
    "m6,,+14155550100,no time,,,\n"
    "m7,2026-03-02T15:00:00Z,,no number,,,\n"
    "m8,2026-03-02T15:00:00Z,+14155550100,dir,sideways,,\n"
    "m9,2026-03-02T15:00:00Z,+14155550100,warn,in,cousin,Mars/Olympus\n"
    "m10,2026-03-02,+14155550100,date only,,,\n"
    "m11,2026-02-30T10:00:00Z,+14155550100,no such day,,,\n"
)


def test_each_bad_row_kind_is_reported_at_its_row(tmp_path: Path) -> None:
    result, con = run(write(tmp_path, "log.csv", BAD_ROWS))
    assert [(row, message) for _, row, message in found(result)] == [
        (
            2,
            "unparseable timestamp in field sent_at (expected ISO 8601 such as 2026-03-08T14:30:00Z)",
        ),
        (3, "invalid phone number in field recipient"),
        (4, "empty required field body"),
        (5, "the row has 8 fields, the header 7"),
        (6, "empty required field sent_at"),
        (7, "empty required field recipient"),
        (
            8,
            "unknown value in field direction (expected outbound or inbound); row skipped",
        ),
        (
            9,
            "unknown value in field recipient_relation (expected self, family, employer, contact, unknown); read as unknown",
        ),
        (9, "unknown time zone in field recipient_tz; ignored"),
        (10, found(result)[9][2]),
        (11, found(result)[10][2]),
    ]
    assert "unparseable timestamp" in found(result)[9][2]
    assert "unparseable timestamp" in found(result)[10][2]
    severities = {(p.location.row, p.severity) for p in result.problems}
    assert (9, Severity.WARNING) in severities and (2, Severity.ERROR) in severities
    rows = records(con)
    assert [
        (r["row"], r["direction"], r["relation"], r["recipient_tz"]) for r in rows
    ] == [
        (1, "outbound", None, None),
        (9, "inbound", "unknown", None),
    ]
    day = {p.location.row: p.location.day for p in result.problems}
    assert day[3] == "2026-03-02" and day[2] is None


def test_no_problem_message_quotes_the_bad_value(tmp_path: Path) -> None:
    secret = "Secret-7731"
    text = (
        f"{HEADER},direction,recipient_relation,recipient_tz\n"
        f"m1,{secret}-ts,+14155550100,body,,,\n"
        f"m2,2026-03-02T15:00:00Z,{secret}0100,body,,,\n"
        f"m3,2026-03-02T15:00:00Z,+14155550100,body,{secret},,\n"
        f"m4,2026-03-02T15:00:00Z,+14155550100,body,,{secret},\n"
        f"m5,2026-03-02T15:00:00Z,+14155550100,body,,,{secret}/Zone\n"
        f'm6,2026-03-02T15:00:00Z,+14155550100,"{secret} open quote\n'
        f"m7,2026-03-02T15:00:00Z,+14155550100,{secret},extra,,,\n"
    )
    path = tmp_path / "log.csv"
    path.write_bytes(text.encode() + b"m8,\xff" + secret.encode() + b"\n")
    jsonl = write(tmp_path, "log.jsonl", f'{{"body": "{secret}"\n[1]\n')
    result, _ = run(path, jsonl)
    assert len(result.problems) >= 9
    for problem in result.problems:
        assert secret.lower() not in problem.message.lower()
        assert "7731" not in problem.message and "0100" not in problem.message


def test_invalid_json_lines_are_reported_by_line(tmp_path: Path) -> None:
    lines = JSONL_TEXT.split("\n")
    text = "\n".join([lines[0], "", "{oops", "42", lines[1], ""])
    result, con = run(write(tmp_path, "log.jsonl", text))
    assert [(row, message) for _, row, message in found(result)] == [
        (3, "the line is not valid JSON"),
        (4, "the line is not a JSON object"),
    ]
    assert [r["row"] for r in records(con)] == [1, 5]


def test_jsonl_object_lacking_a_required_key_is_an_empty_value(tmp_path: Path) -> None:
    lines = JSONL_TEXT.split("\n")
    text = "\n".join([lines[0], '{"message_id": "m9", "recipient": "+14155550100"}'])
    result, con = run(write(tmp_path, "log.jsonl", text))
    assert [(row, message) for _, row, message in found(result)] == [
        (2, "empty required field sent_at"),
        (2, "empty required field body"),
    ]
    assert result.problems[0].location.message_id == "m9"
    assert [r["row"] for r in records(con)] == [1]


def test_broken_quote_in_the_middle_and_the_following_rows(tmp_path: Path) -> None:
    result, con = run(DATA / "broken_quote.csv")
    assert [(row, message[:29]) for _, row, message in found(result)] == [
        (2, "unterminated quoted field (no")
    ]
    rows = records(con)
    assert [r["row"] for r in rows] == [1, *range(3, 24)]
    assert rows[1]["message_id"] == "m3" and rows[-1]["message_id"] == "m23"


def test_crlf_file_and_blank_lines(tmp_path: Path) -> None:
    text = (
        CSV_TEXT.replace("\n", "\r\n")
        + "\r\n   \r\nm5,2026-03-02T17:00:00Z,+14155550102,x\r\n"
    )
    result, con = run(write(tmp_path, "log.csv", text))
    assert result.problems == []
    assert [(r["row"], r["body"]) for r in records(con)] == [
        (1, "Hello, Ann"),
        (2, "Reply STOP"),
        (5, "x"),
    ]


def test_values_are_trimmed_but_bodies_kept_exactly(tmp_path: Path) -> None:
    text = (
        "message_id,sent_at,recipient,body,recipient_tz,recipient_relation\n"
        '\u3000m1 , 2026-03-02t15:00:00z ,\u00a0+14155550100 ,"  two  spaces  ", '
        "america/new_york , Family \n"
    )
    result, con = run(write(tmp_path, "log.csv", text))
    assert result.problems == []
    (row,) = records(con)
    assert (row["message_id"], row["recipient"], row["body"]) == (
        "m1",
        "+14155550100",
        "  two  spaces  ",
    )
    assert (row["recipient_tz"], row["relation"]) == ("America/New_York", "family")
    assert row["sent_at"] == at(2026, 3, 2, 15)


def test_numbers_without_plus_need_a_default_region(tmp_path: Path) -> None:
    text = f"{HEADER}\nm1,2026-03-02T15:00:00Z,(415) 555-0100,b\nm2,2026-03-02T15:00:00Z,0086 138 0013 8000,b\n"
    path = write(tmp_path, "log.csv", text)
    result, _ = run(path)
    assert [m for _, _, m in found(result)] == [
        "invalid phone number in field recipient (a number without +country code "
        "needs a default region, e.g. --default-region US)"
    ] * 2
    result, con = run(path, default_region="us")
    assert [m for _, _, m in found(result)] == [
        "invalid phone number in field recipient"
    ]
    result, con = run(path, default_region="CN")
    assert [r["recipient"] for r in records(con)] == ["+864155550100", "+8613800138000"]


def test_direction_synonyms_and_default(tmp_path: Path) -> None:
    values = ["OUT", "in", "Mt", "mo", "sent", "received", "outbound", "Inbound", ""]
    body = "".join(
        f"m{i},2026-03-02T15:00:00Z,+14155550100,b,{v}\n" for i, v in enumerate(values)
    )
    result, con = run(write(tmp_path, "log.csv", f"{HEADER},direction\n{body}"))
    assert result.problems == []
    assert [r["direction"] for r in records(con)] == [
        "outbound",
        "inbound",
        "outbound",
        "inbound",
        "outbound",
        "inbound",
        "outbound",
        "inbound",
        "outbound",
    ]


def test_jsonl_values_of_other_types_become_text(tmp_path: Path) -> None:
    result, con = run(DATA / "sends.jsonl")
    assert result.problems == []
    assert [
        (r["row"], r["message_id"], r["debtor_id"], r["direction"])
        for r in records(con)
    ] == [
        (1, "1", "d1", "outbound"),
        (3, "2", "42", "outbound"),
        (4, "m3", None, "inbound"),
    ]


# --- time -----------------------------------------------------------------------

NAIVE = (
    f"{HEADER}\n"
    "gap,2026-03-08 02:30:00,+14155550100,b\n"
    "twice,2026-11-01 01:30:00,+14155550100,b\n"
    "after,2026-11-01T02:30,+14155550100,b\n"
    "spring,2026-03-08 03:30:00,+14155550100,b\n"
    "offset,2026-03-08 02:30:00+00:00,+14155550100,b\n"
)


def test_naive_times_are_utc_by_default(tmp_path: Path) -> None:
    result, con = run(write(tmp_path, "log.csv", NAIVE))
    assert result.problems == []
    assert [r["sent_at"] for r in records(con)][:2] == [
        at(2026, 3, 8, 2, 30),
        at(2026, 11, 1, 1, 30),
    ]


def test_naive_times_in_a_zone_with_dst_gap_and_repeated_hour(tmp_path: Path) -> None:
    result, con = run(write(tmp_path, "log.csv", NAIVE), naive_tz="America/New_York")
    assert found(result) == [
        (
            "log.csv",
            1,
            "the local time in field sent_at does not exist in America/New_York "
            "(skipped by a daylight-saving change)",
        )
    ]
    assert [(r["message_id"], r["sent_at"]) for r in records(con)] == [
        ("twice", at(2026, 11, 1, 5, 30)),  # the earlier instant: 01:30 EDT
        ("after", at(2026, 11, 1, 7, 30)),
        ("spring", at(2026, 3, 8, 7, 30)),
        ("offset", at(2026, 3, 8, 2, 30)),
    ]


@pytest.mark.parametrize(
    ("zone", "local"),
    [
        ("Europe/Berlin", "2026-10-25 02:30:00"),
        ("Australia/Lord_Howe", "2026-04-05 01:45:00"),  # a 30-minute shift
        ("America/Sao_Paulo", "2018-02-17 23:30:00"),
        ("Asia/Shanghai", "2026-03-08 02:30:00"),
        ("Europe/London", "2026-03-29 03:30:00"),
    ],
)
def test_naive_times_match_zoneinfo_fold_0(
    tmp_path: Path, zone: str, local: str
) -> None:
    path = write(tmp_path, "log.csv", f"{HEADER}\nm1,{local},+14155550100,b\n")
    result, con = run(path, naive_tz=zone.lower())
    expected = dt.datetime.fromisoformat(local).replace(tzinfo=zoneinfo.ZoneInfo(zone))
    assert result.problems == []
    assert records(con)[0]["sent_at"] == expected.astimezone(UTC)


def test_unsorted_input_keeps_read_order_in_seq(tmp_path: Path) -> None:
    text = (
        f"{HEADER}\n"
        "late,2026-03-05T00:00:00Z,+14155550100,b\n"
        "early,2026-03-01T00:00:00Z,+14155550100,b\n"
        "middle,2026-03-03T00:00:00Z,+14155550100,b\n"
    )
    _, con = run(write(tmp_path, "log.csv", text))
    assert [r["message_id"] for r in records(con)] == ["late", "early", "middle"]


def test_several_files_are_one_history(tmp_path: Path) -> None:
    first = write(tmp_path, "a.csv", CSV_TEXT)
    second = write(tmp_path, "b.jsonl", JSONL_TEXT)
    third = write(tmp_path, "c.csv", CSV_TEXT)
    result, con = run(first, tmp_path / "missing.csv", second, third)
    rows = records(con)
    assert [(r["file"], r["row"]) for r in rows] == [
        ("a.csv", 1),
        ("a.csv", 2),
        ("b.jsonl", 1),
        ("b.jsonl", 2),
        ("c.csv", 1),
        ("c.csv", 2),
    ]
    seqs = [r["seq"] for r in rows]
    assert seqs == sorted(seqs) and len(set(seqs)) == 6
    assert result.unreadable == ["missing.csv"]
    assert found(result) == [
        ("missing.csv", 0, "cannot open the file: No such file or directory")
    ]


def test_since_and_until_are_whole_utc_days(tmp_path: Path) -> None:
    text = (
        f"{HEADER}\n"
        "before,2026-03-01T23:59:59Z,+14155550100,b\n"
        "first,2026-03-02T00:00:00Z,+14155550100,b\n"
        "last,2026-03-03T23:59:59.999Z,+14155550100,b\n"
        "after,2026-03-04T00:00:00Z,+14155550100,b\n"
        "outside but bad,2026-03-05T00:00:00Z,not a number,b\n"
        "bad time,soon,+14155550100,b\n"
    )
    result, con = run(
        write(tmp_path, "log.csv", text),
        since=dt.date(2026, 3, 2),
        until=dt.date(2026, 3, 3),
    )
    assert [r["message_id"] for r in records(con)] == ["first", "last"]
    assert (result.records, result.filtered) == (2, 3)
    assert [row for _, row, _ in found(result)] == [6]


def test_same_body_twice_is_one_bodies_row(tmp_path: Path) -> None:
    text = (
        f"{HEADER}\n"
        "m1,2026-03-02T15:00:00Z,+14155550100,Pay now \n"
        "m2,2026-03-02T15:00:00Z,+14155550101,Pay now \n"
        "m3,2026-03-02T15:00:00Z,+14155550101,Pay now\n"
    )
    _, con = run(write(tmp_path, "log.csv", text))
    assert con.execute(
        "SELECT body_id, body FROM bodies ORDER BY body_id"
    ).fetchall() == [
        (1, "Pay now "),
        (2, "Pay now"),
    ]
    assert [r["body_id"] for r in records(con)] == [1, 1, 2]


@pytest.mark.parametrize(
    "key",
    [
        "length({})",  # "Pay now" and "Pay wow" share a key: grouped by text instead
        "0",  # every body under one key
        "hash({})",
    ],
)
def test_body_ids_do_not_depend_on_the_grouping_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key: str
) -> None:
    from smslint.logs import values

    text = (
        f"{HEADER}\n"
        "m1,2026-03-02T15:00:00Z,+14155550100,Pay now\n"
        "m2,2026-03-02T15:00:00Z,+14155550101,Pay wow\n"
        "m3,2026-03-02T15:00:00Z,+14155550101,Pay now\n"
        'm4,2026-03-02T15:00:00Z,+14155550101,"Pay now, please"\n'
    )
    expected_bodies = [(1, "Pay now"), (2, "Pay wow"), (3, "Pay now, please")]
    for grouping in (values.BODY_KEY, key):
        monkeypatch.setattr(values, "BODY_KEY", grouping)
        _, con = run(write(tmp_path, "log.csv", text))
        bodies = con.execute("SELECT * FROM bodies ORDER BY body_id").fetchall()
        assert bodies == expected_bodies, grouping
        assert [r["body_id"] for r in records(con)] == [1, 2, 1, 3], grouping
        leftovers = con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE temporary"
        ).fetchall()
        assert leftovers == [], grouping


# --- inputs, options ------------------------------------------------------------


def test_unreadable_inputs_are_listed_and_the_others_staged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import smslint.logs.sources as sources

    monkeypatch.setattr(sources, "CHUNK_BYTES", 1024)  # the truncation is chunks away
    corrupt = tmp_path / "corrupt.csv.gz"
    corrupt.write_bytes(b"\x1f\x8b\x08\x00garbage")
    truncated = tmp_path / "truncated.csv.gz"
    rows = "".join(CSV_TEXT.splitlines(keepends=True)[1:] * 300)
    truncated.write_bytes(gzip.compress((CSV_TEXT + rows).encode())[:-30])
    good = write(tmp_path, "good.csv", CSV_TEXT)
    result, _ = run(corrupt, tmp_path, truncated, good)
    assert result.unreadable == ["corrupt.csv.gz", tmp_path.name]
    messages = {path: message for path, row, message in found(result) if row == 0}
    assert "gzip" in messages["corrupt.csv.gz"]
    assert messages["truncated.csv.gz"].endswith("; the rest was not read")
    assert all(p.severity is Severity.ERROR for p in result.problems)
    assert result.records >= 2


def test_empty_file_is_a_warning(tmp_path: Path) -> None:
    result, _ = run(write(tmp_path, "empty.csv", ""))
    assert [(p.message, p.severity) for p in result.problems] == [
        ("empty file: no header row", Severity.WARNING)
    ]
    assert result.fields == frozenset()


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"encoding": "klingon"}, "unknown encoding"),
        ({"naive_tz": "Mars/Olympus"}, "unknown time zone"),
        ({"default_region": "XX"}, "unknown region"),
        ({"since": dt.date(2026, 3, 2), "until": dt.date(2026, 3, 1)}, "is after"),
        ({"columns": {"phone": "to"}}, "unknown field"),
    ],
)
def test_bad_options_are_usage_errors(
    tmp_path: Path, options: dict, message: str
) -> None:
    with pytest.raises(UsageError, match=message):
        run(write(tmp_path, "log.csv", CSV_TEXT), **options)


def test_progress_gets_the_rows_of_each_batch(tmp_path: Path) -> None:
    seen: list[int] = []
    run(
        DATA / "sends.csv", write(tmp_path, "b.jsonl", JSONL_TEXT), progress=seen.append
    )
    assert sum(seen) == 4 + 2


def test_fast_e164_path_agrees_with_phonenumbers_parse() -> None:
    rng = random.Random(3)
    codes = sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)
    for _ in range(3000):
        digits = str(rng.choice(codes)) + str(rng.randint(1, 9))
        digits += "".join(rng.choice("0123456789") for _ in range(rng.randint(3, 11)))
        text = "+" + digits
        try:
            number = phonenumbers.parse(text, None)
            valid = phonenumbers.is_valid_number(number)
        except phonenumbers.NumberParseException:
            valid = False
        expected = (
            phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            if valid
            else None
        )
        assert _e164(text, None) == expected, text
