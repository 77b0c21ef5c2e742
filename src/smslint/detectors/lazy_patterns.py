"""Regular expressions compiled on first use rather than at import.

A pre-commit hook starts a fresh process for every commit, and compiling the dozens
of patterns the PII and normalization modules hold took ~0.1 s of its 0.5 s budget,
while a clean template needs only a few of them. :func:`lazy` returns a stand-in
that compiles its pattern the first time a method is called and then binds the
compiled pattern's methods onto itself, so later calls cost what a compiled
pattern's do.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, cast

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "split")


class LazyPattern:
    """A pattern compiled on first use; see :func:`lazy`."""

    def __init__(
        self, pattern: str | bytes | Callable[[], str], flags: int = 0
    ) -> None:
        self.pattern = pattern
        self.flags = flags

    def compiled(self) -> re.Pattern[Any]:
        if callable(self.pattern):  # a pattern that is itself costly to write
            self.pattern = self.pattern()
        compiled = re.compile(self.pattern, self.flags)
        for name in _METHODS:
            setattr(self, name, getattr(compiled, name))
        return compiled

    def __reduce__(self) -> tuple[object, tuple[object, int]]:
        # pickled as written, never compiled: a pattern unpickles without compiling,
        # compiled or not before (smslint.cache keeps tables that hold some)
        return LazyPattern, (self.pattern, self.flags)

    def __getattr__(self, name: str) -> Any:
        # reached only while a method is not bound yet
        if name in _METHODS:
            return getattr(self.compiled(), name)
        raise AttributeError(name)


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done when the pattern is first used."""
    return cast("re.Pattern[str]", LazyPattern(pattern, flags))


def lazy_bytes(pattern: bytes, flags: int = 0) -> re.Pattern[bytes]:
    """:func:`lazy` for a bytes pattern."""
    return cast("re.Pattern[bytes]", LazyPattern(pattern, flags))


def lazy_built(build: Callable[[], str], flags: int = 0) -> re.Pattern[str]:
    """:func:`lazy` for a pattern whose text ``build()`` writes, also on first use."""
    return cast("re.Pattern[str]", LazyPattern(build, flags))
