"""GSM 03.38 repertoire, unit counting and segment boundaries."""

from __future__ import annotations

import pytest

from smslint.segments import (
    GSM_BASIC,
    GSM_EXTENSION,
    SegmentInfo,
    count_units,
    encoding_for,
    first_non_gsm,
    segments,
)

EMOJI = "\U0001f600"  # 😀, outside the BMP: a surrogate pair in UTF-16


def test_tables_have_the_03_38_sizes() -> None:
    # 128 code points minus the escape; 10 extension characters
    assert len(GSM_BASIC) == len(set(GSM_BASIC)) == 127
    assert sorted(GSM_EXTENSION) == sorted("\f^{}\\[]~|€")


@pytest.mark.parametrize(
    ("char", "encoding"),
    [
        ("é", "gsm7"),
        ("è", "gsm7"),
        ("É", "gsm7"),
        ("Ç", "gsm7"),
        ("ç", "ucs2"),
        ("á", "ucs2"),
        ("à", "gsm7"),
        ("ñ", "gsm7"),
        ("ß", "gsm7"),
        ("¤", "gsm7"),
        ("§", "gsm7"),
        ("Δ", "gsm7"),
        ("Ω", "gsm7"),
        ("\u2126", "ucs2"),  # OHM SIGN, not GREEK CAPITAL OMEGA
        ("€", "gsm7"),
        ("\f", "gsm7"),
        ("\n", "gsm7"),
        ("\t", "ucs2"),
        ("\x1b", "ucs2"),  # the escape itself is not a character
        ("\u00a0", "ucs2"),  # no-break space
        ("\u2019", "ucs2"),  # curly apostrophe
        ("`", "ucs2"),
        ("中", "ucs2"),
        (EMOJI, "ucs2"),
    ],
)
def test_encoding_of_single_characters(char: str, encoding: str) -> None:
    assert encoding_for(char) == encoding


def test_one_non_gsm_character_flips_the_whole_message() -> None:
    text = "Your balance is due today. Reply STOP to opt out"
    assert encoding_for(text) == "gsm7"
    flipped = text.replace("due", "dúe")
    assert encoding_for(flipped) == "ucs2"
    assert first_non_gsm(flipped) == "ú"
    assert first_non_gsm(text) is None


@pytest.mark.parametrize(
    ("text", "encoding", "units"),
    [
        ("", "gsm7", 0),
        ("abc", "gsm7", 3),
        ("{x}", "gsm7", 5),
        ("€5", "gsm7", 3),
        ("^{}\\[]~|€\f", "gsm7", 20),
        ("中文", "ucs2", 2),
        (EMOJI, "ucs2", 2),
        ("a" + EMOJI + "b", "ucs2", 4),
        ("{中}", "ucs2", 3),  # extension characters cost one unit in UCS-2
    ],
)
def test_count_units(text: str, encoding: str, units: int) -> None:
    assert count_units(text, encoding) == units  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", SegmentInfo("gsm7", 0, 1, 160)),
        ("a" * 160, SegmentInfo("gsm7", 160, 1, 160)),
        ("a" * 161, SegmentInfo("gsm7", 161, 2, 153)),
        ("a" * 306, SegmentInfo("gsm7", 306, 2, 153)),
        ("a" * 307, SegmentInfo("gsm7", 307, 3, 153)),
        ("a" * 459, SegmentInfo("gsm7", 459, 3, 153)),
        ("a" * 158 + "€", SegmentInfo("gsm7", 160, 1, 160)),
        ("a" * 159 + "€", SegmentInfo("gsm7", 161, 2, 153)),
        ("中" * 70, SegmentInfo("ucs2", 70, 1, 70)),
        ("中" * 71, SegmentInfo("ucs2", 71, 2, 67)),
        ("中" * 134, SegmentInfo("ucs2", 134, 2, 67)),
        ("中" * 135, SegmentInfo("ucs2", 135, 3, 67)),
        (EMOJI * 35, SegmentInfo("ucs2", 70, 1, 70)),
        (EMOJI * 36, SegmentInfo("ucs2", 72, 2, 67)),
        ("a" * 159 + "á", SegmentInfo("ucs2", 160, 3, 67)),
    ],
)
def test_segment_boundaries(text: str, expected: SegmentInfo) -> None:
    assert segments(text) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the escape pair fits exactly at the end of segment one
        ("a" * 151 + "€" + "a" * 153, 2),
        # it would straddle septets 153/154, so it moves whole to segment two:
        # 306 septets = 2 x 153, yet they need three segments
        ("a" * 152 + "€" + "a" * 152, 3),
        ("a" * 152 + "€" + "a" * 151, 2),
        # the same for a surrogate pair in UCS-2 (67 units per segment)
        ("中" * 65 + EMOJI + "中" * 67, 2),
        ("中" * 66 + EMOJI + "中" * 66, 3),
        ("中" * 66 + EMOJI + "中" * 65, 2),
    ],
)
def test_two_unit_characters_never_straddle_a_segment(text: str, count: int) -> None:
    assert segments(text).segments == count


def test_extension_characters_at_every_boundary() -> None:
    # 153 escape pairs: each segment holds 76 of them (152 septets) after the first
    text = "{" * 153
    info = segments(text)
    assert info.units == 306
    assert info.segments == 3  # 76 + 76 + 1 pairs


def test_a_lone_surrogate_is_one_ucs2_unit_not_a_crash() -> None:
    """A JSON log can carry "\\ud800"; the length check must count it, not raise."""
    assert segments("abc\ud800") == SegmentInfo("ucs2", 4, 1, 70)
    assert segments("中\udfff" * 40).units == 80
