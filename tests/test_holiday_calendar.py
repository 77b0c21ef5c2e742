"""Public-holiday calendars by name, from the ``holidays`` package's shipped data."""

from __future__ import annotations

import socket
from datetime import date

import pytest

from smslint.detectors.holiday_calendar import Calendar, holiday_dates, parse_calendar


@pytest.mark.parametrize(
    ("spec", "calendar"),
    [
        ("US", Calendar("US")),
        ("US-MA", Calendar("US", "MA")),
        ("CN", Calendar("CN")),
        ("GB-ENG", Calendar("GB", "ENG")),
        ("AU-NSW", Calendar("AU", "NSW")),
        ("CA-ON", Calendar("CA", "ON")),
        ("ID", Calendar("ID")),
        ("IN", Calendar("IN")),
        ("PH", Calendar("PH")),
        ("us-ma", Calendar("US", "MA")),
        (" gb-eng ", Calendar("GB", "ENG")),
    ],
)
def test_parse_calendar(spec: str, calendar: Calendar) -> None:
    assert parse_calendar(spec) == calendar


def test_calendar_prints_as_its_spec() -> None:
    assert str(Calendar("US", "MA")) == "US-MA"
    assert str(Calendar("CN")) == "CN"


@pytest.mark.parametrize(
    ("spec", "words"),
    [
        ("XX", ["'XX'", "ISO 3166-1"]),
        ("USA", ["'USA'"]),  # alpha-3 aliases are not accepted: one name a calendar
        ("US-ZZ", ["'ZZ'", "'US-ZZ'", "MA"]),
        ("CN-BJ", ["'BJ'", "subdivisions of CN: none"]),
        ("", ["'US-MA'"]),
    ],
)
def test_unknown_calendar_or_subdivision_is_named(spec: str, words: list[str]) -> None:
    with pytest.raises(ValueError) as info:
        parse_calendar(spec)
    for word in words:
        assert word in str(info.value)


@pytest.mark.parametrize(
    ("spec", "day", "is_holiday"),
    [
        ("US", date(2026, 11, 26), True),  # Thanksgiving
        ("US", date(2026, 11, 25), False),
        ("US", date(2026, 4, 20), False),
        ("US-MA", date(2026, 4, 20), True),  # Patriots' Day, Massachusetts only
        ("CN", date(2026, 10, 1), True),  # National Day
        ("CN", date(2026, 10, 9), False),
        ("GB-ENG", date(2026, 12, 28), True),  # Boxing Day (observed)
        ("GB-SCT", date(2026, 1, 2), True),
        ("GB-ENG", date(2026, 1, 2), False),
        ("AU-NSW", date(2026, 1, 26), True),  # Australia Day
        ("CA-ON", date(2026, 7, 1), True),  # Canada Day
        ("IN", date(2026, 1, 26), True),  # Republic Day
        ("ID", date(2026, 8, 17), True),  # Independence Day
        ("PH", date(2026, 6, 12), True),  # Independence Day
    ],
)
def test_holiday_dates(spec: str, day: date, is_holiday: bool) -> None:
    assert (day in holiday_dates(spec, [day.year])) is is_holiday


def test_several_years_and_none() -> None:
    dates = holiday_dates("US", [2025, 2026, 2025])
    assert date(2025, 11, 27) in dates and date(2026, 11, 26) in dates
    assert holiday_dates("US", []) == set()


def test_result_is_a_fresh_set_each_call() -> None:
    holiday_dates("CN", [2026]).clear()
    assert date(2026, 10, 1) in holiday_dates("CN", [2026])


def test_unknown_calendar_raises_from_holiday_dates() -> None:
    with pytest.raises(ValueError, match="'XX'"):
        holiday_dates("XX", [2026])


def test_works_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("holiday lookup tried to open a socket")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    # a year no other test asks for, so nothing comes from the cache
    assert date(2031, 12, 25) in holiday_dates("CA-ON", [2031])
