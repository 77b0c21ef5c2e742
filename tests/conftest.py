"""Shared fixtures: a CLI runner working inside a temporary folder."""

from __future__ import annotations

import functools
import json
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from smslint.cli import main
from smslint.normalize import Normalized, Normalizer

REPO = Path(__file__).resolve().parents[1]

CLEAN_EN = (
    "Acme Recovery: Hi {name}, ${amount} is due on {due_date}. Reply STOP to opt out."
)
CLEAN_ZH = "【某某银行】尊敬的{name}，您的账单{amount}元已到期，请及时还款。回T退订"


@pytest.fixture(autouse=True, scope="session")
def _cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Point smslint's per-user cache at a session folder, never the real home.

    Set in os.environ, so CLI subprocesses that tests start inherit it too.
    """
    saved = os.environ.get("SMSLINT_CACHE_DIR")
    os.environ["SMSLINT_CACHE_DIR"] = str(tmp_path_factory.mktemp("smslint-cache"))
    yield
    if saved is None:
        del os.environ["SMSLINT_CACHE_DIR"]
    else:
        os.environ["SMSLINT_CACHE_DIR"] = saved


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str

    def json(self) -> dict:
        return json.loads(self.stdout)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty folder that is the current directory for the test."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def smslint(workdir: Path):
    """Run the CLI in-process; returns exit code, stdout and stderr."""
    runner = CliRunner()

    def run(*args: str) -> Run:
        result = runner.invoke(main, list(args), catch_exceptions=False)
        return Run(result.exit_code, result.stdout, result.stderr)

    return run


_LEXICON_CHECKS: dict[str, Any] = {}


@functools.cache
def _shared_context() -> Any:
    from smslint.checks import RunContext

    return RunContext()


def lexicon_hits(
    text: str, category: str, lang: str = "en", is_template: bool = True, **opts: Any
) -> list[Any]:
    """Hits of the shipped lexicon of one category on ``text``; rules without extra
    options share one run context (built once per test session).

    The lexicon alone (``confirm: null``): the message model that confirms findings
    in a run has its own tests (test_message_model.py)."""
    from smslint.checks import RunContext
    from smslint.checks import lexicon as k
    from smslint.message import Message

    lexicon_alone = k.DEFAULTS | {"lexicon": category, "confirm": None}
    if opts:
        fn = k.build(lexicon_alone | opts, RunContext())
    else:
        if category not in _LEXICON_CHECKS:
            # one context, as in a run: the five rules share one search per message
            _LEXICON_CHECKS[category] = k.build(lexicon_alone, _shared_context())
        fn = _LEXICON_CHECKS[category]
    return list(fn(Message(text, lang, is_template)))


def check_with_model(kind_name: str, model: Any, **options: Any) -> Any:
    """A check of kind ``kind_name`` with ``model`` standing in for the shipped
    message model (smslint.detectors.message_model)."""
    from smslint.checks import RunContext, get_kind

    kind = get_kind(kind_name)
    context = RunContext()
    context.detectors["message-model"] = model
    return kind.build({**kind.DEFAULTS, **options}, context)


def lexicon_terms(
    text: str, category: str, lang: str = "en", is_template: bool = True, **opts: Any
) -> list[str]:
    """The terms (text of each hit) one category reports on ``text``."""
    return [
        h.args["term"] for h in lexicon_hits(text, category, lang, is_template, **opts)
    ]


_PII_CHECK: list[Any] = []


def pii_found(text: str, lang: str) -> list[tuple[str, str]]:
    """(value, entity) of each ``pii-in-text`` finding with default options; the check
    (and presidio behind it) is built once per test session."""
    from smslint.checks import RunContext
    from smslint.checks import pii_text as k
    from smslint.message import Message

    if not _PII_CHECK:
        _PII_CHECK.append(k.build(k.DEFAULTS, RunContext()))
    return [
        (text[h.start : h.end], h.args["entity"])
        for h in _PII_CHECK[0](Message(text, lang))
    ]


@pytest.fixture(scope="module")
def norm() -> Normalizer:
    """The shipped Normalizer, once per test module."""
    return Normalizer()


def sources(result: Normalized) -> list[str]:
    """For each normalized character, the original text it came from."""
    spans = (result.span(i, i + 1) for i in range(len(result.text)))
    return [result.original[start:end] for start, end in spans]


def assert_linear(
    run: Callable[[int], object], size: int, factor: int = 8, slack: float = 3.0
) -> None:
    """``run(n)`` does work linear in ``n``: on ``factor`` times the input it takes
    less than ``slack`` x ``factor`` times as long (a quadratic one takes ``factor``
    squared times).

    A ratio, not a wall-clock bound, so a loaded CI runner cannot fail it: both sizes
    are timed alternately, best of three each. Choose ``size`` so that ``run(size)``
    takes some milliseconds.
    """
    best = {size: float("inf"), size * factor: float("inf")}
    for _ in range(3):
        for n in best:
            started = time.perf_counter()
            run(n)
            best[n] = min(best[n], time.perf_counter() - started)
    ratio = best[size * factor] / best[size]
    assert ratio < factor * slack, (
        f"{factor}x the input took {ratio:.0f}x as long ({best})"
    )
