"""smslint: a compliance linter for debt-collection text messages."""

from __future__ import annotations

__version__ = "0.1.0"
