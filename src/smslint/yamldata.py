"""Reading smslint's own YAML data files (lexicons, normalizer tables, PII terms).

YAML lets a mapping repeat a key, and PyYAML keeps the last value without a word: a
second ``你: [妳]`` in the homophone table silently dropped the first ``你: [亻尔]``.
These files are edited by hand, entry by entry, so a repeated key is always a mistake;
:func:`load_data` refuses it with both lines. (Policy packs have their own loader,
:mod:`smslint.policy.yamlmarks`, which also keeps every node's position.)
"""

from __future__ import annotations

from typing import IO, Any

import yaml

_BASE: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(_BASE):  # type: ignore[misc, valid-type]
    """The safe loader (C-accelerated when built), refusing repeated mapping keys."""

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        if isinstance(node, yaml.MappingNode):
            seen: dict[Any, int] = {}
            for key_node, _ in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    continue  # merge keys and complex keys: PyYAML's own checks
                key = self.construct_object(key_node)
                line = key_node.start_mark.line + 1
                if key in seen:
                    raise yaml.constructor.ConstructorError(
                        None,
                        None,
                        f"repeated key {key!r} (first on line {seen[key]})",
                        key_node.start_mark,
                    )
                seen[key] = line
        return super().construct_mapping(node, deep=deep)


def load_data(stream: str | bytes | IO[str] | IO[bytes]) -> Any:
    """One YAML document, safely; a repeated mapping key raises ``yaml.YAMLError``."""
    return yaml.load(stream, Loader=_UniqueKeyLoader)  # noqa: S506 - a safe loader
