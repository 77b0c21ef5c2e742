"""Where a log's bytes come from, what format they are in, and how they become lines.

An input is a path or a binary stream (``-`` is stdin). Gzip is recognised by its
magic bytes, not its name, because gateways export ``.csv`` files that are in fact
gzipped and the other way round. The format comes from the suffix (``.csv``,
``.jsonl``/``.ndjson``, ``.parquet``, each optionally ``.gz``); otherwise it is
sniffed: Parquet's ``PAR1`` magic, a first non-blank ``{`` for JSONL, else CSV.

Text is handed on as chunks of decoded physical lines. For encodings that keep
ASCII bytes as they are (UTF-8, GB18030, GBK, Latin-1...) a newline byte never
occurs inside a multi-byte character, so the bytes are cut at newlines first and
each line decodes on its own: one badly encoded row becomes ``None`` (a problem
for that row) and the rest of the file is still read. A whole chunk is decoded in
one call and only split line by line when that fails, which is the same result
at a fraction of the cost. Other encodings (UTF-16/32) are decoded as one stream;
a decoding error there ends the file.
"""

from __future__ import annotations

import codecs
import gzip
import io
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

#: bytes read per chunk: a batch of roughly 40k typical log rows
CHUNK_BYTES = 8 << 20
#: a "line" longer than this means the file is not a send log (or has no newlines)
MAX_LINE_BYTES = 64 << 20

_GZIP_MAGIC = b"\x1f\x8b"
_PARQUET_MAGIC = b"PAR1"
_UTF8_BOM = b"\xef\xbb\xbf"
_SUFFIXES = {
    ".csv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".parquet": "parquet",
    ".pq": "parquet",
}
#: exceptions that mean "these bytes cannot be read or decompressed"
READ_ERRORS = (OSError, EOFError, zlib.error)

Lines = list[str | None]  # decoded physical lines, None where a line cannot be decoded


@dataclass(frozen=True)
class LogInput:
    """One log: ``display`` names it in reports; ``path`` or ``stream`` holds it."""

    display: str
    path: Path | None = None
    stream: BinaryIO | None = None


class Unreadable(Exception):
    """The input cannot be opened, decompressed or decoded; ``str()`` says why
    without quoting any of its content."""


def log_inputs(
    args: Iterable[str], stdin: BinaryIO, display: Callable[[Path], str]
) -> list[LogInput]:
    """The command line's LOG arguments as inputs; ``-`` is ``stdin`` (binary)."""
    from smslint.errors import UsageError

    inputs: list[LogInput] = []
    for arg in args:
        if arg == "-":
            if any(i.stream is not None for i in inputs):
                raise UsageError("'-' (stdin) can be given only once")
            inputs.append(LogInput("<stdin>", stream=stdin))
        else:
            inputs.append(LogInput(display(Path(arg)), path=Path(arg)))
    return inputs


def text_codec(encoding: str) -> tuple[str, bool]:
    """The codec's canonical name and whether lines can be cut as bytes.

    ``utf-8-sig`` reads as ``utf-8``: the BOM is stripped once at the start anyway,
    and the ``-sig`` codec would strip one at the start of every chunk.
    Raises LookupError for an unknown encoding.
    """
    name = codecs.lookup(encoding).name
    if name == "utf-8-sig":
        name = "utf-8"
    probe = '\n\r,"{} azAZ09'
    try:
        bytewise = probe.encode(name) == probe.encode("ascii")
    except UnicodeError:
        bytewise = False
    return name, bytewise


@dataclass
class Opened:
    """An opened input: its format and either a (decompressed) stream or a path.

    ``close()`` closes what :func:`open_input` opened, never the caller's stream
    (stdin stays open).
    """

    format: str  # csv | jsonl | parquet
    stream: BinaryIO | None
    path: Path | None
    closers: list[Callable[[], object]] = field(default_factory=list)

    def close(self) -> None:
        while self.closers:
            self.closers.pop()()


