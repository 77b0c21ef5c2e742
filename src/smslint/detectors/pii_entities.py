"""What the PII detector reports: entity names, their option keys, context words.

Context words raise a match's score when they occur in the few words before it
(presidio's context enhancement, emulated by the fast pass). English entries are
single lowercase words because presidio compares them with one token's lemma; Chinese
entries are whole words that the presidio adapter's segmenter keeps as one token.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

# Entity names (presidio's ``entity_type``), in precedence order: when two findings
# overlap with the same score, the earlier entity wins.
CN_RESIDENT_ID = "CN_RESIDENT_ID"
HK_ID = "HK_ID"
TW_ID = "TW_ID"
US_SSN = "US_SSN"
NATIONAL_ID = "NATIONAL_ID"  # another country's, named by its label
CARD_NUMBER = "CARD_NUMBER"
BANK_ACCOUNT = "BANK_ACCOUNT"
EMAIL_ADDRESS = "EMAIL_ADDRESS"
PHONE_NUMBER = "PHONE_NUMBER"
DATE_OF_BIRTH = "DATE_OF_BIRTH"
STREET_ADDRESS = "STREET_ADDRESS"
EMPLOYER = "EMPLOYER"
RELATIVE_NAME = "RELATIVE_NAME"

#: entity -> the key packs use in the ``entities`` option
ENTITY_KIND: dict[str, str] = {
    CN_RESIDENT_ID: "national_id",
    HK_ID: "national_id",
    TW_ID: "national_id",
    US_SSN: "national_id",
    NATIONAL_ID: "national_id",
    CARD_NUMBER: "card",
    BANK_ACCOUNT: "bank_account",
    EMAIL_ADDRESS: "email",
    PHONE_NUMBER: "phone",
    DATE_OF_BIRTH: "birth_date",
    STREET_ADDRESS: "address",
    EMPLOYER: "employer",
    RELATIVE_NAME: "relative",
}
KINDS: tuple[str, ...] = tuple(dict.fromkeys(ENTITY_KIND.values()))
PRECEDENCE: dict[str, int] = {entity: i for i, entity in enumerate(ENTITY_KIND)}
#: entities made of digits: amounts, dates, masks and reference labels excuse them
NUMERIC = frozenset(
    {
        CN_RESIDENT_ID,
        HK_ID,
        TW_ID,
        US_SSN,
        NATIONAL_ID,
        CARD_NUMBER,
        BANK_ACCOUNT,
        PHONE_NUMBER,
    }
)
#: the sender may publish its own: hotline, e-mail, office address, payee account
SENDER_OWNABLE = frozenset({PHONE_NUMBER, EMAIL_ADDRESS, STREET_ADDRESS, BANK_ACCOUNT})

ID_CONTEXT = tuple(
    "id identity identification hkid nric 身份证 身份證 身分證 身份证号 身份證號 "
    "身分證號 身份证号码 身份證號碼 身分證字號 证件号 證件號 证件号码 證件號碼 "
    "身份号码".split()
)
SSN_CONTEXT = tuple("ssn ss# social 社会安全号码 社會安全號碼".split())
ACCOUNT_CONTEXT = tuple(
    "account accounts acct a/c iban routing 账号 帐号 賬號 帳號 账户 帐户 賬戶 "
    "帳戶 卡号 卡號 银行卡 銀行卡 银行账户 銀行帳戶 开户行 開戶行".split()
)
PHONE_CONTEXT = tuple(
    "phone mobile cell cellphone tel telephone 手机 手機 电话 電話 手机号 手機號 "
    "联系方式 聯繫方式 聯絡方式".split()
)
ADDRESS_CONTEXT = tuple(
    "address live lives living reside resides residence home 住址 地址 家住 住在 居住 "
    "户籍 戶籍 家庭住址 现住址 現住址".split()
)

Validator = Callable[[str, str], bool]


def fails(check: Validator) -> Validator:
    """A ``reject`` test: true when ``check`` does not pass."""

    def rejected(text: str, lang: str) -> bool:
        return not check(text, lang)

    rejected.__name__ = f"not_{check.__name__}"
    return rejected


@dataclass(frozen=True)
class PiiPattern:
    """One recognizer: a pattern and how to score what it matches.

    ``validate`` (matched text, message language) true scores 1.0, false drops the
    match; ``reject`` true drops it. The fast pass uses the gates to skip patterns
    that cannot match: a ``digits`` pattern (the fewest and most digits it matches)
    runs only around a run of six or more digits that can hold such a match, and
    only where the run touches an ASCII letter if ``letters_before``; a pattern
    with ``cues`` runs only when one of them (lowercase literals) occurs in the text.
    """

    name: str
    entity: str
    regex: str
    score: float
    validate: Validator | None = None
    reject: Validator | None = None
    context: tuple[str, ...] = ()
    flags: int = 0
    digits: tuple[int, int] | None = None
    letters_before: bool = False
    cues: tuple[str, ...] = ()


@dataclass(frozen=True)
class PiiFinding:
    """A span of personal data: character offsets, entity, confidence (0–1)."""

    start: int
    end: int
    entity: str
    score: float
