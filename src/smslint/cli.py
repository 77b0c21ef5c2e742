"""The ``smslint`` command line: parse flags, load config and policy, run, report, exit.

Exit codes are decided here and only here (SPEC.md): 0 clean, 1 violations at or above
``--fail-on``, 2 the run could not be done as asked.
"""

from __future__ import annotations

import functools
import os
import sys
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import click

from smslint import __version__
from smslint.errors import SmslintError
from smslint.violations import RunResult, Severity

if TYPE_CHECKING:  # imported where used, so `--help` stays fast
    from smslint.baseline import Baseline
    from smslint.config import Config

EXIT_CLEAN, EXIT_VIOLATIONS, EXIT_ERROR = 0, 1, 2
CHECK_FORMATS = ("text", "json", "jsonl", "sarif", "junit", "github", "html")


class _Group(click.Group):
    """Maps every :class:`SmslintError` to a one-line message and exit code 2, and a
    crash to its traceback and exit code 2: exit 1 means violations were found, and a
    script or CI job must not read a crash as findings."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except SmslintError as exc:
            click.echo(f"smslint: error: {exc}", err=True)
            ctx.exit(EXIT_ERROR)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except BrokenPipeError:  # the reader went away ("| head"): nothing to report
            raise
        except Exception:  # noqa: BLE001 - the last resort, reported as such
            traceback.print_exc()
            click.echo(
                "smslint: internal error: this is a bug; please report it with the"
                " traceback above",
                err=True,
            )
            ctx.exit(EXIT_ERROR)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="smslint")
def main() -> None:
    """Compliance linter for debt-collection text messages."""


def _split_csv(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(part.strip() for v in values for part in v.split(",") if part.strip())


def _packs_option(help_text: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    return click.option(
        "--policy", "-p", "policies", multiple=True, metavar="PACK", help=help_text
    )


def run_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The options shared by ``check`` and ``audit``."""
    decorators = [
        _packs_option("Built-in pack id or path to a YAML pack (repeatable)."),
        click.option(
            "--config",
            "config_path",
            type=click.Path(dir_okay=False),
            help="Config file (default: discovered smslint.yaml, "
            ".smslint.yaml or [tool.smslint] in pyproject.toml).",
        ),
        click.option(
            "--format",
            "fmt",
            type=click.Choice(CHECK_FORMATS),
            default=None,
            help="Report format (default text).",
        ),
        click.option(
            "--output",
            "-o",
            type=click.Path(dir_okay=False),
            default=None,
            help="Write the report to FILE (atomically) instead of stdout.",
        ),
        click.option(
            "--select",
            multiple=True,
            metavar="RULE,...",
            help="Report only these rules or categories.",
        ),
        click.option(
            "--ignore",
            multiple=True,
            metavar="RULE,...",
            help="Do not report these rules or categories.",
        ),
        click.option(
            "--fail-on",
            type=click.Choice([s.value for s in Severity]),
            default=None,
            help="Lowest severity that makes the exit code 1 (default error).",
        ),
        click.option(
            "--baseline",
            "baseline_path",
            type=click.Path(dir_okay=False),
            default=None,
            metavar="FILE",
            help="Report only violations not in this baseline file.",
        ),
        click.option(
            "--write-baseline",
            "write_baseline_path",
            type=click.Path(dir_okay=False),
            default=None,
            metavar="FILE",
            help="After the run, write its violations as a baseline to FILE.",
        ),
        click.option(
            "--show-pii",
            is_flag=True,
            help="Show detected personal data unmasked (off by default).",
        ),
        click.option("--quiet", "-q", is_flag=True, help="Print violations only."),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@run_options
@click.option(
    "--fix",
    is_flag=True,
    help="Add what a rule can add without changing the meaning (the opt-out "
    "sentence...) to the template files, then report what is left.",
)
@click.option(
    "--diff",
    "show_diff",
    is_flag=True,
    help="Print the changes --fix would make as a unified diff; write nothing.",
)
@click.option(
    "--no-baseline",
    is_flag=True,
    help="Ignore the config file's baseline: report every violation.",
)
def check(paths: tuple[str, ...], **flags: Any) -> None:
    """Lint SMS template files and folders (default: the current folder)."""
    from smslint.baseline import baseline_note, finish_baseline, writable_target
    from smslint.config import load_config, settings_from
    from smslint.engine import lint_templates, unreadable_inputs
    from smslint.policy import load_policy
    from smslint.templates import discover, read_templates

    write_path = writable_target(flags.pop("write_baseline_path"))
    config = load_config(flags.pop("config_path"), Path.cwd())
    baseline = _templates_baseline(
        flags.pop("baseline_path"), flags.pop("no_baseline"), config
    )
    settings = settings_from(config, flags, _split_csv)
    overrides, marks = config.overrides or (None, None)
    policy = load_policy(
        settings.policies,
        overrides=overrides,
        overrides_marks=marks,
        base_dir=config.root,
    )

    def items() -> Iterator[Any]:
        for found in discover(
            paths or (".",), exclude=config.exclude, root=config.root
        ):
            if isinstance(found, Path):
                yield from read_templates(found, _display(found))
            else:
                yield found

    if flags.get("fix") or flags.get("show_diff"):
        _fix(paths, config, policy, settings, diff=bool(flags.get("show_diff")))
    result = lint_templates(items(), policy, settings.run_options)
    if flags.get("show_diff"):  # nothing written, no report: exit as the files are
        if unreadable_inputs(result):
            sys.exit(EXIT_ERROR)
        sys.exit(EXIT_VIOLATIONS if result.fails(settings.fail_on) else EXIT_CLEAN)
    result = finish_baseline(result, baseline, write_path, config.root)
    _report(result, settings.fmt, settings.output, settings.quiet)
    if settings.fmt == "text" and not settings.quiet and baseline_note(result):
        click.echo(f"smslint: note: {baseline_note(result)}", err=True)
    if unreadable_inputs(result):
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_VIOLATIONS if result.fails(settings.fail_on) else EXIT_CLEAN)


