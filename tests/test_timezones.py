"""Candidate time zones of a phone number (a heuristic the log's recipient_tz beats)."""

from __future__ import annotations

import pytest

from smslint.detectors.timezones import candidate_zones, is_zone_name, plain_number


@pytest.mark.parametrize(
    ("number", "zones"),
    [
        ("+12125550100", ("America/New_York",)),
        ("+8613800138000", ("Asia/Shanghai",)),
        ("+919812345678", ("Asia/Calcutta",)),
        # exchange-level data narrows a split area code to one side
        ("+12087651234", ("America/Los_Angeles",)),
    ],
)
def test_single_zone_numbers(number: str, zones: tuple[str, ...]) -> None:
    assert candidate_zones(number) == zones


@pytest.mark.parametrize(
    ("number", "zones"),
    [
        # Idaho's 208 spans Mountain and Pacific time
        ("+12085550100", ("America/Boise", "America/Los_Angeles")),
        # South Dakota's 605 spans Mountain and Central time
        ("+16055550100", ("America/Denver", "America/North_Dakota/Center")),
    ],
)
def test_area_code_spanning_two_zones_gives_both(
    number: str, zones: tuple[str, ...]
) -> None:
    assert candidate_zones(number) == zones


def test_non_geographic_number_gets_every_zone_of_its_country() -> None:
    zones = candidate_zones("+18004633339")  # toll-free
    assert "America/New_York" in zones and "Pacific/Honolulu" in zones
    assert len(zones) > 30


@pytest.mark.parametrize(
    "number",
    [
        "+447700900123",  # Ofcom drama range: valid form, no zone known
        "+4477009001",  # too short
        "not a number",
        "",
    ],
)
def test_unknown_or_unparseable_numbers_give_no_zone(number: str) -> None:
    assert candidate_zones(number) == ()


def test_lookups_are_cached() -> None:
    candidate_zones("+13125550100")
    before = candidate_zones.cache_info().hits
    assert candidate_zones("+13125550100") == ("America/Chicago",)
    assert candidate_zones.cache_info().hits == before + 1


@pytest.mark.parametrize(
    ("name", "known"),
    [
        ("America/New_York", True),
        ("Asia/Shanghai", True),
        ("UTC", True),
        ("Asia/Calcutta", True),
        ("Mars/Olympus", False),
        ("america/new_york", False),
        ("localtime", False),
        ("", False),
        (None, False),
    ],
)
def test_is_zone_name(name: object, known: bool) -> None:
    assert is_zone_name(name) is known


@pytest.mark.parametrize(
    "number",
    [
        "+12125550100",
        "+12085550100",
        "+18004633339",
        "+8613800138000",
        "+447700900123",  # valid, no zone data: the parse path must agree
        "+4407700900123",  # national prefix after the country code
        "+10005550100",  # invalid area code
        "+999123",  # unknown country code
        "+",
        "+1２１２5550100",  # non-ASCII digits
    ],
)
def test_zones_without_parse_match_zones_after_parse(number: str) -> None:
    import phonenumbers
    from phonenumbers import timezone

    try:
        parsed = timezone.time_zones_for_number(phonenumbers.parse(number, None))
    except phonenumbers.NumberParseException:
        parsed = ()
    candidate_zones.cache_clear()
    assert candidate_zones(number) == tuple(z for z in parsed if z != "Etc/Unknown")


def test_plain_number_is_what_parse_gives_for_valid_numbers() -> None:
    import phonenumbers

    for number in ("+12125550100", "+8613800138000", "+919812345678"):
        plain = plain_number(number)
        assert phonenumbers.is_valid_number(plain)
        assert plain == phonenumbers.parse(number, None)
    assert plain_number("+4407700900123") is None  # leading zero: parse decides
    assert plain_number("12125550100") is None
    assert plain_number("+999123") is None
