"""Source maps: offsets of decoded text back to file lines and columns."""

from __future__ import annotations

from smslint.sourcemap import LineIndex, SourceMap, plain_text


def test_line_index_handles_every_line_ending() -> None:
    lines = LineIndex("ab\ncd\r\nef\rgh")
    assert [lines.position(i) for i in (0, 2, 3, 5, 7, 9, 10, 11)] == [
        (1, 1), (1, 3), (2, 1), (2, 3), (3, 1), (3, 3), (4, 1), (4, 2),
    ]  # fmt: skip


def test_source_map_runs() -> None:
    lines = LineIndex("x = 'a\\nb'\nyz")
    source_map = SourceMap.from_offsets(lines, [5, 6, 8, 11, 12])
    assert source_map.run_starts == (0, 2, 3)
    assert [source_map.position(i) for i in range(5)] == [
        (1, 6),
        (1, 7),
        (1, 9),
        (2, 1),
        (2, 2),
    ]
    assert source_map.position(None) == (1, 6)
    assert source_map.position(5) == (2, 3)  # just past the end
    assert source_map.position(-1) == (1, 6)


def test_plain_text_normalizes_line_breaks() -> None:
    text, offsets = plain_text("a\r\nb\rc\nd", 0, 8)
    assert text == "a\nb\nc\nd"
    assert offsets == (0, 1, 3, 4, 5, 6, 7)
