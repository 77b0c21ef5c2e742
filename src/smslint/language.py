"""Template languages: normalizing declared codes and detecting undeclared ones.

smslint knows three languages: ``en``, ``zh-Hans`` and ``zh-Hant``. Detection is a
cheap script count; telling Simplified from Traditional asks OpenCC which characters
only exist in one script. OpenCC is imported on first use, so English-only runs never
load it.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

_ALIASES = {
    "en": "en",
    "zh": "zh-Hans",
    "zh-cn": "zh-Hans",
    "zh-sg": "zh-Hans",
    "zh-hans": "zh-Hans",
    "zh-tw": "zh-Hant",
    "zh-hk": "zh-Hant",
    "zh-mo": "zh-Hant",
    "zh-hant": "zh-Hant",
}

# Placeholder names are ASCII identifiers and must not count as English words.
_PLACEHOLDER = re.compile(
    r"\$\{[^{}]*\}|\{\{[^{}]*\}\}|\{[^{}]*\}|%\([^()]*\)[a-z]|%[sd]|#[^#\s]{1,40}#"
)
_LETTER = re.compile(r"[^\W\d_]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
# A Chinese message often carries a brand or "STOP"; this many Latin words stay Chinese.
_FEW_LATIN_WORDS = 2
_HAN_SHARE = 0.3


def normalize_language(code: str) -> str | None:
    """The canonical code of a declared language (``zh-TW``: ``zh-Hant``), else None."""
    return _ALIASES.get(code.strip().replace("_", "-").lower())


def detect_language(text: str) -> str:
    """``en``, ``zh-Hans`` or ``zh-Hant`` for a template's text."""
    text = _PLACEHOLDER.sub(" ", text)
    han = [ch for ch in text if _is_han(ch)]
    if not han:
        return "en"
    letters = len(_LETTER.findall(text))
    share = len(han) / letters
    if share < _HAN_SHARE and len(_LATIN_WORD.findall(text)) > _FEW_LATIN_WORDS:
        return "en"
    return _chinese_script(frozenset(han))


def _is_han(ch: str) -> bool:
    # Comparisons, not a regex: a character class this wide takes ~5 ms to compile.
    return (
        "\u4e00" <= ch <= "\u9fff"
        or "\u3400" <= ch <= "\u4dbf"
        or "\uf900" <= ch <= "\ufaff"
        or "\U00020000" <= ch <= "\U0003134f"
    )


def _chinese_script(han: frozenset[str]) -> str:
    """zh-Hant if more distinct characters are Traditional-only than Simplified-only."""
    to_simplified = _converter("t2s")
    traditional = sum(1 for ch in han if to_simplified.convert(ch) != ch)
    if not traditional:
        # Already zh-Hans: spare s2t, which loads a large phrase dictionary (~90 ms).
        return "zh-Hans"
    to_traditional = _converter("s2t")
    simplified = sum(1 for ch in han if to_traditional.convert(ch) != ch)
    return "zh-Hant" if traditional > simplified else "zh-Hans"


@cache
def _converter(config: str) -> Any:
    import opencc  # ~25 ms to import; only Chinese templates need it

    return opencc.OpenCC(config)
