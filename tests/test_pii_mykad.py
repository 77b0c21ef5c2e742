"""``pii_text``: Malaysian MyKad numbers after their label, and account numbers after
"a/c" (spaCy splits the slash, so presidio missed the context word)."""

from __future__ import annotations

import pytest
from conftest import pii_found as found

from smslint.detectors import pii_national_ids as n

# --- Malaysian MyKad ----------------------------------------------------------------


def test_mykad_date_and_place_of_birth() -> None:
    assert n.malaysian_nric("850923-14-5081")  # Kuala Lumpur
    assert not n.malaysian_nric("020229-10-5082")  # 2002 (nor 1902) is no leap year
    assert n.malaysian_nric("000229-10-5082")  # 29 Feb 2000
    assert n.malaysian_nric("850923-74-5081")  # born in China
    assert not n.malaysian_nric("851323-14-5081")  # month 13
    assert not n.malaysian_nric("850931-14-5081")  # 31 September
    assert not n.malaysian_nric("850923-00-5081")  # no such place code
    assert not n.malaysian_nric("850923-18-5081")  # 17-20 are not issued
    assert not n.malaysian_nric("850923-70-5081")


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        (
            "Encik Razak, IC 850923-14-5081 ada dalam rekod kami.",
            "en",
            "850923-14-5081",
        ),
        ("Your I/C no. 771231-08-5567 is on the agreement.", "en", "771231-08-5567"),
        ("MyKad: 900101-01-1236, pay by Friday.", "en", "900101-01-1236"),
        ("Kad Pengenalan 900101011236 sudah kami simpan.", "en", "900101011236"),
        ("林先生，你身份證 850923-14-5081 我哋有晒。", "zh-Hant", "850923-14-5081"),
        ("你的IC号码 771231-08-5567 我们已经登记。", "zh-Hans", "771231-08-5567"),
    ],
)
def test_mykad_after_its_label(text: str, lang: str, value: str) -> None:
    assert (value, "national_id") in found(text, lang), found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("IC 851323-14-5081 on the form is wrong.", "en"),  # no such month
        ("IC 850923-18-5081 on the form is wrong.", "en"),  # no such place code
        ("Invoice 850923-14-5081 is due.", "en"),  # no label
        ("身份證後四位5081已核對。", "zh-Hant"),  # masked
    ],
)
def test_not_a_mykad(text: str, lang: str) -> None:
    assert [f for f in found(text, lang) if f[1] == "national_id"] == []


# --- an account number after "a/c" ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Penang Bank a/c 220145778893 is on our file.", "220145778893"),
        ("Your savings A/C 330912457781 was debited.", "330912457781"),
    ],
)
def test_an_account_after_a_slash_c(text: str, value: str) -> None:
    assert (value, "bank_account") in found(text, "en"), found(text, "en")
