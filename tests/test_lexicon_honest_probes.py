"""Honest collection messages that fired, by class, and their violating twins.

Written on 2026-12-01 to probe the lexicons with what honest lenders send every day
(none is an evaluation message). Each class fired before its fix:

* **A reported scam message** is not the sender's threat: "ignore any texts claiming
  your family will be contacted" (``protective``: texts/messages/calls claiming, "not
  how we operate").
* **A visit only on the debtor's booking** is a service: "our field representative
  will only visit if you schedule an appointment" (``<visit_wanted>``).
* **A relative paying with the debtor's written consent** (需经您本人书面授权) states
  the debtor's choice, not pressure on the family.
* **An identity-theft victim told to report to the police** (身份被冒用的受害人，请向公安
  机关报案) is protective, as "if you are a victim of identity theft" is in English; the
  active accusation (你冒名贷款) is no victim's and stays found.

The violating twins of each stay found.
"""

from __future__ import annotations

import pytest
from conftest import lexicon_terms

CLEAN = [
    (
        "third_party",
        "en",
        "Please ignore any texts claiming your family will be contacted."
        " That is not how we operate.",
    ),
    (
        "threat",
        "en",
        "Messages claiming a warrant has been issued for your arrest are fake.",
    ),
    (
        "threat",
        "en",
        "Our field representative will only visit if you schedule an appointment.",
    ),
    ("threat", "en", "A counselor can visit your home by appointment."),
    ("third_party", "zh-Hans", "如您家人愿意代为还款，需经您本人书面授权后方可办理。"),
    ("third_party", "zh-Hant", "如您家人願意代為還款，須經您本人同意。"),
    (
        "impersonation",
        "zh-Hans",
        "如您是身份被冒用的受害人，请向公安机关报案并将回执发送给我们。",
    ),
    (
        "impersonation",
        "zh-Hant",
        "如您是身份被冒用的受害人，請向公安機關報案並將回執傳給我們。",
    ),
]

FOUND = [
    ("third_party", "en", "Your family will be contacted about this debt on Monday."),
    ("third_party", "en", "If you don't pay, your family will be contacted."),
    (
        "threat",
        "en",
        "Our field team will visit your home this weekend whether you like it or not.",
    ),
    ("third_party", "zh-Hans", "让你家人替你还，不然我们天天打电话。"),
    ("third_party", "zh-Hans", "你家人愿意代你还吗？我们已经跟他们说了。"),
    ("impersonation", "zh-Hans", "你冒名贷款的行为已被公安机关立案。"),
]


@pytest.mark.parametrize(("category", "lang", "text"), CLEAN)
def test_the_honest_message_stays_clean(category: str, lang: str, text: str) -> None:
    assert lexicon_terms(text, category, lang) == [], text


@pytest.mark.parametrize(("category", "lang", "text"), FOUND)
def test_its_violating_twin_is_found(category: str, lang: str, text: str) -> None:
    assert lexicon_terms(text, category, lang), text
