"""Generate the fictitious identifiers used in the evaluation set, with valid checksums.

Every number printed here is synthetic: the birth dates, sequence numbers and account
digits are chosen by hand or drawn from a seeded generator, and the card numbers are the
networks' published test numbers or random Luhn-completed numbers on test-style
prefixes.
They look real to a checksum-aware detector, which is the point: a detector that
validates checksums must accept them.

    python corpora/eval/make_ids.py            # print a fresh batch (seeded, so stable)
    python corpora/eval/make_ids.py --check N  # validate one number and say what it is

``build.py`` imports the validators below to check every identifier the messages carry.
"""

from __future__ import annotations

import argparse
import random
import re

# --- China: resident identity card (GB 11643-1999), MOD 11-2 --------------------------

CN_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CN_CHECK = "10X98765432"


def cn_check_digit(first17: str) -> str:
    """The 18th character of a resident ID whose first 17 digits are ``first17``."""
    if not re.fullmatch(r"\d{17}", first17):
        raise ValueError("need 17 digits")
    total = sum(int(d) * w for d, w in zip(first17, CN_WEIGHTS, strict=True))
    return CN_CHECK[total % 11]


def cn_id(area: str, birth: str, seq: str) -> str:
    """``area`` 6 digits, ``birth`` YYYYMMDD, ``seq`` 3 digits (odd = male)."""
    first17 = f"{area}{birth}{seq}"
    return first17 + cn_check_digit(first17)


def cn_id_valid(value: str) -> bool:
    value = value.upper()
    return (
        bool(re.fullmatch(r"\d{17}[\dX]", value))
        and cn_check_digit(value[:17]) == value[17]
    )


# --- Taiwan: national identification number -------------------------------------------

TW_LETTERS = {
    "A": 10,
    "B": 11,
    "C": 12,
    "D": 13,
    "E": 14,
    "F": 15,
    "G": 16,
    "H": 17,
    "I": 34,
    "J": 18,
    "K": 19,
    "L": 20,
    "M": 21,
    "N": 22,
    "O": 35,
    "P": 23,
    "Q": 24,
    "R": 25,
    "S": 26,
    "T": 27,
    "U": 28,
    "V": 29,
    "W": 32,
    "X": 30,
    "Y": 31,
    "Z": 33,
}


def tw_id(letter: str, first8: str) -> str:
    """``letter`` + ``first8`` (first digit 1 male, 2 female) + check digit."""
    n = TW_LETTERS[letter]
    total = (
        n // 10
        + (n % 10) * 9
        + sum(int(d) * w for d, w in zip(first8, range(8, 0, -1), strict=True))
    )
    return f"{letter}{first8}{(10 - total % 10) % 10}"


def tw_id_valid(value: str) -> bool:
    value = value.upper()
    return (
        bool(re.fullmatch(r"[A-Z][12]\d{8}", value))
        and tw_id(value[0], value[1:9]) == value
    )


# --- Hong Kong: identity card ---------------------------------------------------------


def hk_id(letter: str, digits: str) -> str:
    """``letter`` + six ``digits`` + (check), single-letter form."""
    total = (
        36 * 9
        + (ord(letter) - 55) * 8
        + sum(int(d) * w for d, w in zip(digits, range(7, 1, -1), strict=True))
    )
    check = (11 - total % 11) % 11
    return f"{letter}{digits}({'A' if check == 10 else check})"


def hk_id_valid(value: str) -> bool:
    m = re.fullmatch(r"([A-Z])(\d{6})\(?([\dA])\)?", value.upper())
    return bool(m) and hk_id(m.group(1), m.group(2)).replace("(", "").replace(
        ")", ""
    ) == (m.group(1) + m.group(2) + m.group(3))


# --- Payment cards: Luhn --------------------------------------------------------------


def luhn_ok(number: str) -> bool:
    digits = [int(d) for d in re.sub(r"\D", "", number)]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return len(digits) >= 12 and total % 10 == 0


def luhn_complete(prefix: str) -> str:
    """``prefix`` plus the one check digit that makes it Luhn-valid."""
    for d in "0123456789":
        if luhn_ok(prefix + d):
            return prefix + d
    raise AssertionError("unreachable")


