"""How many SMS segments a text needs: GSM 03.38 (GSM-7) versus UCS-2 encoding.

A text that uses only characters of the GSM 03.38 default alphabet and its extension
table is sent as GSM-7: 160 septets in a single SMS, 153 per segment once the message
is concatenated (the user data header takes the rest). Extension-table characters are
sent as an escape plus the character, so they cost two septets. A single character
outside that repertoire turns the whole message into UCS-2: 70 UTF-16 code units in a
single SMS, 67 per segment when concatenated; characters outside the Basic
Multilingual Plane (most emoji) are surrogate pairs and cost two units.

Handsets never split an escape pair or a surrogate pair across two segments, so such a
character that does not fit in what is left of a segment moves whole to the next one.

An empty text is 0 units in 1 segment: sending it still costs one SMS.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Encoding = Literal["gsm7", "ucs2"]

#: GSM 03.38 default alphabet in code order (0x00-0x7F), without 0x1B (the escape
#: to the extension table, not a character of its own).
GSM_BASIC = (
    "@£$¥èéùìòÇ\nØø\rÅå"
    "Δ_ΦΓΛΩΠΨΣΘΞÆæßÉ"
    " !\"#¤%&'()*+,-./"
    "0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNO"
    "PQRSTUVWXYZÄÖÑÜ§"
    "¿abcdefghijklmno"
    "pqrstuvwxyzäöñüà"
)

#: GSM 03.38 extension table: each is sent as escape + character (2 septets).
GSM_EXTENSION = "\f^{}\\[]~|€"

SINGLE_LIMIT: dict[Encoding, int] = {"gsm7": 160, "ucs2": 70}
MULTI_LIMIT: dict[Encoding, int] = {"gsm7": 153, "ucs2": 67}

# the stdlib engine scans a negated class about 5x faster than the regex module
_NON_GSM = re.compile("[^" + re.escape(GSM_BASIC + GSM_EXTENSION) + "]")
_GSM_EXTENSION_SET = frozenset(GSM_EXTENSION)


@dataclass(frozen=True)
class SegmentInfo:
    """The cost of one text.

    ``units`` are septets (GSM-7) or UTF-16 code units (UCS-2); ``per_segment`` is
    the capacity of each segment of this text: the single-SMS limit when it fits in
    one, the concatenated limit otherwise.
    """

    encoding: Encoding
    units: int
    segments: int
    per_segment: int


def first_non_gsm(text: str) -> str | None:
    """Return the first character that forces UCS-2, or None for a GSM-7 text."""
    match = _NON_GSM.search(text)
    return match.group() if match else None


def encoding_for(text: str) -> Encoding:
    """GSM-7 when every character is in GSM 03.38 (with extension), else UCS-2."""
    return "gsm7" if first_non_gsm(text) is None else "ucs2"


def char_units(char: str, encoding: Encoding) -> int:
    """Units one character costs: 2 for GSM extension or non-BMP UCS-2 characters."""
    if encoding == "gsm7":
        return 2 if char in _GSM_EXTENSION_SET else 1
    return 2 if ord(char) > 0xFFFF else 1


def count_units(text: str, encoding: Encoding) -> int:
    """Septets (GSM-7) or UTF-16 code units (UCS-2) needed for ``text``.

    For GSM-7 the text is taken to be encodable (see :func:`encoding_for`).
    """
    if encoding == "gsm7":
        return len(text) + sum(text.count(c) for c in GSM_EXTENSION)
    # a lone surrogate (a JSON log may carry one) is one unit, as a handset sends it
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def segments(text: str) -> SegmentInfo:
    """Encoding, units and number of segments ``text`` is sent as."""
    encoding = encoding_for(text)
    units = count_units(text, encoding)
    if units <= SINGLE_LIMIT[encoding]:
        return SegmentInfo(encoding, units, 1, SINGLE_LIMIT[encoding])
    per_segment = MULTI_LIMIT[encoding]
    if units == len(text):
        # every character costs one unit, so nothing can straddle a boundary
        count = -(-units // per_segment)
    else:
        count = _pack(text, encoding, per_segment)
    return SegmentInfo(encoding, units, count, per_segment)


def _pack(text: str, encoding: Encoding, per_segment: int) -> int:
    """Fill segments greedily; a two-unit character never straddles two segments."""
    count, used = 1, 0
    for char in text:
        cost = char_units(char, encoding)
        if used + cost > per_segment:
            count += 1
            used = 0
        used += cost
    return count
