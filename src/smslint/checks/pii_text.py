"""Kind ``pii_text``: personal data written into the message text itself.

Finds national and resident ID numbers (mainland, Hong Kong, Taiwan, Singapore, US
SSN; other countries' by their label, "ID No. 12345678", "NIN", "Aadhaar", "CNIC";
after their own word an Aadhaar with its Verhoeff digit, a CNIC, an Indonesian NIK
with its birth date, a Nigerian BVN, a Macau ID, a Malaysian MyKad with its birth
date and place-of-birth code),
card and bank account numbers, phone numbers, e-mail and street addresses, and dates
of birth, employers and relatives' names by their context ("your wife Lisa",
"你妈妈王芳", "令堂陳美玲女士", "在XX公司上班"). IDs, cards and phones are
validated (check digits, Luhn, ``phonenumbers``). The debtor's name, amounts, due
dates, masked values (``ending 4471``, ``尾号3821``, ``138****5678``), the sender's
own hotline, site and address, and reference or contract numbers are allowed.

A fast pass looks at every message; presidio-analyzer, running offline on blank
spaCy pipelines with smslint's own recognizers, scores only the messages where the
fast pass found something (see :mod:`smslint.detectors.pii`).

Options::

    entities: [national_id, card, bank_account, phone, email, address,
               birth_date, employer, relative]   # what to report (default: all)
    allowed_values: []   # the sender's own numbers, e-mail domains, addresses
    min_score: 0.5       # presidio-style confidence needed to report
    use_presidio: true   # false: report the fast pass alone (faster, less precise)

Each hit spans the value; its args are ``what`` (e.g. "a card number"), ``entity``
(the option key) and ``score``. Hits are ``sensitive``: evidence is masked.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smslint.checks import CheckFn, RunContext
from smslint.detectors.pii import DeepAnalyzer, PiiDetector
from smslint.detectors.pii_entities import ENTITY_KIND, KINDS
from smslint.detectors.pii_table import PatternTable
from smslint.message import Message
from smslint.violations import Hit

KIND = "pii_text"
SUMMARY = "Personal data written into the text: IDs, cards, accounts, contacts, kin"

#: option key -> the human label rule messages use
WHAT: dict[str, str] = {
    "national_id": "a national or resident ID number",
    "card": "a card number",
    "bank_account": "a bank account number",
    "phone": "a phone number",
    "email": "an email address",
    "address": "a street address",
    "birth_date": "a date of birth",
    "employer": "an employer",
    "relative": "a relative's name",
}

OPTIONS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "entities": {
            "type": "array",
            "items": {"enum": list(KINDS)},
            "uniqueItems": True,
        },
        "allowed_values": {
            "type": "array",
            "items": {"type": "string", "minLength": 1},
        },
        "min_score": {"type": "number", "minimum": 0, "maximum": 1},
        "use_presidio": {"type": "boolean"},
    },
    "additionalProperties": False,
}
DEFAULTS: dict[str, Any] = {
    "entities": list(KINDS),
    "allowed_values": [],
    "min_score": 0.5,
    "use_presidio": True,
}


def build(options: Mapping[str, Any], context: RunContext) -> CheckFn:
    """Compile the detector for the rule's options; return the per-message check."""
    kinds = set(options["entities"])
    detector = PiiDetector(
        # the table and presidio are shared by every pii_text rule of the run
        context.detector("pii_patterns", PatternTable),
        entities={entity for entity, kind in ENTITY_KIND.items() if kind in kinds},
        allowed_values=options["allowed_values"],
        min_score=options["min_score"],
        deep=context.detector("presidio", DeepAnalyzer)
        if options["use_presidio"]
        else None,
    )

    def check(message: Message) -> Iterator[Hit]:
        for f in detector.find(message.text, message.lang):
            kind = ENTITY_KIND[f.entity]
            args = {"what": WHAT[kind], "entity": kind, "score": round(f.score, 2)}
            yield Hit(f.start, f.end, args, sensitive=True)

    return check
