"""Template languages: normalizing declared codes and detecting undeclared ones.

smslint knows three languages: ``en``, ``zh-Hans`` and ``zh-Hant``. Detection is a
cheap script count; telling Simplified from Traditional counts the characters that
exist in one script only, by OpenCC's tables. Those are precomputed for every Han
character (:mod:`smslint.script_chars`), so detection never builds an OpenCC converter
(``s2t`` alone loads a large phrase dictionary, ~90 ms) and never imports OpenCC.
"""

from __future__ import annotations

import functools
import re

from smslint.script_chars import script_chars

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
    if text.isascii():
        return "en"  # most English bodies: no need to look at each character
    text = _PLACEHOLDER.sub(" ", text)
    han = _han_pattern().findall(text)
    if not han:
        return "en"
    # letters are at most the whole text: most Chinese texts need no letter count
    if len(han) < _HAN_SHARE * len(text):
        share = len(han) / len(_LETTER.findall(text))
        if share < _HAN_SHARE and len(_LATIN_WORD.findall(text)) > _FEW_LATIN_WORDS:
            return "en"
    return _chinese_script(frozenset(han))


def _is_han(ch: str) -> bool:
    return _han_pattern().fullmatch(ch) is not None


@functools.cache
def _han_pattern() -> re.Pattern[str]:
    # Compiled on the first non-ASCII text only: a class this wide takes ~5 ms to
    # compile, which English-only pre-commit runs should not pay. The blocks of
    # smslint.script_chars.HAN_RANGES (a test checks they agree).
    return re.compile("[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\U00020000-\U0003134f]")


def _chinese_script(han: frozenset[str]) -> str:
    """zh-Hant if more distinct characters are Traditional-only than Simplified-only.

    Traditional-only: OpenCC ``t2s`` changes it; Simplified-only: ``s2t`` does.
    """
    traditional_only, simplified_only = script_chars()
    traditional = len(han & traditional_only)
    simplified = len(han & simplified_only)
    return "zh-Hant" if traditional > simplified else "zh-Hans"
