"""Reading a YAML catalog file into the positioned tree of :mod:`smslint.catalogtree`.

PyYAML composes the document (safe tags only); every node becomes a
:class:`~smslint.catalogtree.Node` at its start offset, and every string scalar gets
the file offset of each of its characters from :mod:`smslint.yamlscalars`. A document
PyYAML rejects becomes one :class:`~smslint.catalogtree.Problem`, its message scrubbed
of the file's content (PyYAML quotes what it found).
"""

from __future__ import annotations

import re

import yaml

from smslint.catalogtree import NESTED_TOO_DEEPLY, Node, Problem
from smslint.yamlscalars import yaml_scalar_offsets

_YAML_STR, _YAML_NULL = "tag:yaml.org,2002:str", "tag:yaml.org,2002:null"
# PyYAML quotes what it found; one character or a token name (<scalar>) is not content.
_QUOTED = re.compile(r"'([^']*)'")


def yaml_tree(text: str) -> Node | Problem | None:
    """The document's tree; a problem if it is not YAML; None if it is empty."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        detail = _QUOTED.sub(_scrub, error.problem or "syntax error")
        return Problem(mark.index if mark else 0, f"invalid YAML: {detail}")
    except yaml.reader.ReaderError as error:
        message = "invalid YAML: control characters are not allowed"
        return Problem(error.position, message)
    except RecursionError:
        return Problem(0, "invalid YAML: nested too deeply")
    if root is None:
        return None
    try:
        return _from_yaml(root, text, -1)
    except RecursionError:
        return Problem(0, NESTED_TOO_DEEPLY)


def _scrub(quoted: re.Match[str]) -> str:
    found = quoted.group(1)
    return quoted.group() if len(found) <= 2 or found.startswith("<") else "'...'"


def _from_yaml(node: yaml.Node, text: str, parent_column: int) -> Node:
    start, column = node.start_mark.index, node.start_mark.column
    if isinstance(node, yaml.MappingNode):
        pairs = [
            (_from_yaml(key, text, column), _from_yaml(value, text, column))
            for key, value in node.value
        ]
        return Node("map", pairs, start)
    if isinstance(node, yaml.SequenceNode):
        items = [_from_yaml(item, text, column) for item in node.value]
        return Node("seq", items, start)
    if node.tag == _YAML_STR:
        end, style = node.end_mark.index, node.style
        offsets = yaml_scalar_offsets(
            text, start, end, style, node.value, parent_column
        )
        return Node("str", node.value, start, offsets)
    return Node("null" if node.tag == _YAML_NULL else "scalar", node.value, start)
