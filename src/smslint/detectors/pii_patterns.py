"""The PII recognizer table: patterns, scores, validators and context words, as data.

One table feeds both passes. The fast pass (:mod:`smslint.detectors.pii`) runs the
patterns with the ``regex`` module; the presidio adapter wraps each entry as a
``PatternRecognizer`` (presidio compiles patterns with ``regex`` too), so a pattern
matches the same span in both. ``regex`` rather than ``re`` because it is presidio's
engine and because ``\\K`` lets a context-bound pattern ("your wife Lisa") report only
the value while keeping its cue in the pattern; separate ``regex`` patterns were also
faster than ``re`` in the feasibility spike.

Scores follow presidio's rules: ``validate`` true sets 1.0 and false drops the match;
``reject`` true drops it; otherwise the base ``score`` stands and a context word in the
few words before the match adds 0.35. Entries whose score stays below 0.5 without
context (a bare 9-digit number, a long digit run) are reported only with context.

Every digit boundary is a digit look-around, never ``\\b``: Chinese characters count
as word characters, so ``\\b`` never fires between 号 and a digit.
"""

from __future__ import annotations

from smslint.detectors import pii_validators as v
from smslint.detectors.pii_entities import (
    ACCOUNT_CONTEXT,
    BANK_ACCOUNT,
    CARD_NUMBER,
    CN_RESIDENT_ID,
    EMAIL_ADDRESS,
    HK_ID,
    ID_CONTEXT,
    NATIONAL_ID,
    PHONE_CONTEXT,
    PHONE_NUMBER,
    SSN_CONTEXT,
    TW_ID,
    US_SSN,
    PiiPattern,
    Validator,
    fails,
)
from smslint.detectors.pii_national_ids import NATIONAL_ID_PATTERNS
from smslint.detectors.pii_phrases import PHRASE_PATTERNS

_DATE6 = r"[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])"
# digit boundaries: a digit look-behind, never \b
_START = r"(?<![0-9])"
# what a phone number starts with, as a lookahead: ``regex`` then skips to those
# characters, where behind the opening lookbehind it tries every position (3x
# slower on a whole text, as presidio runs the pattern)
PHONE_AHEAD = r"(?=[+(0-9])"


def _numeric(
    name: str,
    entity: str,
    regex: str,
    score: float,
    digits: tuple[int, int],
    *,
    validate: Validator | None = None,
    reject: Validator | None = None,
    context: tuple[str, ...] = (),
    letters_before: bool = False,
) -> PiiPattern:
    return PiiPattern(
        name,
        entity,
        regex,
        score,
        validate=validate,
        reject=reject,
        context=context,
        digits=digits,
        letters_before=letters_before,
    )


