"""The one error hierarchy that means "the run cannot be done as asked" (exit 2)."""

from __future__ import annotations


class SmslintError(Exception):
    """A user-facing error: bad usage, unreadable or invalid config, policy or input.

    ``str(error)`` is the whole message shown to the user, already prefixed with
    ``path:line:column:`` and the key path when they are known.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
        key_path: str | None = None,
    ) -> None:
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        self.key_path = key_path
        super().__init__(self._render())

    def _render(self) -> str:
        prefix = ""
        if self.path is not None:
            prefix = self.path
            if self.line is not None:
                prefix += f":{self.line}"
                if self.column is not None:
                    prefix += f":{self.column}"
            prefix += ": "
        if self.key_path:
            prefix += f"{self.key_path}: "
        return prefix + self.message


class ConfigError(SmslintError):
    """The configuration file (or ``[tool.smslint]``) is unusable."""


class PolicyError(SmslintError):
    """A policy pack is unusable."""


class UsageError(SmslintError):
    """The command line asks for something that cannot be done."""


class PolicyErrors(PolicyError):
    """Several problems found while validating one or more packs; all are reported."""

    def __init__(self, errors: list[SmslintError]) -> None:
        self.errors = errors
        Exception.__init__(self, "\n".join(str(e) for e in errors))
        self.message = str(self)
        self.path = errors[0].path if errors else None
        self.line = self.column = None
        self.key_path = None
