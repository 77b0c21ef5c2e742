"""Check kind ``learned``: a message reads like a violation, though no phrase matched.

The lexicons know phrases; veiled wording is open-ended ("Catch you at the school gate
at three", "最近天黑得早，你下班那条小路不太安全"), and no list reaches another writer's
paraphrase. The message model (:mod:`smslint.detectors.message_model`) weighs every
n-gram of the whole message, and on blind held-out sets it finds a share of what the
lexicons miss (``corpora/models/README.md``). A rule of this kind names one lexicon
category (``label``) and reports a message when:

- the shipped lexicon has no finding of that category in it (those are the
  ``lexicon`` rules' to report, with their span), and
- the model gives the message at least ``threshold`` probability of that category.

The finding concerns the whole message, so it has no span; its message arguments are
``probability`` and ``words``, the message's words that weighed most towards the
category (never digits: they would be the message's own numbers).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from smslint.checks import RunContext
from smslint.checks.lexicon import shipped_hits, shipped_model
from smslint.detectors.lexicon_entries import CATEGORIES
from smslint.message import Message
from smslint.violations import Hit

KIND = "learned"
SUMMARY = (
    "The message reads like a threat, shaming, impersonation or third-party talk to"
    " the shipped message model, though no lexicon phrase matched."
)

OPTIONS_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "additionalProperties": False,
    "required": ["label"],
    "properties": {
        "label": {
            "enum": list(CATEGORIES),
            "description": "The content category the rule reports.",
        },
        "threshold": {
            "description": "The least probability of the category, per the message "
            "model, that the rule reports.",
            "type": "number",
            "exclusiveMinimum": 0,
            "maximum": 1,
        },
    },
}

#: fixed before the model was scored on any held-out set (corpora/models/README.md)
DEFAULTS: dict[str, Any] = {"threshold": 0.8}

#: words shown as the reasons of a finding
REASONS = 3


def build(
    options: Mapping[str, Any], context: RunContext
) -> Callable[[Message], Iterator[Hit]]:
    """The check: the model's opinion where the shipped lexicon found nothing."""
    label: str = options["label"]
    threshold: float = options["threshold"]
    lexicon_hits = shipped_hits(context)

    def check(message: Message) -> Iterator[Hit]:
        if not message.text or lexicon_hits(message.text).get(label):
            return iter(())
        model = context.detector("message-model", shipped_model)
        normalized = lexicon_hits.normalized.plain_text
        probability = model.probability(normalized, label)
        if probability < threshold:
            return iter(())
        words = model.reasons(normalized, label, REASONS)
        return iter(
            [Hit(args={"probability": f"{probability:.2f}", "words": ", ".join(words)})]
        )

    return check