NUMBER_PATTERNS: tuple[PiiPattern, ...] = (
    _numeric(
        "cn_resident_id",
        CN_RESIDENT_ID,
        # any grouping of single spaces, dashes or dots; the validator checks the date
        rf"{_START}[1-9](?:[ .-]?[0-9]){{16}}[ .-]?[0-9Xx](?![0-9])",
        0.5,
        (17, 18),
        validate=v.cn_resident_id,
        context=ID_CONTEXT,
    ),
    # first-generation IDs have no check digit: only with context
    _numeric(
        "cn_resident_id_15",
        CN_RESIDENT_ID,
        rf"{_START}[1-9][0-9]{{5}}{_DATE6}[0-9]{{3}}(?![0-9])",
        0.3,
        (15, 15),
        reject=fails(v.cn_legacy_id),
        context=ID_CONTEXT,
    ),
    _numeric(
        "hk_id",
        HK_ID,
        r"(?<![A-Za-z0-9])[A-Z]{1,2}[0-9]{6} ?\([0-9A]\)",
        0.5,
        (6, 7),
        validate=v.hk_id,
        context=ID_CONTEXT,
        letters_before=True,
    ),
    # without the parentheses a letter and 7 digits is often a reference: context needed
    _numeric(
        "hk_id_plain",
        HK_ID,
        r"(?<![A-Za-z0-9])[A-Z]{1,2}[0-9]{6}[0-9A](?![A-Za-z0-9(])",
        0.3,
        (6, 7),
        reject=fails(v.hk_id),
        context=ID_CONTEXT,
        letters_before=True,
    ),
    # one random letter+9 digits in ten passes the check digit: reported, but not at 1.0
    _numeric(
        "tw_id",
        TW_ID,
        r"(?<![A-Za-z0-9])[A-Z][12][0-9]{8}(?![A-Za-z0-9])",
        0.6,
        (9, 9),
        reject=fails(v.tw_id),
        context=ID_CONTEXT,
        letters_before=True,
    ),
    # Singapore NRIC/FIN: as tw_id, one code in eleven passes the check letter
    _numeric(
        "sg_nric",
        NATIONAL_ID,
        r"(?<![A-Za-z0-9])[STFG][0-9]{7}[A-Z](?![A-Za-z0-9])",
        0.6,
        (7, 7),
        reject=fails(v.sg_nric),
        context=ID_CONTEXT,
        letters_before=True,
    ),
    _numeric(
        "us_ssn",
        US_SSN,
        r"(?<![0-9-])[0-9]{3}([- ])[0-9]{2}\1[0-9]{4}(?![0-9-])",
        0.5,
        (9, 9),
        reject=fails(v.us_ssn),
        context=SSN_CONTEXT,
    ),
    # dotted like a version number ("219.44.7301"): reported with an SSN word only
    _numeric(
        "us_ssn_dotted",
        US_SSN,
        r"(?<![0-9.])[0-9]{3}\.[0-9]{2}\.[0-9]{4}(?![0-9]|\.[0-9])",
        0.3,
        (9, 9),
        reject=fails(v.us_ssn),
        context=SSN_CONTEXT,
    ),
    _numeric(
        "us_ssn_plain",
        US_SSN,
        rf"{_START}[0-9]{{9}}(?![0-9])",
        0.3,
        (9, 9),
        reject=fails(v.us_ssn),
        context=SSN_CONTEXT,
    ),
    # 13–19 digits in any grouping of single spaces, dashes or dots
    _numeric(
        "card",
        CARD_NUMBER,
        rf"{_START}[0-9](?:[ .-]?[0-9]){{12,18}}(?![0-9])",
        0.5,
        (13, 19),
        validate=v.card_number,
    ),
    _numeric(
        "bank_account",
        BANK_ACCOUNT,
        rf"{_START}[0-9](?:[ -]?[0-9]){{7,19}}(?![0-9])",
        0.2,
        (8, 20),
        reject=v.bank_account_rejected,
        context=ACCOUNT_CONTEXT,
    ),
    # a loose candidate (7–17 digits, + ( ) . - and space) that phonenumbers judges
    _numeric(
        "phone",
        PHONE_NUMBER,
        PHONE_AHEAD + r"(?<![0-9A-Za-z+])(?:\+ ?)?\(?[0-9]"
        r"(?:[0-9]|[ .-][0-9]|\) ?[0-9]| ?\([0-9]){6,16}(?![0-9])",
        0.5,
        (7, 17),
        reject=fails(v.phone_number),
        context=PHONE_CONTEXT,
    ),
)

EMAIL_PATTERN = PiiPattern(
    "email",
    EMAIL_ADDRESS,
    # domain labels may be internationalized ("correo.españa.es"); the TLD is ASCII
    # letters or punycode, so a Chinese word right after ".com" is not swallowed
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@"
    r"(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.){1,8}"
    r"(?:[A-Za-z]{2,24}|xn--[A-Za-z0-9-]{2,59})"
    r"(?![A-Za-z0-9-])",
    0.5,
    validate=v.email_address,
    cues=("@",),
)

# an address spelled out to slip past filters: "jdoe(at)gmail.com", "jdoe at gmail dot
# com". A bracketed "(at)" may take plain dots; a bare " at " needs a spelled " dot ",
# so "reach us at acmeloans.com" is not read as a mailbox.
_LOCAL = r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_SPELLED_DOT = r"(?:\s*[\[(]\s*(?i:dot)\s*[\])]\s*|\s+(?i:dot)\s+)"
_ANY_DOT = rf"(?:\.|{_SPELLED_DOT})"
_TLD = r"[A-Za-z]{2,24}(?![A-Za-z0-9-])"

SPELLED_EMAIL_PATTERN = PiiPattern(
    "email_spelled",
    EMAIL_ADDRESS,
    rf"{_LOCAL}(?:\s*[\[(]\s*(?i:at)\s*[\])]\s*(?:{_LABEL}{_ANY_DOT}){{1,8}}"
    rf"|\s+(?i:at)\s+(?:{_LABEL}{_ANY_DOT}){{0,7}}{_LABEL}{_SPELLED_DOT}){_TLD}",
    0.5,
    validate=v.spelled_email_address,
    cues=("(at)", "[at]", "( at )", "[ at ]", " dot ", "(dot)", "[dot]"),
)

