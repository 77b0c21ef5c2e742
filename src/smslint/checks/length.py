"""Check kind ``length``: the worst-case message must fit in the allowed segments.

Each placeholder of a template is replaced by filler of its configured worst-case
length before counting, so a template is judged by the longest message it can
produce. Fillers are single-unit characters: ``x`` (GSM-7) for ordinary values, and
a BMP CJK character for placeholders listed in ``placeholder_unicode`` (names and
addresses may hold characters outside GSM 03.38, which turns the whole SMS into
UCS-2). Rendered log bodies have no placeholders and are counted as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

from smslint.checks import RunContext
from smslint.message import Message
from smslint.placeholders import Placeholder
from smslint.segments import Encoding, first_non_gsm, segments
from smslint.violations import Hit

KIND = "length"
SUMMARY = (
    "The message, with placeholders at their longest, needs too many SMS segments."
)

_LIMIT = {"type": "integer", "minimum": 1}

OPTIONS_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "max_segments": {
            "description": "Most segments allowed, for both encodings or per encoding.",
            "oneOf": [
                _LIMIT,
                {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["gsm7", "ucs2"],
                    "properties": {"gsm7": _LIMIT, "ucs2": _LIMIT},
                },
            ],
        },
        "placeholder_lengths": {
            "description": (
                "Worst-case length in characters per placeholder name (any case);"
                " 'default' covers the rest, positional placeholders included."
            ),
            "type": "object",
            "additionalProperties": {"type": "integer", "minimum": 0},
        },
        "placeholder_unicode": {
            "description": "Placeholders whose values may need UCS-2 (e.g. names).",
            "type": "array",
            "items": {"type": "string", "minLength": 1},
            "uniqueItems": True,
        },
    },
}

DEFAULT_PLACEHOLDER_LENGTH = 20

DEFAULTS: dict[str, Any] = {
    "max_segments": 3,
    "placeholder_lengths": {"default": DEFAULT_PLACEHOLDER_LENGTH},
    "placeholder_unicode": [],
}

GSM_FILLER = "x"
UNICODE_FILLER = "中"

_ENCODING_NAMES: dict[Encoding, str] = {"gsm7": "GSM-7", "ucs2": "UCS-2"}


def expand_placeholders(
    text: str,
    placeholders: Sequence[Placeholder],
    lengths: Mapping[str, int],
    unicode_names: Iterable[str] = (),
) -> str:
    """Replace each placeholder span with filler of its worst-case length.

    ``lengths`` maps lower-cased names to lengths and must have a ``default`` key;
    names in ``unicode_names`` (compared case-insensitively) get UCS-2 filler.
    """
    wide = {name.casefold() for name in unicode_names}
    out: list[str] = []
    pos = 0
    for ph in sorted(placeholders, key=lambda p: p.start):
        key = ph.name.casefold() if ph.name else None
        size = lengths.get(key, lengths["default"]) if key else lengths["default"]
        filler = UNICODE_FILLER if key in wide else GSM_FILLER
        out.append(text[pos : ph.start])
        out.append(filler * size)
        pos = ph.end
    out.append(text[pos:])
    return "".join(out)


def literal_text(text: str, placeholders: Sequence[Placeholder]) -> str:
    """The template's own text, placeholders left out (their syntax is not sent)."""
    return expand_placeholders(text, placeholders, {"default": 0})


def describe_char(char: str) -> str:
    """Show a character unambiguously, e.g. ``'á' (U+00E1)``, ``'\\xa0' (U+00A0)``."""
    return f"{char!r} (U+{ord(char):04X})"


def build(
    options: Mapping[str, Any], context: RunContext
) -> Callable[[Message], Iterator[Hit]]:
    """Compile the limits and placeholder lengths once; return the per-message check."""
    limit = options["max_segments"]
    limits: dict[str, int] = (
        {"gsm7": limit, "ucs2": limit} if isinstance(limit, int) else dict(limit)
    )
    lengths = {k.casefold(): v for k, v in options["placeholder_lengths"].items()}
    lengths.setdefault("default", DEFAULT_PLACEHOLDER_LENGTH)
    unicode_names = tuple(options["placeholder_unicode"])

    def check(message: Message) -> Iterator[Hit]:
        placeholders = message.placeholders
        expanded = expand_placeholders(
            message.text, placeholders, lengths, unicode_names
        )
        info = segments(expanded)
        if info.segments <= limits[info.encoding]:
            return
        culprit = first_non_gsm(literal_text(message.text, placeholders))
        yield Hit(
            args={
                "segments": info.segments,
                "limit": limits[info.encoding],
                "encoding": _ENCODING_NAMES[info.encoding],
                "units": info.units,
                "chars": len(expanded),
                "culprit": describe_char(culprit) if culprit else "",
                # NOTE: only worth saying when one stray character flipped a
                # Latin-script message; every Chinese character is "a culprit".
                "because": (
                    f"; UCS-2 because of {describe_char(culprit)}"
                    if culprit and message.lang == "en"
                    else ""
                ),
            }
        )

    return check
