"""Jurisdiction scoping: a pack's rules judge only recipients in its countries.

A US pack's quiet hours must not judge a text to a Shanghai number, and a Chinese
pack's 22:00 limit must not judge a text to New York, yet one audit may apply both.
A recipient's country is its phone number's (``phonenumbers``' region). Record rules
see a ``records`` view narrowed to their countries; content findings are placed only
on rows whose recipient is in the rule's countries.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from smslint.logs.table import insert_columns

#: the unscoped table, once scoping is on
ALL_RECORDS = "all_records"


@lru_cache(maxsize=65536)
def region_of(e164: str) -> str | None:
    """ISO country of an E.164 number (``+1 212...`` -> ``US``), None if unknown."""
    import phonenumbers

    from smslint.detectors.timezones import plain_number

    number = plain_number(e164)  # what parse gives, when valid (no parse: ~30 µs)
    if number is None or not phonenumbers.is_valid_number(number):
        try:
            number = phonenumbers.parse(e164, None)
        except phonenumbers.NumberParseException:
            return None
    region = phonenumbers.region_code_for_number(number)
    return region if region and region != "ZZ" else None


class RegionScope:
    """Switches the ``records`` view between all rows and one rule's countries."""

    def __init__(self, con: Any) -> None:
        self._con = con
        rows = con.execute("SELECT DISTINCT recipient FROM records").fetchall()
        recipients = [recipient for (recipient,) in rows]
        con.execute(
            "CREATE TEMP TABLE recipient_regions (recipient VARCHAR, region VARCHAR)"
        )
        insert_columns(
            con,
            "recipient_regions",
            {"recipient": recipients, "region": [region_of(r) for r in recipients]},
        )
        con.execute(f"ALTER TABLE records RENAME TO {ALL_RECORDS}")
        self.narrow(())

    def narrow(self, countries: Sequence[str]) -> None:
        """``records`` becomes the rows sent to ``countries`` (all rows when empty)."""
        where = ""
        if countries:
            # country codes are validated ^[A-Z]{2}$ by the pack schema
            listed = ", ".join(f"'{c}'" for c in countries)
            where = (
                " WHERE recipient IN (SELECT recipient FROM recipient_regions"
                f" WHERE region IN ({listed}))"
            )
        self._con.execute(
            f"CREATE OR REPLACE VIEW records AS SELECT * FROM {ALL_RECORDS}{where}"
        )