def open_input(log: LogInput, encoding: str) -> Opened:
    """Open ``log``, undo gzip, and decide its format. Raises :class:`Unreadable`."""
    opened = Opened("csv", None, log.path)
    try:
        if log.stream is not None:
            raw = log.stream
            if not hasattr(raw, "peek"):  # peek() sniffs without consuming
                raw = io.BufferedReader(raw)  # type: ignore[arg-type,assignment]
                opened.closers.append(raw.detach)  # type: ignore[attr-defined]
        elif log.path is not None:
            raw = open(log.path, "rb")  # closed by Opened.close()
            opened.closers.append(raw.close)
        else:
            raise Unreadable("no path and no stream given")
        stream: Any = raw
        if raw.peek(2)[:2] == _GZIP_MAGIC:  # type: ignore[attr-defined]
            stream = gzip.GzipFile(fileobj=raw, mode="rb")
            opened.closers.append(stream.close)
            stream.peek(1)  # a bad gzip header fails here
        kind = _by_suffix(log.path) if log.path is not None else None
        opened.format = kind or _sniff(stream.peek(4096), encoding)
    except READ_ERRORS as error:
        opened.close()
        raise Unreadable(_why(error)) from None
    if opened.format == "parquet":
        opened.close()
        if log.path is None:
            raise Unreadable("Parquet cannot be read from stdin; pass the file's path")
        return opened
    opened.stream = stream
    return opened


def decoded_lines(stream: BinaryIO, encoding: str) -> Iterator[Lines]:
    """Chunks of decoded physical lines (without their ``\\n``; ``\\r`` is kept).

    A leading byte-order mark is dropped. Raises :class:`Unreadable` when the
    bytes stop being readable part way (truncated gzip, decoding a UTF-16 file).
    """
    name, bytewise = text_codec(encoding)
    chunks = _bytewise_lines(stream, name) if bytewise else _stream_lines(stream, name)
    first = True
    try:
        for lines in chunks:
            if first and lines:
                if lines[0] is not None and lines[0].startswith("\ufeff"):
                    lines[0] = lines[0][1:]
                first = False
            yield lines
    except UnicodeDecodeError:
        raise Unreadable(f"the file cannot be decoded as {name}") from None
    except READ_ERRORS as error:
        raise Unreadable(_why(error)) from None


def _bytewise_lines(stream: BinaryIO, codec: str) -> Iterator[Lines]:
    carry = b""
    first = True
    while block := stream.read(CHUNK_BYTES):
        if first:
            block = block.removeprefix(_UTF8_BOM)
            first = False
        data = carry + block if carry else block
        cut = data.rfind(b"\n")
        if cut < 0:
            carry = data
            if len(carry) > MAX_LINE_BYTES:
                raise Unreadable("a line is longer than 64 MiB: not a send log")
            continue
        carry = data[cut + 1 :]
        yield _decode(data[:cut], codec)
    if carry:
        yield _decode(carry, codec)


def _decode(data: bytes, codec: str) -> Lines:
    try:
        return data.decode(codec).split("\n")
    except UnicodeDecodeError:
        return [_decode_line(line, codec) for line in data.split(b"\n")]


def _decode_line(line: bytes, codec: str) -> str | None:
    try:
        return line.decode(codec)
    except UnicodeDecodeError:
        return None


def _stream_lines(stream: BinaryIO, codec: str) -> Iterator[Lines]:
    text = io.TextIOWrapper(stream, encoding=codec, errors="strict", newline="")
    carry = ""
    while block := text.read(CHUNK_BYTES // 2):
        data = carry + block
        cut = data.rfind("\n")
        if cut < 0:
            carry = data
            continue
        carry = data[cut + 1 :]
        yield data[:cut].split("\n")  # type: ignore[misc]
    if carry:
        yield [carry]


def _by_suffix(path: Path) -> str | None:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] in (".gz", ".gzip"):
        suffixes.pop()
    return _SUFFIXES.get(suffixes[-1]) if suffixes else None


def _sniff(head: bytes, encoding: str) -> str:
    if head.startswith(_PARQUET_MAGIC):
        return "parquet"
    text = head.removeprefix(_UTF8_BOM).decode(encoding, errors="ignore")
    return "jsonl" if text.lstrip("\ufeff \t\r\n").startswith("{") else "csv"


def _why(error: BaseException) -> str:
    """Why the bytes could not be read: the OS reason or the container's, no content."""
    if isinstance(error, gzip.BadGzipFile):
        return "not a valid gzip file"
    if isinstance(error, EOFError | zlib.error):
        return "the gzip data is truncated or corrupt"
    if isinstance(error, OSError) and error.strerror:
        return f"cannot open the file: {error.strerror}"
    return "cannot read the file"