# Other countries' national numbers, named by their label: a Kenyan "ID No. 28917734",
# a Nigerian "NIN: 12345678901", an Aadhaar, a UK National Insurance number, an Irish
# PPS number, a Canadian SIN, a Pakistani CNIC, a Malaysian MyKad. No checksum is
# shared, so the label is what counts: a bare "ID" needs "No."/"number"/"#", and a
# customer, member, loan or transaction ID is a reference, not a person's.
_NOT_A_PERSONS_ID = (
    r"(?<!(?i:customer|member|user|loan|account|acct|client|transaction|txn|order"
    r"|reference|ref|employee|staff|student|tracking|case|login|application|payment"
    r"|merchant|device|batch|session|invoice|caller|sender|agent|ticket|contract"
    r"|policy|claim|request|booking|confirmation)[\s-])"
)
_ID_LABEL = (
    rf"(?<![A-Za-z]){_NOT_A_PERSONS_ID}"
    r"(?:(?i:national\s+id(?:entity)?(?:\s+card)?|national\s+identity\s+(?:card|number)"
    r"|id\s+card|identity\s+card|aadhaa?r(?:\s+card)?|voter'?s?\s+id"
    r"|national\s+insurance(?:\s+number)?|social\s+insurance(?:\s+number)?"
    r"|ni\s+number|pps(?:n|\s+number)?|tax\s+file\s+number|personnummer"
    r"|passport(?:\s+(?:number|no\.?))?|burgerservicenummer)"
    r"|(?i:mykad)|(?-i:NIN|NID|NRIC|NINO|SIN|PPS|PPSN|CNIC|NIC|TFN|PAN|BSN)"
    r"|(?i:id|identity|identification)(?=\s*(?i:no\.?|number|num|#)))"
    r"(?:\s*(?i:no\.?|number|num|#))?"
    # "SIN on file: 527 189 336", "NID 4613578209 recorded with us"
    r"(?:\s*(?i:is|of|:|#|-|\.|,|on\s+file|on\s+record|as))*"
    # in prose, after a label no other number takes (never "passport" or "ID": "bring
    # your passport, call 0412 …"), a few words between: "the PPSN you gave on the
    # form, 6473021C", "your TFN appears on page 2 as 462 193 855"
    r"(?:(?<=NINO|PPSN|TFN|BSN|SIN|NIN|NID|nummer)[^.!?\n]{1,60}?(?:\s|,|:))??\s*\K"
)
_ID_VALUE = (
    r"(?:[0-9](?:[ -]?[0-9]){6,13}"
    # a UK National Insurance number ("QQ 12 34 56 C"), an Irish PPS ("1234567FA")
    r"|[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]"
    r"|[0-9]{7}[A-W][A-IW]?"
    # a passport number: "N4821937"; a Swedish personnummer: "19850712-4835"
    r"|[A-Z][0-9]{7,8}|(?:19|20)[0-9]{6}-[0-9]{4}"
    # a Ugandan NIN: "CF88042101HK7W"; an Indian PAN: "AKQPR4821M"
    r"|C[FM][0-9]{8}[0-9A-Z]{4}|[A-Z]{3}[ABCFGHLJPT][A-Z][0-9]{4}[A-Z])(?![0-9A-Za-z])"
)
LABELLED_ID_PATTERN = PiiPattern(
    "national_id_labelled",
    NATIONAL_ID,
    _ID_LABEL + _ID_VALUE,
    0.6,
    cues=(
        "id no",
        "id number",
        "id num",
        "id#",
        "id #",
        "id card",
        "identity",
        "identification",
        "national id",
        "nin ",
        "nin:",
        "nid ",
        "nid:",
        "tfn",
        "tax file",
        "passport",
        "personnummer",
        "bsn",
        "ppsn",
        "pan ",
        "pan:",
        "nin#",
        "nric",
        "cnic",
        "nic ",
        "nic:",
        "nic#",
        "mykad",
        "aadhaar",
        "aadhar",
        "voter",
        "insurance",
        "ni number",
        "nino",
        "sin ",
        "sin:",
        "sin#",
        "pps",
    ),
)

PATTERNS: tuple[PiiPattern, ...] = (
    *NUMBER_PATTERNS,
    LABELLED_ID_PATTERN,
    *NATIONAL_ID_PATTERNS,
    EMAIL_PATTERN,
    SPELLED_EMAIL_PATTERN,
    *PHRASE_PATTERNS,
)
