"""Placeholder syntaxes in SMS templates: ``{name}``, ``{{ name }}``, ``${name}``, ..."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator


@dataclass(frozen=True)
class Placeholder:
    """One placeholder occurrence.

    ``name`` is the variable name as written (``None`` for positional ``%s``);
    ``index`` is the position for ``{1}``-style placeholders; ``start``/``end`` are
    character offsets of the whole placeholder (``{{ name }}`` included, the currency
    ``$`` before it excluded); ``syntax`` names the style (``brace``, ``double_brace``,
    ``dollar_brace``, ``percent_s``, ``percent_named``, ``hash``, ``positional``).
    """

    name: str | None
    syntax: str
    start: int
    end: int
    index: int | None = None


def find_placeholders(text: str) -> Iterator[Placeholder]:
    raise NotImplementedError  # being written (placeholders helper)
