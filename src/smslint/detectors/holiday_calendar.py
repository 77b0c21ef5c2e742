"""Public-holiday calendars by name: ``"US"``, ``"US-MA"``, ``"CN"``, ``"GB-ENG"``...

A calendar is an ISO 3166-1 alpha-2 country code, optionally followed by ``-`` and
one of that country's subdivisions as the ``holidays`` package names them
(``US-MA``, ``GB-ENG``, ``AU-NSW``, ``CA-ON``). The dates come from ``holidays``,
which ships its data: nothing is fetched. Its default category (public holidays)
and observed days (``Boxing Day (observed)``) are used; for China that includes the
extra days off the State Council announces, but not the weekend days it turns into
working days.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from typing import NamedTuple


class Calendar(NamedTuple):
    """A parsed calendar name: the country and, optionally, its subdivision."""

    country: str
    subdiv: str | None = None

    def __str__(self) -> str:
        return f"{self.country}-{self.subdiv}" if self.subdiv else self.country


@lru_cache(maxsize=1)
def _supported() -> dict[str, list[str]]:
    # NOTE: holidays costs ~70 ms to import; only rules with a calendar pay for it.
    import holidays

    # alpha-2 codes only: aliases (USA, GBR) would make two names for one calendar
    return holidays.list_supported_countries(include_aliases=False)


def parse_calendar(spec: str) -> Calendar:
    """The calendar named by ``spec``; ValueError naming what is unknown.

    The country is matched in any case and the subdivision case-insensitively
    (``us-ma`` is ``US-MA``); the result carries the names ``holidays`` uses.
    """
    if not isinstance(spec, str) or not spec.strip():
        raise ValueError(
            f"a holiday calendar is a country code like 'US' or 'US-MA', got {spec!r}"
        )
    country, _, subdiv = spec.strip().partition("-")
    country = country.upper()
    supported = _supported()
    if country not in supported:
        raise ValueError(
            f"unknown holiday calendar {spec!r}: {country!r} is not a country the"
            " holidays package knows (use an ISO 3166-1 alpha-2 code such as US, CN,"
            " GB)"
        )
    if not subdiv:
        return Calendar(country)
    known = supported[country]
    match = next((s for s in known if s.casefold() == subdiv.casefold()), None)
    if match is None:
        choices = ", ".join(known) if known else "none"
        raise ValueError(
            f"unknown subdivision {subdiv!r} in holiday calendar {spec!r}"
            f" (subdivisions of {country}: {choices})"
        )
    return Calendar(country, match)


def holiday_dates(spec: str, years: Iterable[int]) -> set[date]:
    """Public holidays of calendar ``spec`` in ``years`` (ValueError if unknown)."""
    return set(_dates(parse_calendar(spec), tuple(sorted(set(years)))))


@lru_cache(maxsize=32)
def _dates(calendar: Calendar, years: tuple[int, ...]) -> frozenset[date]:
    import holidays

    if not years:
        return frozenset()
    found = holidays.country_holidays(
        calendar.country, subdiv=calendar.subdiv, years=years
    )
    return frozenset(found)


__all__ = ["Calendar", "holiday_dates", "parse_calendar"]
