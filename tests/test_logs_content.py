"""The audit's content stage: what reaches the user when a worker process fails."""

from __future__ import annotations

from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool

import pytest

from smslint.errors import SmslintError
from smslint.logs import content


def test_a_worker_that_dies_is_reported_as_an_error_not_a_traceback() -> None:
    future: Future[list[content.BodyHit]] = Future()
    future.set_exception(BrokenProcessPool("terminated abruptly"))
    with pytest.raises(SmslintError, match="--workers 1"):
        content._collect((future, 10), [], None)


def test_a_workers_compile_error_travels_with_its_first_batch(monkeypatch) -> None:
    def broken(rules, context):
        raise SmslintError("cannot be built", path="pack.yaml")

    monkeypatch.setattr(content, "compile_checks", broken)
    monkeypatch.setattr(content, "_WORKER_ERROR", None)
    content._init_worker([], show_pii=False)
    with pytest.raises(SmslintError, match="pack.yaml: cannot be built"):
        content._worker_batch([(1, "body")])
