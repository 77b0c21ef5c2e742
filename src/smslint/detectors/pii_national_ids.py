"""Recognizers for national numbers of the lending-app markets: India, Pakistan,
Indonesia, Nigeria, Malaysia, Macau.

Each number is named by the country's own word for it, which must occur in the few
words before the value (context): only the Aadhaar has a check digit (Verhoeff), and
even a valid one is a 12-digit number like many references, so a bare number is
never reported. What each recognizer checks:

* **Aadhaar** (India, UIDAI): 12 digits, grouped 4-4-4 or written together, the first
  2–9, the last a Verhoeff check digit over the other eleven.
* **CNIC** (Pakistan, NADRA): 13 digits written 5-7-1 with dashes ("35202-1456318-5"),
  the first (the province) 1–7. No check digit.
* **NIK** (Indonesia, the e-KTP's number): 16 digits: a province code, regency and
  district (6), the birth date DDMMYY (women add 40 to the day), a serial (4, not
  0000). No check digit; the province and the date are checked.
* **BVN** (Nigeria, Bank Verification Number): 11 digits starting 22. No check digit
  is published; only after "BVN".
* **MyKad** (Malaysia, JPN): 12 digits written YYMMDD-PB-###G ("850923-14-5081") or
  together: the birth date (a real one, 19xx or 20xx), the place-of-birth code (a
  state or a country group the registry issues), a serial whose last digit is odd
  for men. No check digit; the date and the place are checked, and only after "IC",
  "I/C", "NRIC", "MyKad", "Kad Pengenalan" or 身份證/身份证.
* **Macau resident ID** (BIR): 1, 5 or 7 and six digits, a check digit in
  parentheses ("1234567(8)", "5/123456/7"). The check digit's rule is not published:
  not verified, only after an ID word.

Masked forms ("XXXX XXXX 9156", "尾号0417") have too few digits to match, and none of
these is a number the sender owns.
"""

from __future__ import annotations

from smslint.detectors.pii_entities import (
    ID_CONTEXT,
    NATIONAL_ID,
    PiiPattern,
    Validator,
    fails,
)
from smslint.detectors.pii_validators import digits_of, plausible_birth_date

# digit boundaries: a digit look-behind, never \b (Chinese characters are word
# characters)
_START = r"(?<![0-9A-Za-z])"
_END = r"(?![0-9A-Za-z])"