def random_card(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + "".join(
        rng.choice("0123456789") for _ in range(length - len(prefix) - 1)
    )
    return luhn_complete(body)


# --- US Social Security numbers -------------------------------------------------------


def ssn_valid(value: str) -> bool:
    """Structurally valid SSN: area 001-899 but not 666, group 01-99, serial 0001-9999.

    The advertising numbers 987-65-4320..4329 fall in 9xx and so are already excluded;
    the famous 078-05-1120 and 219-09-9999 are excluded by name.
    """
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", value)
    if not m:
        return False
    area, group, serial = m.groups()
    if area in ("000", "666") or area >= "900" or group == "00" or serial == "0000":
        return False
    return f"{area}-{group}-{serial}" not in (
        "078-05-1120",
        "219-09-9999",
        "123-45-6789",
    )


def random_ssn(rng: random.Random) -> str:
    while True:
        area, group, serial = (
            rng.randint(1, 899),
            rng.randint(1, 99),
            rng.randint(1, 9999),
        )
        value = f"{area:03d}-{group:02d}-{serial:04d}"
        if ssn_valid(value):
            return value


# --- The batch used by the evaluation set ---------------------------------------------

#: (area code, birth date, sequence). Area codes are real province/city prefixes with
#: made-up birth dates and sequence numbers; none is meant to belong to a person.
CN_SEEDS = [
    ("110105", "19880314", "023"),
    ("310104", "19920707", "186"),
    ("440305", "19950221", "417"),
    ("320102", "19790930", "058"),
    ("510107", "20010115", "332"),
    ("330106", "19861104", "271"),
    ("420111", "19930618", "449"),
    ("610113", "19840502", "095"),
    ("350203", "19901225", "562"),
    ("370202", "19770811", "713"),
    ("500103", "19980403", "604"),
    ("130102", "19821019", "137"),
    ("430104", "19910927", "881"),
    ("210202", "19870126", "306"),
    ("450103", "19960808", "227"),
    ("360102", "19890512", "148"),
    ("120101", "19750303", "009"),
    ("530102", "19990630", "518"),
    ("410105", "19830219", "766"),
    ("220102", "19940911", "390"),
]

TW_SEEDS = [
    ("A", "12345670"),
    ("F", "22013846"),
    ("B", "18840293"),
    ("E", "27719405"),
    ("H", "10562231"),
    ("R", "20981753"),
]
HK_SEEDS = [("K", "283510"), ("Y", "604127"), ("C", "915863"), ("P", "447082")]

CARD_TEST_NUMBERS = [
    "4111111111111111",  # Visa test
    "4012888888881881",  # Visa test
    "5555555555554444",  # Mastercard test
    "5105105105105100",  # Mastercard test
    "378282246310005",  # Amex test
    "6011111111111117",  # Discover test
    "3530111333300000",  # JCB test
    "6200000000000005",  # UnionPay test
]


def batch(seed: int = 20260130) -> dict[str, list[str]]:
    rng = random.Random(seed)
    cards = list(CARD_TEST_NUMBERS)
    for prefix, length in (
        ("622202", 19),
        ("621700", 19),
        ("625807", 16),
        ("436742", 16),
        ("4716", 16),
        ("5425", 16),
        ("622848", 19),
        ("6259", 16),
    ):
        cards.append(random_card(rng, prefix, length))
    return {
        "cn_id": [cn_id(*s) for s in CN_SEEDS],
        "tw_id": [tw_id(*s) for s in TW_SEEDS],
        "hk_id": [hk_id(*s) for s in HK_SEEDS],
        "card": cards,
        "ssn": [random_ssn(rng) for _ in range(12)],
    }


def classify(value: str) -> list[str]:
    compact = re.sub(r"[\s\-]", "", value)
    found = []
    if cn_id_valid(compact):
        found.append("cn_id")
    if tw_id_valid(compact):
        found.append("tw_id")
    if hk_id_valid(compact):
        found.append("hk_id")
    if compact.isdigit() and 13 <= len(compact) <= 19 and luhn_ok(compact):
        found.append("card")
    if ssn_valid(value.strip()):
        found.append("ssn")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", metavar="VALUE")
    args = parser.parse_args()
    if args.check:
        kinds = classify(args.check)
        print(", ".join(kinds) if kinds else "no valid identifier")
        return
    for kind, values in batch().items():
        print(f"[{kind}]")
        for v in values:
            print(" ", v)


if __name__ == "__main__":
    main()
