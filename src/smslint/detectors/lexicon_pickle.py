"""How a compiled lexicon pickles for the cache: what a run may never read, apart.

A pre-commit run loads the compiled matcher from :mod:`smslint.cache` on every
commit, so what it unpickles counts. Unpickling all ~1,700 entries with their
thousands of surface forms took ~10 ms, while a message looks at a handful:
:class:`LazyEntries` stores each as its own pickle. The full automaton and the
meaning of each of its keys took over half the rest, and a message none of whose
triggers matches never reads them: :class:`PickledLexicon` unpickles them on first
use, the meanings from ``marshal``, which reads nested tuples twice as fast.
"""

from __future__ import annotations

import gc
import marshal
import pickle
from collections.abc import Sequence
from typing import Any

from smslint.detectors.lexicon_entries import Entry


class LazyEntries:
    """A pickled matcher's entries, each unpickled when first looked at.

    Unpickling all ~1,700 entries with their thousands of surface forms takes ~10 ms,
    two thirds of loading a cached matcher, while a message looks at a handful.
    """

    __slots__ = ("_blobs", "_items")

    def __init__(self, entries: Sequence[Entry]) -> None:
        self._items: list[Entry | None] = list(entries)
        self._blobs: tuple[bytes, ...] = ()

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index: int) -> Entry:
        entry = self._items[index]
        if entry is None:
            entry = self._items[index] = pickle.loads(self._blobs[index])
        return entry

    def __reduce__(self) -> tuple[object, tuple[tuple[bytes, ...]]]:
        protocol = pickle.HIGHEST_PROTOCOL
        blobs = tuple(pickle.dumps(self[i], protocol) for i in range(len(self)))
        return _unpickled_entries, (blobs,)


def _unpickled_entries(blobs: tuple[bytes, ...]) -> LazyEntries:
    entries = LazyEntries(())
    entries._items = [None] * len(blobs)
    entries._blobs = blobs
    return entries


#: what an unpickled matcher loads on first use
_DEFERRED = ("_full", "_meanings", "_screens", "_bounds")
_PROTOCOL = pickle.HIGHEST_PROTOCOL


class PickledLexicon:
    """The pickling of :class:`~smslint.detectors.lexicon_compile.CompiledLexicon`.

    Subclasses hold ``_entries``, ``_sets``, ``_last`` and the attributes in
    ``_DEFERRED``.
    """

    _entries: Sequence[Entry]

    def __getstate__(self) -> dict[str, object]:
        """What the cache keeps: the deferred part apart (see the module).

        The phrase sets served the build only; the one-text memory belongs to a run.
        """
        state = {
            name: value
            for name, value in self.__dict__.items()
            if name not in _DEFERRED and name != "_sets"
        }
        full, meanings, screens, bounds = (getattr(self, n) for n in _DEFERRED)
        state["_deferred"] = pickle.dumps(
            (pickle.dumps(full, _PROTOCOL), marshal.dumps((meanings, screens)), bounds),
            _PROTOCOL,
        )
        return {**state, "_last": None, "_entries": LazyEntries(self._entries)}

    def __getattr__(self, name: str) -> Any:
        # reached only for a missing attribute: a deferred one of an unpickled matcher
        deferred = self.__dict__.get("_deferred")
        if name not in _DEFERRED or deferred is None:
            raise AttributeError(name)
        collecting = gc.isenabled()
        gc.disable()  # thousands of small objects at once: see smslint.cache
        try:
            full, coded_meanings, bounds = pickle.loads(deferred)
            meanings, screens = marshal.loads(coded_meanings)
            self.__dict__.update(
                _full=pickle.loads(full),
                _meanings=meanings,
                _screens=screens,
                _bounds=bounds,
                _deferred=None,
            )
        finally:
            if collecting:
                gc.enable()
        return self.__dict__[name]
