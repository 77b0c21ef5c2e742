"""The text a check looks at: a template or a rendered log body, with its language."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from smslint.placeholders import Placeholder, find_placeholders


@dataclass(frozen=True)
class Message:
    """One message text and what is known about it.

    ``lang`` is one of ``en``, ``zh-Hans``, ``zh-Hant`` (declared or detected).
    ``is_template`` says whether placeholders should be parsed (log bodies are
    already rendered, so ``{`` there is just a character).
    """

    text: str
    lang: str
    is_template: bool = True

    @cached_property
    def placeholders(self) -> tuple[Placeholder, ...]:
        if not self.is_template:
            return ()
        return tuple(find_placeholders(self.text))