# Verhoeff's dihedral-group tables
_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
    (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
    (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
    (4, 0, 1, 2, 3, 9, 5, 6, 7, 8),
    (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2),
    (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
    (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
    (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)
_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
    (1, 5, 7, 6, 2, 8, 3, 0, 9, 4),
    (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
    (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
    (9, 4, 5, 3, 1, 2, 6, 8, 7, 0),
    (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5),
    (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)


def verhoeff(number: str) -> bool:
    """The digits end in a valid Verhoeff check digit."""
    check = 0
    for i, digit in enumerate(reversed(number)):
        check = _D[check][_P[i % 8][int(digit)]]
    return check == 0


def aadhaar(text: str, _lang: str = "") -> bool:
    """India's Aadhaar: 12 digits, not starting 0 or 1, Verhoeff check digit."""
    digits = digits_of(text)
    return len(digits) == 12 and digits[0] not in "01" and verhoeff(digits)


# Indonesian province codes (Kode Wilayah, the NIK's first two digits)
_ID_PROVINCES = frozenset(
    "11 12 13 14 15 16 17 18 19 21 31 32 33 34 35 36 51 52 53 61 62 63 64 65 "
    "71 72 73 74 75 76 81 82 91 92 93 94 95 96 97".split()
)


def indonesian_nik(text: str, _lang: str = "") -> bool:
    """Indonesia's NIK: province, regency, district, DDMMYY (+40 for women), serial."""
    digits = digits_of(text)
    if len(digits) != 16 or digits[:2] not in _ID_PROVINCES:
        return False
    if digits[2:4] == "00" or digits[4:6] == "00" or digits[12:] == "0000":
        return False
    day, month = int(digits[6:8]), int(digits[8:10])
    if day > 40:
        day -= 40
    return 1 <= day <= 31 and 1 <= month <= 12


def pakistani_cnic(text: str, _lang: str = "") -> bool:
    """Pakistan's CNIC: 13 digits, the first (the province) 1–7."""
    digits = digits_of(text)
    return len(digits) == 13 and digits[0] in "1234567"


# Malaysian place-of-birth codes, the MyKad's 7th and 8th digits, as the National
# Registration Department (Jabatan Pendaftaran Negara) lists them in its "Kod Negeri"
# and "Kod Negara" tables (jpn.gov.my, informasi/kod-negeri and kod-negara): the
# states and federal territories 01-16 and again 21-59 (e.g. 01, 21-24 Johor; 14,
# 54-57 Kuala Lumpur), 82 for a state not known; country groups 60-68 (Brunei,
# Indonesia, Cambodia, Laos, Myanmar, the Philippines, Singapore, Thailand, Vietnam),
# 71-72 (abroad), 74-79 (China, India, Pakistan, Saudi Arabia, Sri Lanka,
# Bangladesh), 83-93 (regions of the world), 98 (stateless) and 99 (unspecified).
# 00, 17-20, 69-70, 73, 80-81 and 94-97 are not issued.
_MY_PLACES = frozenset(
    f"{n:02d}"
    for n in (
        *range(1, 17),
        *range(21, 60),
        *range(60, 69),
        71,
        72,
        *range(74, 80),
        *range(82, 94),
        98,
        99,
    )
)


def malaysian_nric(text: str, _lang: str = "") -> bool:
    """Malaysia's MyKad number: a real YYMMDD birth date and a place-of-birth code."""
    digits = digits_of(text)
    if len(digits) != 12 or digits[6:8] not in _MY_PLACES:
        return False
    year, month, day = int(digits[:2]), int(digits[2:4]), int(digits[4:6])
    return any(plausible_birth_date(c + year, month, day) for c in (1900, 2000))


AADHAAR_CONTEXT = ("aadhaar", "aadhar", "adhaar", "adhar", "uid", "uidai", "आधार")
CNIC_CONTEXT = ("cnic", "nic", "nadra", "shanakhti", "شناختی")
NIK_CONTEXT = ("nik", "ktp", "e-ktp", "ektp")
BVN_CONTEXT = ("bvn",)
# "IC 880514-10-5523", "I/C no.", "Kad Pengenalan", "NRIC", and in Malaysian Chinese
# 身份證 or "IC號碼"
MYKAD_CONTEXT = (
    "ic",
    "i/c",
    "nric",
    "mykad",
    "pengenalan",
    "身份證",
    "身份证",
    "身分證",
)
MACAU_CONTEXT = (
    "bir",
    *ID_CONTEXT,
    "澳门身份证",
    "澳門身份證",
    "居民身份证",
    "居民身份證",
)


def _labelled(
    name: str,
    regex: str,
    digits: tuple[int, int],
    context: tuple[str, ...],
    reject: Validator | None = None,
) -> PiiPattern:
    """A national number that counts only after its label (a context word): alone it
    scores under the report threshold."""
    return PiiPattern(
        name, NATIONAL_ID, regex, 0.4, reject=reject, context=context, digits=digits
    )


NATIONAL_ID_PATTERNS: tuple[PiiPattern, ...] = (
    _labelled(
        "in_aadhaar",
        rf"{_START}[2-9][0-9]{{3}}([ -]?)[0-9]{{4}}\1[0-9]{{4}}{_END}",
        digits=(12, 12),
        context=AADHAAR_CONTEXT,
        reject=fails(aadhaar),
    ),
    _labelled(
        "pk_cnic",
        rf"{_START}[1-7][0-9]{{4}}-[0-9]{{7}}-[0-9]{_END}",
        digits=(13, 13),
        context=CNIC_CONTEXT,
        reject=fails(pakistani_cnic),
    ),
    _labelled(
        "id_nik",
        rf"{_START}[1-9][0-9]{{15}}{_END}",
        digits=(16, 16),
        context=NIK_CONTEXT,
        reject=fails(indonesian_nik),
    ),
    _labelled(
        "ng_bvn",
        rf"{_START}22[0-9]{{9}}{_END}",
        digits=(11, 11),
        context=BVN_CONTEXT,
    ),
    _labelled(
        "my_nric",
        rf"{_START}[0-9]{{2}}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])(-?)[0-9]{{2}}"
        rf"\1[0-9]{{4}}{_END}",
        digits=(12, 12),
        context=MYKAD_CONTEXT,
        reject=fails(malaysian_nric),
    ),
    _labelled(
        "mo_id",
        rf"{_START}[157](?:[0-9]{{6}} ?\([0-9]\)|/[0-9]{{6}}/[0-9]){_END}",
        digits=(6, 8),
        context=MACAU_CONTEXT,
    ),
)
