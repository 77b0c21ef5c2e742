"""Source maps: offsets of decoded text back to file lines and columns."""

from __future__ import annotations

import pytest
import yaml

from smslint.sourcemap import (
    LineIndex,
    SourceMap,
    json_string_offsets,
    plain_text,
    yaml_scalar_offsets,
)


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


def test_json_string_offsets() -> None:
    source = r'{"k": "a\n\"\u4e2d\ud83d\ude00\ud83dz"}'
    start = source.index('"', 5)
    offsets = json_string_offsets(source, start)
    assert [source[i] for i in offsets] == ["a", "\\", "\\", "\\", "\\", "\\", "z"]
    assert offsets[4] == source.index(r"\ud83d")  # the pair is one character


YAML_DOCS = [
    "a: plain text\nb: \"dq \\n {x} \\u4e2d\"\nc: 'it''s'\n",
    "d: |\n  line1\n   more\n\n  line3\ne: >\n  fold\n  this\n\n  para\n    indented\n  back\n",
    "f: >-\n  x\n  y\n\ng: |+\n  keep\n\n\nh: plain\n  multi\n\n  line\n",
    'i: "dq multi\n  line \\\n  joined"\nj: &anc !!str\n  tagged\nk: |2\n    two\n   one\n',
    "l:\n  - |\n    seq block\n  - >1\n     x\n",
    '- - |\n    nested\n  - ok\n- {a: "flow, map", b: \'x\'}\n- [plain, "q"]\n',
    "|\n  root literal\n",
    'k: "tab\\there \\x41 \\U0001F600 \\"q\\" \\\\ \\/"\nz: \'multi\n\n   line single\'\n',
    'k: "trailing   "\nm: "  lead"\nn: >\n\n  after blank\n  x\n',
    "k: text\r\n  crlf cont\r\nm: |\r\n  a\r\n  b\r\n",
    'k: "line\u2028  separator"\nm: "next\x85  line"\n',
]


def _scalars(node: yaml.Node, parent_column: int = -1):  # type: ignore[no-untyped-def]
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield from _scalars(key, node.start_mark.column)
            yield from _scalars(value, node.start_mark.column)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _scalars(item, node.start_mark.column)
    else:
        yield node, parent_column


@pytest.mark.parametrize("doc", YAML_DOCS)
def test_yaml_scalars_map_to_their_source(doc: str) -> None:
    for node, parent_column in _scalars(yaml.compose(doc)):
        offsets = yaml_scalar_offsets(
            doc,
            node.start_mark.index,
            node.end_mark.index,
            node.style,
            node.value,
            parent_column,
        )
        assert len(offsets) == len(node.value)
        assert list(offsets) == sorted(set(offsets)), node.value  # not the fallback
        for char, offset in zip(node.value, offsets):
            assert (
                char == doc[offset]
                or doc[offset] in "\\\r\n\x85\u2028"
                or (char, doc[offset]) == ("'", "'")
            )


def test_yaml_fallback_points_at_the_scalar() -> None:
    doc = "k: abc\n"
    assert yaml_scalar_offsets(doc, 3, 6, None, "something else", -1) == (3,) * 14
