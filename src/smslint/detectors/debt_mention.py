"""Does a message mention the debt? ("Your payment is overdue", "您的欠款已逾期")

Telling anyone but the debtor that a debt exists is what third-party rules forbid
(FDCPA 1692c(b), 1692b(2): a location request "shall not state that such consumer
owes any debt"; CONC 7.9.6R; 《商业银行信用卡业务监督管理办法》 Art. 68). A message to a
third party that only asks for a call back, "Hi, please ask Tom to call us at
800-555-0100 about an important personal matter", mentions no debt.

Terms are data, per language (``debt_terms``). The message and the terms both go
through :func:`smslint.normalize.normalize`, so "欠 款", "逾期" in Traditional
characters, "0verdue" and "p-a-y-m-e-n-t" are seen through. English terms are whole
words with all their inflections ("owe" finds owes, owed, owing; "pay" finds paid);
a multi-word term also matches run together ("past-due" normalizes to "pastdue").
Chinese terms match anywhere, Chinese having no spaces.

``amount_terms`` are words that mention the debt only next to a money amount: an
"account" may be a bank account or a user login, "due" is also "due to the weather",
and "Bill" is a name; "your account has $1,250.00 due" and "账户金额 5000元" do
mention it. "Next to" is "in the same message": SMS are short, and a collector's
message that names both an account and a sum is about the money.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from smslint.detectors.opt_out_replies import INFLECTED, alternation, inflected
from smslint.normalize import Normalized, Normalizer

#: a sum of money: a currency sign or code before digits, or a unit after them (a
#: number is read from its first digit only, so a long run of digits stays linear)
MONEY = re.compile(
    r"(?:[$¥£€₹]|\b(?:usd|rmb|cny|hkd|gbp|eur)\s?)\s?\d"
    r"|(?<![\d,.])\d(?:[,.]?\d)*+\s?"
    r"(?:元|块|万元|美元|港币|dollars?\b|usd\b|rmb\b|bucks\b)",
    re.IGNORECASE,
)


class DebtMention:
    """Compiled debt vocabulary; call it with a message text.

    ``terms`` and ``amount_terms`` map a language (``en``, ``zh``...) to its entries.
    Every language's terms are looked for in every message (a message may mix
    scripts). The call returns the vocabulary entry found first, or ``None``.
    """

    def __init__(
        self,
        terms: Mapping[str, Sequence[str]],
        amount_terms: Mapping[str, Sequence[str]] | None = None,
        normalizer: Callable[[str], Normalized] | None = None,
    ) -> None:
        self._normalizer = normalizer or Normalizer()
        self._terms, self._pattern = self._compile(terms)
        self._amount_terms, self._amount_pattern = self._compile(amount_terms or {})

    def __call__(self, text: str) -> str | None:
        normalized = self._normalizer(text).text
        match = self._pattern.search(normalized)
        if match:
            return self._terms[_key(match.group())]
        match = self._amount_pattern.search(normalized)
        if match and MONEY.search(normalized):
            return self._amount_terms[_key(match.group())]
        return None

    def _compile(
        self, terms: Mapping[str, Sequence[str]]
    ) -> tuple[dict[str, str], re.Pattern[str]]:
        """Every form of every entry, and one regex for them all.

        The regex lets the words of a form be spaced in any way or run together
        ("past due", "pastdue" from "past-due"), so forms are keyed without spaces.
        """
        forms: dict[str, str] = {}
        by_key: dict[str, str] = {}
        for lang, entries in terms.items():
            for entry in entries:
                for form in self._forms(entry, lang):
                    forms.setdefault(form, entry)
                    by_key.setdefault(_key(form), entry)
        return by_key, re.compile(alternation(forms))

    def _forms(self, entry: str, lang: str) -> Iterable[str]:
        base = " ".join(self._normalizer(entry).text.split())
        return inflected(base) if lang in INFLECTED else {base}


def _key(text: str) -> str:
    return "".join(text.split())


__all__ = ["MONEY", "DebtMention"]
