"""No output smslint writes may leak the personal data it detects (SPEC.md, Privacy).

One template and one send log carry a US SSN, a mainland resident ID, a card number, someone else's phone
number and an e-mail address; every report format, the baseline and the messages
about bad rows must show none of them unmasked. ``--show-pii`` is the only way in.
"""

from __future__ import annotations

from pathlib import Path

import pytest

SSN = "123-45-6789"
CARD = "4111 1111 1111 1111"
PHONE = "(415) 555-0123"
EMAIL = "jane.roe@example.org"
RESIDENT_ID = "110101199003074514"  # mainland resident ID, valid check digit
SECRETS = (SSN, CARD, PHONE, EMAIL, RESIDENT_ID, "4111111111111111", "4155550123")

LEAKY = (
    f"Acme Recovery: Hi {{name}}, SSN {SSN}, card {CARD}. Your sister's phone is "
    f"{PHONE}, her e-mail {EMAIL}, her ID {RESIDENT_ID}. Reply STOP to opt out."
)
FORMATS = ["text", "json", "jsonl", "sarif", "junit", "github", "html"]


def _log(path: Path) -> Path:
    body = LEAKY.replace("{name}", "Ann")
    rows = [
        "message_id,sent_at,recipient,body",
        f'm1,2026-11-10T15:00:00Z,+12125550143,"{body}"',
        # bad rows whose bad values are personal data: the problem must not quote them
        f'm2,{SSN},+12125550143,"{body}"',
        f'm3,2026-11-10T15:00:00Z,{EMAIL},"{body}"',
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _assert_clean(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"{secret!r} leaked"


@pytest.mark.parametrize("fmt", FORMATS)
def test_check_output_masks_pii_in_every_format(smslint, workdir, fmt):
    (workdir / "t.txt").write_text(LEAKY, encoding="utf-8")
    run = smslint("check", "--format", fmt, "-o", "out", "t.txt")
    assert run.exit_code == 1, run.stderr
    _assert_clean((workdir / "out").read_text(encoding="utf-8"))
    _assert_clean(run.stdout + run.stderr)


@pytest.mark.parametrize("fmt", FORMATS)
def test_audit_output_masks_pii_in_every_format(smslint, workdir, fmt):
    _log(workdir / "log.csv")
    run = smslint("audit", "--format", fmt, "-o", "out", "log.csv")
    assert run.exit_code == 1, run.stderr
    report = (workdir / "out").read_text(encoding="utf-8")
    _assert_clean(report)
    _assert_clean(run.stdout + run.stderr)


def test_bad_rows_are_reported_without_their_values(smslint, workdir):
    _log(workdir / "log.csv")
    run = smslint("audit", "--format", "json", "log.csv")
    problems = [v for v in run.json()["violations"] if v["category"] == "input"]
    assert sorted(p["location"]["row"] for p in problems) == [2, 3]
    _assert_clean(run.stdout)


def test_baselines_hold_no_pii(smslint, workdir):
    (workdir / "t.txt").write_text(LEAKY, encoding="utf-8")
    _log(workdir / "log.csv")
    smslint("check", "--write-baseline", "check.json", "t.txt")
    smslint("audit", "--write-baseline", "audit.json", "log.csv")
    for name in ("check.json", "audit.json"):
        _assert_clean((workdir / name).read_text(encoding="utf-8"))


def test_show_pii_is_the_only_way_to_see_it(smslint, workdir):
    (workdir / "t.txt").write_text(LEAKY, encoding="utf-8")
    run = smslint("check", "--format", "json", "--show-pii", "t.txt")
    assert SSN in run.stdout
