"""The linear-time assertion the "stays linear" tests use (conftest.assert_linear)."""

from __future__ import annotations

import pytest
from conftest import assert_linear


def test_linear_work_passes() -> None:
    assert_linear(lambda n: sorted(str(i) for i in range(n)), 5_000)


def test_quadratic_work_fails() -> None:
    def quadratic(n: int) -> None:
        text = ""
        for _ in range(n):
            text += "x" * 8
            text.count("y")  # reads the whole text each time

    with pytest.raises(AssertionError, match="as long"):
        assert_linear(quadratic, 600)
