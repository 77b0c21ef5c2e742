"""Masking of personal data in everything smslint itself writes."""

from __future__ import annotations

MASK_CHAR = "*"
KEEP = 4


def mask(value: str, keep: int = KEEP) -> str:
    """Hide all but the last ``keep`` non-space characters of ``value``.

    Separators (spaces, dashes, dots) keep their place so the reader still sees the
    shape of what was found: ``4111 1111 1111 1111`` becomes ``**** **** **** 1111``.
    """
    visible = 0
    out: list[str] = []
    for ch in reversed(value):
        if ch.isspace() or ch in "-./()":
            out.append(ch)
        elif visible < keep:
            out.append(ch)
            visible += 1
        else:
            out.append(MASK_CHAR)
    return "".join(reversed(out))
