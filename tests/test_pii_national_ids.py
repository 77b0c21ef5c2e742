"""National numbers of the lending-app markets (:mod:`pii_national_ids`).

Each is reported only after its own word (Aadhaar, CNIC, NIK, BVN, 澳門身份證); the
Aadhaar's Verhoeff digit, the CNIC's province digit and the NIK's province and birth
date are checked; masked forms and the same digits under a reference label are not
reported.
"""

from __future__ import annotations

import pytest
from conftest import pii_found as found

from smslint.detectors import pii_national_ids as n


def test_verhoeff_check_digit() -> None:
    assert n.verhoeff("2363") and not n.verhoeff("2364")
    assert n.aadhaar("2345 6789 0124") and n.aadhaar("4982-7730-9151")
    assert not n.aadhaar("2345 6789 0125")  # wrong check digit
    assert not n.aadhaar("1345 6789 0124")  # Aadhaar never starts 0 or 1


def test_nik_province_and_birth_date() -> None:
    assert n.indonesian_nik("3275061203890417")  # a man born 12 March 1989
    assert n.indonesian_nik("3275065203890417")  # a woman: day + 40
    assert not n.indonesian_nik("3275063503890417")  # day 35
    assert not n.indonesian_nik("3275061213890417")  # month 13
    assert not n.indonesian_nik("9975061203890417")  # no such province
    assert not n.indonesian_nik("3275061203890000")  # serial 0000


def test_cnic_province_digit() -> None:
    assert n.pakistani_cnic("42101-1234567-1")
    assert not n.pakistani_cnic("92101-1234567-1")


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        (
            "Your friend's adhar no 234567890124 has been shared with us.",
            "en",
            "234567890124",
        ),
        (
            "Aadhaar card of your son is with us, number 4982 7730 9151.",
            "en",
            "4982 7730 9151",
        ),
        (
            "Uska UID 5678 1234 9877 sab contacts ko bhej diya hai.",
            "en",
            "5678 1234 9877",
        ),
        (
            "Your brother's CNIC is 42101-1234567-1, tell him to pay.",
            "en",
            "42101-1234567-1",
        ),
        ("Bhai ka NIC 61101-7654321-3 hamare paas hai.", "en", "61101-7654321-3"),
        (
            "Her NIK 3275065203890417 is on our list, she ran away.",
            "en",
            "3275065203890417",
        ),
        (
            "Data KTP kamu: 3174011507920003, semua kontak sudah tahu.",
            "en",
            "3174011507920003",
        ),
        ("His BVN 22198765432 has been flagged to every bank.", "en", "22198765432"),
        ("何先生澳門身份證號碼1234567(8)已登記在案。", "zh-Hant", "1234567(8)"),
        ("你嘅身份證 5/123456/7 我哋已經有晒。", "zh-Hant", "5/123456/7"),
    ],
)
def test_named_national_numbers_are_reported(text: str, lang: str, value: str) -> None:
    assert (value, "national_id") in found(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the Aadhaar's word, but the check digit is wrong
        ("Aadhaar card of your son is with us, number 4982 7730 9152.", "en"),
        # masked, or only the last digits
        ("Aadhaar: XXXX XXXX 9156 is linked to your loan.", "en"),
        ("Aadhaar ending 9156 is linked to your loan.", "en"),
        ("Your NIK ending 0417 has been verified.", "en"),
        # the same digits without the country's word, or under a reference label
        ("Ref 2345 6789 0124 for your payment.", "en"),
        ("Transaction 42101-1234567-1 received, thank you.", "en"),
        ("Order 3275061203890417 has shipped.", "en"),
        ("Call 22198765432 for the recovery desk.", "en"),
        ("合約編號1234567(8)，請於月底前還款。", "zh-Hant"),
        # a NIK's word with a number that is no NIK (day 35)
        ("NIK 3275063503890417 tidak valid, mohon cek lagi.", "en"),
    ],
)
def test_unnamed_masked_or_invalid_numbers_are_not(text: str, lang: str) -> None:
    assert [f for f in found(text, lang) if f[1] == "national_id"] == []
