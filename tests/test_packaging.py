"""The wheel ships what it needs, and the pre-commit hook works for a real repository.

These tests build and install for real (tens of seconds each), as a user would.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest
from conftest import CLEAN_EN, REPO

pytestmark = pytest.mark.slow


def run(cmd: list[str], cwd: Path, **kw) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, **kw)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    built = run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(out), str(REPO)],
        cwd=out,
    )
    assert built.returncode == 0, built.stderr
    (path,) = out.glob("smslint-*.whl")
    return path


def test_wheel_contains_packs_schema_and_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "smslint/_data/policies/core.yaml" in names
    assert "smslint/policy/pack.schema.json" in names
    assert "smslint/data/pii_terms.yaml" in names
    assert "smslint/data/script_chars.txt" in names  # language detection needs it
    assert "smslint/_data/models/message-model.json" in names  # the message model
    for pack in (REPO / "policies").glob("*.yaml"):
        assert f"smslint/_data/policies/{pack.name}" in names


def test_wheel_installs_into_fresh_venv_and_lints(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    py = env_dir / "bin" / "python"
    installed = run([str(py), "-m", "pip", "install", "-q", str(wheel)], cwd=tmp_path)
    assert installed.returncode == 0, installed.stderr[-3000:]
    templates = tmp_path / "templates"
    shutil.copytree(REPO / "corpora" / "demo" / "templates", templates)
    (templates / "clean.txt").write_text(CLEAN_EN, encoding="utf-8")

    where = run(
        [str(py), "-c", "import smslint.policy as p; print(p.builtin_pack_dir())"],
        cwd=tmp_path,
    )
    assert str(env_dir) in where.stdout, where.stdout + where.stderr

    clean = run(
        [str(env_dir / "bin" / "smslint"), "check", "templates/clean.txt"], cwd=tmp_path
    )
    assert clean.returncode == 0, clean.stdout + clean.stderr
    demo = run([str(env_dir / "bin" / "smslint"), "check", "templates"], cwd=tmp_path)
    assert demo.returncode == 1, demo.stdout + demo.stderr
    assert "pii-placeholder" in demo.stdout


@pytest.mark.skipif(shutil.which("git") is None, reason="git is needed by pre-commit")
def test_pre_commit_try_repo(tmp_path):
    repo = tmp_path / "templates-repo"
    repo.mkdir()
    env = dict(
        os.environ,
        GIT_AUTHOR_NAME="t",
        GIT_AUTHOR_EMAIL="t@example.invalid",
        GIT_COMMITTER_NAME="t",
        GIT_COMMITTER_EMAIL="t@example.invalid",
        PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"),
    )
    run(["git", "init", "-q"], cwd=repo, env=env)
    (repo / "reminder.txt").write_text(CLEAN_EN, encoding="utf-8")
    run(["git", "add", "."], cwd=repo, env=env)
    pre_commit = [sys.executable, "-m", "pre_commit", "try-repo", str(REPO), "smslint"]

    ok = run(pre_commit + ["--all-files"], cwd=repo, env=env)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "Passed" in ok.stdout

    (repo / "leaky.txt").write_text(
        "Acme Recovery: Hi {name}, we have your ID {id_number}. Reply STOP to opt out.",
        encoding="utf-8",
    )
    run(["git", "add", "."], cwd=repo, env=env)
    bad = run(pre_commit + ["--all-files"], cwd=repo, env=env)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "Failed" in bad.stdout
    assert "leaky.txt:1:" in bad.stdout and "pii-placeholder" in bad.stdout