def _templates_baseline(
    flag: str | None, ignore: bool, config: Config
) -> Baseline | None:
    """``--baseline`` wins over the config's ``baseline:``; ``--no-baseline``
    drops both."""
    from smslint.baseline import BaselineError, read_baseline

    if ignore:
        return None
    if flag or config.baseline is None:
        return read_baseline(flag)
    if not Path(config.baseline).exists():
        raise BaselineError(
            f"baseline file not found (set by `baseline:` in {config.path.name}); "
            "write it with: smslint check --no-baseline --write-baseline "
            f"{config.data['baseline']}",
            path=config.baseline,
        )
    return read_baseline(config.baseline)


@main.command()
@click.argument("logs", nargs=-1, required=True, metavar="LOG...")
@run_options
@click.option(
    "--column",
    "columns",
    multiple=True,
    metavar="FIELD=SOURCE",
    help="Read FIELD from the log's column SOURCE (repeatable).",
)
@click.option("--encoding", default=None, help="Text encoding (default utf-8).")
@click.option(
    "--timezone",
    "naive_tz",
    default=None,
    metavar="ZONE",
    help="IANA zone of timestamps written without an offset (default UTC).",
)
@click.option(
    "--default-region",
    default=None,
    metavar="CC",
    help="Country of phone numbers written without +country code (e.g. US).",
)
@click.option(
    "--since",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Audit records sent on or after this date (UTC).",
)
@click.option(
    "--until",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Audit records sent on or before this date (UTC).",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Processes for content checks (default 1).",
)
def audit(logs: tuple[str, ...], **flags: Any) -> None:
    """Audit send logs (CSV, JSONL, .gz, Parquet; - reads stdin)."""
    from smslint.baseline import finish_baseline, read_baseline, writable_target
    from smslint.config import audit_settings_from, load_config, settings_from
    from smslint.logs.audit import audit_logs
    from smslint.logs.progress import terminal_progress
    from smslint.logs.staging import log_inputs
    from smslint.policy import load_policy

    write_path = writable_target(flags.pop("write_baseline_path"))
    baseline = read_baseline(flags.pop("baseline_path"))
    config = load_config(flags.pop("config_path"), Path.cwd())
    settings = settings_from(config, flags, _split_csv)
    audit_settings = audit_settings_from(config, flags)
    overrides, marks = config.overrides or (None, None)
    policy = load_policy(
        settings.policies,
        overrides=overrides,
        overrides_marks=marks,
        base_dir=config.root,
    )
    progress = terminal_progress() if not settings.quiet else None
    outcome = audit_logs(
        log_inputs(logs, sys.stdin.buffer, _display),
        policy,
        settings.run_options,
        audit_settings,
        progress,
    )
    result = finish_baseline(outcome.result, baseline, write_path, config.root)
    _report(result, settings.fmt, settings.output, settings.quiet)
    if outcome.unreadable:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_VIOLATIONS if result.fails(settings.fail_on) else EXIT_CLEAN)


