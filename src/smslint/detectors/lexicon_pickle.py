"""How a compiled lexicon pickles for the cache: what a run may never read, apart.

A pre-commit run loads the compiled matcher from :mod:`smslint.cache` on every
commit, so what it unpickles counts. Unpickling all ~7,000 entries with their
thousands of surface forms took tens of milliseconds, while a message looks at a
handful: :class:`LazyEntries` stores each as its own pickle. The full automaton and the
meaning of each of its keys took over half the rest, and a message none of whose
triggers matches never reads them: :class:`PickledLexicon` unpickles them on first
use, the meanings from ``marshal``, which reads nested tuples twice as fast.

The large byte strings (the entries' pickles, the deferred part) are
:class:`pickle.PickleBuffer` objects: :mod:`smslint.cache` keeps them outside the
pickle and hands them back as views of its memory-mapped file, so the ~25 MB a run
does not use is never read.
"""

from __future__ import annotations

import dataclasses
import gc
import io
import marshal
import pickle
from collections.abc import Sequence
from itertools import accumulate
from typing import Any

from smslint.detectors.lexicon_entries import Entry

_PROTOCOL = pickle.HIGHEST_PROTOCOL


class LazyEntries:
    """A pickled matcher's entries, each unpickled when first looked at.

    Unpickling all ~7,000 entries with their thousands of surface forms takes tens of
    milliseconds, most of loading a cached matcher, while a message looks at a
    handful. A set that several entries hold (a lexicon file's exceptions, its lawful
    contexts) is pickled once, not once per entry: per entry it made the cache file
    ~50 MB instead of ~25 MB, and every entry a run unpickled got a copy of its own
    (an audit's memory grew with each entry its messages touched).
    """

    __slots__ = ("_blobs", "_ends", "_items", "_shared")

    def __init__(self, entries: Sequence[Entry]) -> None:
        self._items: list[Entry | None] = list(entries)
        #: every entry's pickle, one after the other, and where each ends
        self._blobs: bytes | memoryview = b""
        self._ends: Sequence[int] = ()
        #: the sets the blobs refer to, pickled until an entry first needs them
        self._shared: tuple[frozenset[Any], ...] | bytes | memoryview = ()

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index: int) -> Entry:
        entry = self._items[index]
        if entry is None:
            if not isinstance(self._shared, tuple):
                self._shared = pickle.loads(self._shared)
            start = self._ends[index - 1] if index else 0
            blob = self._blobs[start : self._ends[index]]
            unpickler = pickle.Unpickler(io.BytesIO(blob))
            unpickler.persistent_load = self._shared.__getitem__
            entry = self._items[index] = unpickler.load()
        return entry

    def __reduce__(self) -> tuple[object, tuple[object, tuple[int, ...], object]]:
        entries = [self[i] for i in range(len(self))]
        shared = _shared_sets(entries)
        blobs = [_dumps_sharing(entry, shared) for entry in entries]
        ends = tuple(accumulate(map(len, blobs)))
        return _unpickled_entries, (
            pickle.PickleBuffer(b"".join(blobs)),
            ends,
            pickle.PickleBuffer(pickle.dumps(tuple(shared), _PROTOCOL)),
        )


def _shared_sets(entries: Sequence[Entry]) -> dict[frozenset[Any], int]:
    """Each set that two or more entries hold as a field, numbered."""
    seen: set[frozenset[Any]] = set()
    shared: dict[frozenset[Any], int] = {}
    for entry in entries:
        for field in dataclasses.fields(entry):
            value = getattr(entry, field.name)
            if type(value) is not frozenset or not value or value in shared:
                continue
            if value in seen:
                shared[value] = len(shared)
            seen.add(value)
    return shared


def _dumps_sharing(entry: Entry, shared: dict[frozenset[Any], int]) -> bytes:
    """``entry`` pickled with its shared sets as references to their numbers."""
    stream = io.BytesIO()
    pickler = pickle.Pickler(stream, _PROTOCOL)
    pickler.persistent_id = lambda obj: (
        shared.get(obj) if type(obj) is frozenset else None
    )
    pickler.dump(entry)
    return stream.getvalue()


def _unpickled_entries(
    blobs: bytes | memoryview, ends: tuple[int, ...], shared: bytes | memoryview
) -> LazyEntries:
    entries = LazyEntries(())
    entries._ends = ends
    entries._items = [None] * len(ends)
    entries._blobs = blobs
    entries._shared = shared
    return entries


#: what an unpickled matcher loads on first use
_DEFERRED = ("_full", "_meanings", "_screens", "_bounds")


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
        state["_deferred"] = (
            pickle.PickleBuffer(pickle.dumps(full, _PROTOCOL)),
            pickle.PickleBuffer(marshal.dumps((meanings, screens))),
            bounds,
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
            full, coded_meanings, bounds = deferred
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
