"""A per-user cache of values that are slow to build and cheap to unpickle.

A pre-commit hook starts a fresh process for every commit, so whatever smslint builds
at start (the lexicon matcher: parsed YAML, thousands of normalized phrases, an
Aho-Corasick automaton) is paid again each time. :func:`load_or_build` keeps the built
value in a file named after it, stamped with a key: a :func:`fingerprint` of
everything the value is built from (smslint's version, data files' bytes, options).
Same key: the value is unpickled, in milliseconds rather than the tenths of a second
building takes. Different key: it is built again and the file rewritten.

The cache is an optimization and never an error: a folder that cannot be created or
written (read-only home), a missing, truncated or corrupt file, a pickle from another
library version that does not load, a value of the wrong type: each falls back to
building, and a bad file is replaced. Files are written to a temporary name and renamed
over the old one, so a parallel run (pre-commit splits files among processes) reads
either the old file or the new one, never half of one.

A file is read through a memory map, and large byte strings inside the value that
it marks as :class:`pickle.PickleBuffer` are stored after the pickle and given back
as read-only memoryviews of the map (pickle protocol 5's out-of-band buffers): they
are neither read nor copied until used. The compiled lexicon is ~30 MB, most of it
parts a run rarely touches, and reading and copying it all cost a pre-commit run
more than unpickling what it needs. A map is only made of a file whose key matches,
so a file being replaced (a new key) is one no run has mapped, which matters on
Windows, where a mapped file cannot be replaced.

Where: ``$SMSLINT_CACHE_DIR``, else ``$XDG_CACHE_HOME/smslint``, else
``~/.cache/smslint``. Files there are pickles, so, like any per-user cache, the folder
must be writable by its user alone; deleting it is always safe.
"""

from __future__ import annotations

import contextlib
import gc
import importlib.util
import mmap
import os
import pickle
import struct
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

import smslint

try:  # the built-in module: hashlib would first load OpenSSL's (~4 ms at start)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

T = TypeVar("T")

#: first bytes of every cache file; bump to orphan files of an older layout
_MAGIC = b"smslint-cache 2\n"
_KEY_LENGTH = 64  # hex digits of a 32-byte BLAKE2b digest
_MISSING = object()  # what _load finds in a missing or bad file
#: after the header, the pickle and then each out-of-band buffer, each prefixed
#: with its length
_LENGTH = struct.Struct("<Q")