def _fix(
    paths: tuple[str, ...], config: Any, policy: Any, settings: Any, *, diff: bool
) -> None:
    """``check --fix``/``--diff``: fix the files (or print the diff) before linting."""
    from smslint.fixes import run_fixes
    from smslint.templates import discover

    found = discover(paths or (".",), exclude=config.exclude, root=config.root)
    files = [(path, _display(path)) for path in found if isinstance(path, Path)]
    _write_stdout(
        lambda out: run_fixes(
            files,
            policy,
            settings.run_options,
            write=not diff,
            out=out,
            notes=sys.stderr,
            quiet=settings.quiet,
        )
    )


def _display(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _report(result: RunResult, fmt: str, output: str | None, quiet: bool) -> None:
    from smslint.reporters import get_reporter, write_atomically

    write = functools.partial(get_reporter(fmt), result, quiet=quiet)
    if output:
        write_atomically(Path(output), write)
    else:
        _write_stdout(write)


def _write_stdout(write: Callable[[TextIO], None]) -> None:
    stream = sys.stdout
    # NOTE: reports hold Chinese text; a pipe under a non-UTF-8 locale must not crash.
    if (stream.encoding or "").lower().replace("-", "") != "utf8" and hasattr(
        stream, "reconfigure"
    ):
        stream.reconfigure(encoding="utf-8")
    write(stream)
    stream.flush()


@main.command()
@_packs_option("Only these packs (default: every built-in pack).")
def rules(policies: tuple[str, ...]) -> None:
    """List every rule: id, category, default severity and summary."""
    from smslint.explain import rules_table

    click.echo(rules_table(policies))


@main.command()
@click.argument("rule_id", metavar="RULE")
@_packs_option("Look in these packs (default: every built-in pack).")
def explain(rule_id: str, policies: tuple[str, ...]) -> None:
    """Explain RULE: what it checks, why, and examples that fail and pass."""
    from smslint.explain import explain_rule

    click.echo(explain_rule(rule_id, policies))


@main.group()
def policy() -> None:
    """Built-in policy packs: list, show, validate."""


@policy.command("list")
def policy_list() -> None:
    """List the built-in packs."""
    from smslint.explain import packs_table

    click.echo(packs_table())


@policy.command("show")
@click.argument("packs", nargs=-1, required=True, metavar="PACK...")
def policy_show(packs: tuple[str, ...]) -> None:
    """Print the fully resolved policy (after extends and overrides) as YAML."""
    from smslint.explain import show_policy

    click.echo(show_policy(packs), nl=False)


@policy.command("validate")
@click.argument("files", nargs=-1, required=True, type=click.Path(), metavar="FILE...")
def policy_validate(files: tuple[str, ...]) -> None:
    """Check user packs against the pack schema; report every problem with file:line."""
    from smslint.policy import validate_file

    failed = False
    for file in files:
        problems = validate_file(Path(file))
        for problem in problems:
            click.echo(str(problem), err=True)
        if problems:
            failed = True
        else:
            click.echo(f"{file}: ok")
    sys.exit(EXIT_ERROR if failed else EXIT_CLEAN)


if __name__ == "__main__":  # pragma: no cover
    main(prog_name=os.path.basename(sys.argv[0]))
