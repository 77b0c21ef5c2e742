"""Shared pieces of the time-based record checks (smslint.logs.local_time)."""

from __future__ import annotations

from typing import Any

import pytest

from smslint.detectors import timezones
from smslint.logs.local_time import fill_recipient_zones
from smslint.logs.table import connect, create_records

NY = "+12125550100"  # America/New_York
IDAHO = "+12085550100"  # America/Boise and America/Los_Angeles
NO_ZONE = "+447700900123"  # valid form, phonenumbers knows no zone


def _zones(
    con: Any, where: str = "true", *, first_only: bool = False
) -> list[tuple[str, str]]:
    con.execute("CREATE OR REPLACE TEMP TABLE z (recipient VARCHAR, zone VARCHAR)")
    fill_recipient_zones(con, "z", where, first_only=first_only)
    return sorted(con.execute("SELECT * FROM z").fetchall())


def test_each_number_is_looked_up_once_per_connection(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    original = timezones.candidate_zones.__wrapped__  # uncached

    def counting(e164: str) -> tuple[str, ...]:
        asked.append(e164)
        return original(e164)

    monkeypatch.setattr(timezones, "candidate_zones", counting)
    con = connect(threads=1)
    sent = "2026-11-10T15:00:00Z"
    create_records(
        con,
        [
            {"sent_at": sent, "recipient": NY},
            {"sent_at": sent, "recipient": NY, "direction": "inbound"},
            {"sent_at": sent, "recipient": IDAHO},
            {"sent_at": sent, "recipient": NO_ZONE},
            {"sent_at": sent, "recipient": "+8613800138000", "recipient_tz": "UTC"},
        ],
    )
    both = [
        (IDAHO, "America/Boise"),
        (IDAHO, "America/Los_Angeles"),
        (NY, "America/New_York"),
    ]
    assert _zones(con, "r.direction = 'outbound'") == both
    assert _zones(con, first_only=True) == [
        (IDAHO, "America/Boise"),
        (NY, "America/New_York"),
    ]
    assert _zones(con, f"r.recipient = '{NY}'") == both[2:]
    # numbers with a recipient_tz are never looked up; the others once each
    assert sorted(asked) == sorted([IDAHO, NO_ZONE, NY])
    con.close()
