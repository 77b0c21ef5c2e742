"""Candidate time zones of a phone number: where its owner may be (DESIGN decision 6).

The answer is a heuristic, never a fact. ``phonenumbers`` maps a number's prefix
to the zones that prefix covers:

- an area code that spans two zones gives both, e.g. ``+1 208`` (Idaho) gives
  ``America/Boise`` and ``America/Los_Angeles``; exchange-level data narrows some
  of them (``+1 208 765`` is only ``America/Los_Angeles``);
- where no exchange-level data exists, a split area code may come back with one
  zone that is wrong for part of its area (``+1 270``, western Kentucky);
- a non-geographic number (toll-free, mobiles in countries whose mobiles are not
  tied to a region) gets every zone of its country: 42 for ``+1 800``, eight
  for an Australian mobile, four same-offset zones for a UK mobile;
- ported mobiles keep the prefix of their first home.

So a log's ``recipient_tz`` always wins over this guess, and checks treat the
guess as a set of candidates the send must suit all of (Reg F comment
6(b)(1)(i)-2).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

#: what phonenumbers answers when it knows nothing (invalid or unassigned number)
UNKNOWN_ZONE = "Etc/Unknown"


@lru_cache(maxsize=100_000)
def candidate_zones(e164: str) -> tuple[str, ...]:
    """IANA zones where the owner of ``e164`` may be, in phonenumbers' order.

    Empty when the number cannot be parsed or phonenumbers knows no zone for it
    (``Etc/Unknown`` is dropped). US area codes that span two zones give both
    (``+12085550100`` gives ``America/Boise`` and ``America/Los_Angeles``). This is
    a heuristic (see the module docstring): the log's ``recipient_tz`` overrides
    it.
    """
    # NOTE: phonenumbers costs ~0.5 s to import; only audits that resolve zones pay.
    import phonenumbers
    from phonenumbers import timezone

    # staging leaves every recipient in E.164: most need no parse (~30 µs each)
    plain = plain_number(e164)
    zones = timezone.time_zones_for_number(plain) if plain is not None else ()
    if not zones or zones == (UNKNOWN_ZONE,):
        # an invalid plain number (or one without zone data): parse decides
        try:
            number = phonenumbers.parse(e164, None)
        except phonenumbers.NumberParseException:
            return ()
        zones = timezone.time_zones_for_number(number)
    return tuple(zone for zone in zones if zone != UNKNOWN_ZONE)


def plain_number(e164: str) -> Any:
    """The ``PhoneNumber`` that ``+digits`` spells, built without ``parse`` (~30 µs).

    None unless ``e164`` is ``+`` and ASCII digits with a known country code and no
    leading zero after it. Such a number that is *valid* is exactly what
    ``phonenumbers.parse`` gives; anything else must still go through ``parse``,
    whose national-prefix rules apply (tests compare the two). Staging's phone
    check and :func:`candidate_zones` both rely on it.
    """
    import phonenumbers

    digits = e164[1:]
    if e164[:1] != "+" or not digits.isascii() or not digits.isdigit():
        return None
    for size in (1, 2, 3):
        code = int(digits[:size] or 0)
        if code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            national = digits[size:]
            if not national or national[0] == "0":
                return None
            return phonenumbers.PhoneNumber(
                country_code=code, national_number=int(national)
            )
    return None


def is_zone_name(name: object) -> bool:
    """True for an IANA zone name (``Asia/Shanghai``, ``UTC``, ``US/Eastern``).

    Checked against the tz database Python sees (the ``tzdata`` package where the
    system has none); DuckDB's ICU knows the same names.
    """
    return isinstance(name, str) and name in _zone_names()


@lru_cache(maxsize=1)
def _zone_names() -> frozenset[str]:
    import zoneinfo

    # "localtime" is a file some systems keep beside the zones, not a zone
    return frozenset(zoneinfo.available_timezones()) - {"localtime"}


def zone_option_problems(zone: object) -> list[str]:
    """A rule's ``zone`` option must name a real zone (``validate`` sentences)."""
    if isinstance(zone, str) and not is_zone_name(zone):
        return [
            f"zone: unknown time zone {zone!r} (use an IANA name such as"
            " America/New_York or Asia/Shanghai)"
        ]
    return []


__all__ = [
    "UNKNOWN_ZONE",
    "candidate_zones",
    "is_zone_name",
    "plain_number",
    "zone_option_problems",
]
