"""Where smslint's shipped data lives: in the installed wheel, else in the checkout.

The wheel carries the top-level ``policies/`` and ``corpora/lexicons/`` folders and
the message model of ``corpora/models/`` under ``smslint/_data/`` (see
``force-include`` in pyproject.toml); an editable install or a source checkout reads
them where they are written. One function decides, so both
layouts behave the same.
"""

from __future__ import annotations

from pathlib import Path

import smslint

#: name in the wheel -> place in the source checkout, relative to its root
_IN_CHECKOUT = {
    "policies": Path("policies"),
    "lexicons": Path("corpora") / "lexicons",
    "models": Path("corpora") / "models",
}


def shipped_dir(name: str) -> Path:
    """The folder of shipped data ``name``: ``policies``, ``lexicons`` or ``models``."""
    package = Path(smslint.__file__).parent
    installed = package / "_data" / name
    return installed if installed.is_dir() else package.parents[1] / _IN_CHECKOUT[name]