def cache_dir() -> Path | None:
    """The cache folder (it may not exist yet), or None when none can be named."""
    explicit = os.environ.get("SMSLINT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):  # the XDG spec: a relative path is ignored
        return Path(xdg) / "smslint"
    try:
        return Path.home() / ".cache" / "smslint"
    except RuntimeError:  # no home directory to be found
        return None


def fingerprint(
    *values: object, files: Iterable[Path] = (), root: Path | None = None
) -> str:
    """A key for a value built from ``values`` (by ``repr``) and ``files`` (by bytes).

    smslint's version is always part of it. Files are hashed in the order given, each
    with its name (relative to ``root`` when given, so a moved checkout keeps its key)
    and length, so renaming a file or moving content between files changes the key; a
    file that cannot be read counts as missing.
    """
    hasher = blake2b(digest_size=_KEY_LENGTH // 2)
    for value in (smslint.__version__, *values):
        text = repr(value).encode("utf-8", "surrogatepass")
        hasher.update(b"v%d:" % len(text) + text)
    for path in files:
        shown = path.relative_to(root).as_posix() if root is not None else str(path)
        name = shown.encode("utf-8", "surrogateescape")
        try:
            data = path.read_bytes()
        except OSError:
            hasher.update(b"f%d:" % len(name) + name + b"missing")
            continue
        hasher.update(b"f%d:" % len(name) + name + b"%d:" % len(data) + data)
    return hasher.hexdigest()


def code(*patterns: str) -> str:
    """A fingerprint of smslint's own source files matching ``patterns`` (globs
    relative to the package): the code that builds a cached value belongs in its
    key."""
    package = Path(smslint.__file__).parent
    files = sorted({p for pattern in patterns for p in package.glob(pattern)})
    return fingerprint(files=files, root=package)


def digest(text: str) -> str:
    """A short stable name for ``text`` (16 hex digits), e.g. for a file name."""
    data = text.encode("utf-8", "surrogatepass")
    return blake2b(data, digest_size=8).hexdigest()


def installed(*modules: str) -> tuple[tuple[str, str | None, int, int], ...]:
    """Which copy of each top-level module is installed, without importing it.

    Its file's path, size and modification time: another version of a library
    (whose pickles, or whose answers, may differ) gives another stamp.
    """
    stamps = []
    for module in modules:
        try:
            spec = importlib.util.find_spec(module)
            origin = spec.origin if spec is not None else None
            info = os.stat(origin) if origin else None
        except (ImportError, ValueError, OSError):
            origin, info = None, None
        size, mtime = (info.st_size, info.st_mtime_ns) if info else (-1, -1)
        stamps.append((module, origin, size, mtime))
    return tuple(stamps)


def load_or_build(name: str, key: str, build: Callable[[], T], kind: type[T]) -> T:
    """The value cached as ``name`` under ``key``, else ``build()`` (then cached).

    ``name`` is a file name stem (letters, digits, ``-``, ``_``, ``.``); one file per
    name, so a new key replaces the old value rather than piling up. The cached value
    must be an instance of ``kind``. Errors raised by ``build`` propagate; nothing
    about the cache itself ever does.
    """
    if len(key) != _KEY_LENGTH or not key.isascii():
        raise ValueError("key must be a fingerprint()")
    folder = cache_dir()
    path = folder / f"{name}.pickle" if folder is not None else None
    if path is not None:
        value = _load(path, key)
        if value is not _MISSING and isinstance(value, kind):
            return value
    value = build()
    if path is not None:
        _store(path, key, value)
    return value


def _load(path: Path, key: str) -> object:
    """The value in ``path`` if it carries ``key``; _MISSING on any problem."""
    header = _MAGIC + key.encode("ascii") + b"\n"
    try:
        with path.open("rb") as handle:
            if handle.read(len(header)) != header:
                return _MISSING
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # ValueError: an empty file cannot be mapped
        return _MISSING
    # unpickling allocates thousands of small objects at once: collecting garbage
    # in between only slows it down (~10%)
    collecting = gc.isenabled()
    gc.disable()
    try:
        data, *buffers = _frames(memoryview(mapped), len(header))
        return pickle.loads(data, buffers=buffers)
    except Exception:  # noqa: BLE001 - any broken file means: build it again
        return _MISSING
    finally:
        if collecting:
            gc.enable()


def _frames(view: memoryview, start: int) -> list[memoryview]:
    """The length-prefixed parts of a file from ``start`` to its end."""
    frames = []
    while start < len(view):
        (size,) = _LENGTH.unpack_from(view, start)
        start += _LENGTH.size
        if start + size > len(view):
            raise ValueError("truncated cache file")
        frames.append(view[start : start + size])
        start += size
    if not frames:
        raise ValueError("empty cache file")
    return frames


def _store(path: Path, key: str, value: object) -> None:
    """Write ``value`` under ``key`` atomically; give up quietly on any problem."""
    buffers: list[pickle.PickleBuffer] = []
    try:
        data = pickle.dumps(
            value, protocol=pickle.HIGHEST_PROTOCOL, buffer_callback=buffers.append
        )
    except Exception:  # noqa: BLE001 - an unpicklable value is simply not cached
        return
    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent
        )
        with os.fdopen(handle, "wb") as stream:
            stream.write(_MAGIC + key.encode("ascii") + b"\n")
            for frame in (memoryview(data), *(buffer.raw() for buffer in buffers)):
                stream.write(_LENGTH.pack(frame.nbytes))
                stream.write(frame)
        os.replace(temporary, path)
        temporary = None
    except OSError:
        return  # best effort: the next run builds again
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
