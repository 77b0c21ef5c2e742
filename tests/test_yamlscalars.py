"""YAML scalars: offsets of decoded characters back to the file."""

from __future__ import annotations

import pytest
import yaml

from smslint.yamlscalars import yaml_scalar_offsets

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
        for char, offset in zip(node.value, offsets, strict=True):
            assert (
                char == doc[offset]
                or doc[offset] in "\\\r\n\x85\u2028"
                or (char, doc[offset]) == ("'", "'")
            )


def test_yaml_fallback_points_at_the_scalar() -> None:
    doc = "k: abc\n"
    assert yaml_scalar_offsets(doc, 3, 6, None, "something else", -1) == (3,) * 14
