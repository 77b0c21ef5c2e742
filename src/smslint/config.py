"""Find and read the user's configuration; merge it with command-line flags.

Search order (SPEC.md): ``--config FILE`` wins; else, from the current folder upward,
the first folder holding ``smslint.yaml``, ``.smslint.yaml`` or a ``pyproject.toml``
with a ``[tool.smslint]`` table. Flags win over the file.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from smslint.engine import RunOptions, Selection
from smslint.errors import ConfigError
from smslint.policy.yamlmarks import Marks, load
from smslint.violations import Severity

if TYPE_CHECKING:
    from smslint.logs.audit import AuditSettings

CONFIG_NAMES = ("smslint.yaml", ".smslint.yaml")
DEFAULT_POLICY = ("core",)

#: key -> (what it must be, check); written by hand because importing jsonschema
#: would cost the pre-commit hook ~0.17 s for six keys.
_FORMATS = ("text", "json", "jsonl", "sarif", "junit", "github", "html")
_SEVERITIES = tuple(s.value for s in Severity)


def _is_strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


CONFIG_KEYS: dict[str, tuple[str, Callable[[Any], bool]]] = {
    "policy": (
        "a pack id or path, or a list of them",
        lambda v: isinstance(v, str) or _is_strings(v),
    ),
    "format": (f"one of {', '.join(_FORMATS)}", lambda v: v in _FORMATS),
    "fail-on": (f"one of {', '.join(_SEVERITIES)}", lambda v: v in _SEVERITIES),
    "select": (
        "a rule id or category, or a list of them",
        lambda v: isinstance(v, str) or _is_strings(v),
    ),
    "ignore": (
        "a rule id or category, or a list of them",
        lambda v: isinstance(v, str) or _is_strings(v),
    ),
    "exclude": ("a list of path patterns", _is_strings),
    "rules": ("a mapping of rule id to overrides", lambda v: isinstance(v, dict)),
    "audit": ("a mapping (see docs/audit.md)", lambda v: isinstance(v, dict)),
    "baseline": (
        "a baseline file for `smslint check` (path from the config file's folder)",
        lambda v: isinstance(v, str) and bool(v.strip()),
    ),
}


def _is_positive_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


#: the ``audit:`` section: how send logs are read (flags win)
AUDIT_KEYS: dict[str, tuple[str, Callable[[Any], bool]]] = {
    "columns": (
        "a mapping of field to the log's column name",
        lambda v: (
            isinstance(v, dict)
            and all(isinstance(k, str) and isinstance(c, str) for k, c in v.items())
        ),
    ),
    "encoding": ("an encoding name such as gb18030", lambda v: isinstance(v, str)),
    "timezone": (
        "an IANA zone for timestamps without offset",
        lambda v: isinstance(v, str),
    ),
    "default-region": (
        "a two-letter country code such as US",
        lambda v: isinstance(v, str) and len(v) == 2 and v.isalpha(),
    ),
    "workers": ("a whole number of at least 1", _is_positive_int),
}


@dataclass(frozen=True)
class Config:
    """What the config file says (empty when there is none)."""

    path: Path | None = None
    root: Path = field(default_factory=Path.cwd)
    data: Mapping[str, Any] = field(default_factory=dict)
    marks: Marks = field(default_factory=lambda: Marks(None))

    @property
    def exclude(self) -> tuple[str, ...]:
        """``exclude:`` patterns, and the configured baseline: it is JSON that no
        template reader should take for a catalog (pre-commit passes it by name)."""
        patterns = tuple(self.data.get("exclude", ()))
        if "baseline" in self.data:
            patterns += ("/" + Path(self.data["baseline"]).as_posix().lstrip("/"),)
        return patterns

    @property
    def overrides(self) -> tuple[Mapping[str, Any], Marks] | None:
        """Per-rule overrides (``rules:``) with their marks, for the policy loader."""
        if "rules" not in self.data:
            return None
        return self.data["rules"], self.marks.child("rules")

    @property
    def baseline(self) -> str | None:
        """The templates' baseline (``baseline:``), from the config file's folder.

        Only ``check`` reads it: a repository's templates have one baseline, while an
        audit's baseline belongs to the logs it was written from (``--baseline``).
        """
        value = self.data.get("baseline")
        return None if value is None else str(self.root / value)

    def policies(self) -> tuple[str, ...]:
        """Configured packs; paths are resolved against the config file's folder."""
        value = self.data.get("policy")
        if value is None:
            return ()
        specs = (value,) if isinstance(value, str) else tuple(value)
        return tuple(_resolve_pack(spec, self.root) for spec in specs)


