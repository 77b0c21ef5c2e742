"""JSON catalogs: offsets of decoded JSON strings back to the file."""

from __future__ import annotations

from smslint.jsoncatalog import json_string_offsets


def test_json_string_offsets() -> None:
    source = r'{"k": "a\n\"\u4e2d\ud83d\ude00\ud83dz"}'
    start = source.index('"', 5)
    offsets = json_string_offsets(source, start)
    assert [source[i] for i in offsets] == ["a", "\\", "\\", "\\", "\\", "\\", "z"]
    assert offsets[4] == source.index(r"\ud83d")  # the pair is one character