def _resolve_pack(spec: str, root: Path) -> str:
    if "/" in spec or spec.endswith((".yaml", ".yml")):
        return str((root / spec).resolve())
    return spec


def find_config(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        for name in CONFIG_NAMES:
            if (folder / name).is_file():
                return folder / name
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "smslint" in _read_pyproject(pyproject):
            return pyproject
    return None


def _read_pyproject(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            tool = tomllib.load(fh).get("tool", {})
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read pyproject.toml: {exc}", path=str(path)) from exc
    return tool if isinstance(tool, dict) else {}


def load_config(explicit: str | None, cwd: Path) -> Config:
    path = Path(explicit) if explicit else find_config(cwd)
    if path is None:
        return Config(root=cwd)
    if explicit and not path.is_file():
        raise ConfigError("config file not found", path=str(path))
    if path.name == "pyproject.toml":
        data = _read_pyproject(path).get("smslint", {})
        marks = Marks(str(path), root=("tool", "smslint"))
    else:
        doc = load(path, error=ConfigError)
        data, marks = (doc.data if doc.data is not None else {}), doc.marks
    _validate(data, marks)
    return Config(path=path, root=path.resolve().parent, data=data, marks=marks)


def _validate(data: Any, marks: Marks) -> None:
    if not isinstance(data, dict):
        raise marks.error(ConfigError, (), "the configuration must be a mapping")
    for key, value in data.items():
        if key not in CONFIG_KEYS:
            allowed = ", ".join(CONFIG_KEYS)
            raise marks.error(
                ConfigError, (key,), f"unknown key (allowed: {allowed})", at_key=True
            )
        _check_value(key, value, CONFIG_KEYS, marks, ())
    for key, value in data.get("audit", {}).items():
        if key not in AUDIT_KEYS:
            allowed = ", ".join(AUDIT_KEYS)
            raise marks.error(
                ConfigError,
                ("audit", key),
                f"unknown key (allowed: {allowed})",
                at_key=True,
            )
        _check_value(key, value, AUDIT_KEYS, marks, ("audit",))


def _check_value(
    key: str,
    value: Any,
    keys: Mapping[str, tuple[str, Callable[[Any], bool]]],
    marks: Marks,
    parent: tuple[str, ...],
) -> None:
    expected, valid = keys[key]
    if not valid(value):
        raise marks.error(
            ConfigError, (*parent, key), f"expected {expected}, got {value!r}"
        )


@dataclass(frozen=True)
class Settings:
    """Config and flags merged; flags win."""

    policies: tuple[str, ...]
    fmt: str
    output: str | None
    fail_on: Severity
    quiet: bool
    run_options: RunOptions


def settings_from(
    config: Config,
    flags: Mapping[str, Any],
    split: Callable[[tuple[str, ...]], tuple[str, ...]],
) -> Settings:
    def listed(key: str) -> tuple[str, ...]:
        if flags.get(key):
            return split(flags[key])
        value = config.data.get(key, ())
        return split((value,) if isinstance(value, str) else tuple(value))

    return Settings(
        policies=tuple(flags.get("policies") or ())
        or config.policies()
        or DEFAULT_POLICY,
        fmt=flags.get("fmt") or config.data.get("format", "text"),
        output=flags.get("output"),
        fail_on=Severity(flags.get("fail_on") or config.data.get("fail-on", "error")),
        quiet=bool(flags.get("quiet")),
        run_options=RunOptions(
            selection=Selection(
                frozenset(listed("select")), frozenset(listed("ignore"))
            ),
            # NOTE: only the flag can unmask; a config file in a repo must not.
            show_pii=bool(flags.get("show_pii")),
        ),
    )


def audit_settings_from(config: Config, flags: Mapping[str, Any]) -> AuditSettings:
    """The audit's reading settings: flags win over the config's ``audit:`` section."""
    from smslint.logs.audit import AuditSettings
    from smslint.logs.columns import parse_column_options

    section = config.data.get("audit", {})
    columns = dict(section.get("columns", {}))
    columns.update(parse_column_options(flags.get("columns") or ()))
    since, until = flags.get("since"), flags.get("until")
    return AuditSettings(
        columns=columns,
        encoding=flags.get("encoding") or section.get("encoding", "utf-8"),
        naive_tz=flags.get("naive_tz") or section.get("timezone"),
        default_region=flags.get("default_region") or section.get("default-region"),
        since=since.date() if since else None,
        until=until.date() if until else None,
        workers=flags.get("workers") or section.get("workers", 1),
    )
