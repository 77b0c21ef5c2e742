"""The per-user cache: hits, misses, bad files, unwritable folders; the lexicon's use."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import smslint
from smslint import cache
from smslint.checks import RunContext
from smslint.checks import lexicon as k
from smslint.detectors.lexicon import LexiconMatcher
from smslint.detectors.lexicon_files import languages, shipped_context
from smslint.detectors.lexicon_pickle import LazyEntries
from smslint.detectors.lexicon_text import PhraseKeys
from smslint.message import Message
from smslint.normalize import Normalizer
from smslint.resources import shipped_dir

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("SMSLINT_CACHE_DIR", str(folder))
    return folder


class Builds:
    """A build function that counts its calls."""

    def __init__(self, value: object = None) -> None:
        self.value = {"built": True} if value is None else value
        self.calls = 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


def test_hit(cache_dir: Path) -> None:
    key, build = cache.fingerprint("a"), Builds()
    assert cache.load_or_build("thing", key, build, dict) == {"built": True}
    assert cache.load_or_build("thing", key, build, dict) == {"built": True}
    assert build.calls == 1
    assert [p.name for p in cache_dir.iterdir()] == ["thing.pickle"]


def test_miss_after_a_data_file_changes(cache_dir: Path, tmp_path: Path) -> None:
    data = tmp_path / "data.yaml"
    data.write_text("a: 1\n")

    def load() -> str:
        return cache.load_or_build(
            "data", cache.fingerprint(files=[data]), data.read_text, str
        )

    assert load() == "a: 1\n"
    data.write_text("a: 2\n")
    assert load() == "a: 2\n"  # rebuilt, not the stale value
    assert load() == "a: 2\n"
    # one file per name: the new value replaced the old one
    assert [p.name for p in cache_dir.iterdir()] == ["data.pickle"]


def test_large_bytes_come_back_as_views_of_the_file(cache_dir: Path) -> None:
    """Buffers a value marks out-of-band are stored after its pickle and read back
    as memoryviews of the mapped file, not copies; the rest of the value as usual."""
    blob = bytes(range(256)) * 4096
    value = {"blob": pickle.PickleBuffer(blob), "small": b"in-band", "n": 3}
    key, build = cache.fingerprint("a"), Builds(value)
    cache.load_or_build("thing", key, build, dict)
    loaded = cache.load_or_build("thing", key, build, dict)
    assert build.calls == 1
    assert isinstance(loaded["blob"], memoryview) and loaded["blob"].readonly
    assert loaded["blob"] == blob
    assert loaded == {**loaded, "small": b"in-band", "n": 3}
    assert (cache_dir / "thing.pickle").stat().st_size > len(blob)


def test_miss_when_another_value_is_asked_for(cache_dir: Path) -> None:
    build = Builds()
    cache.load_or_build("thing", cache.fingerprint("a"), build, dict)
    cache.load_or_build("thing", cache.fingerprint("b"), build, dict)
    cache.load_or_build("thing", cache.fingerprint("a"), build, dict)
    assert build.calls == 3


def _header(key: str) -> bytes:
    return cache._MAGIC + key.encode() + b"\n"


def _framed(key: str, data: bytes) -> bytes:
    """A file of the cache's layout holding ``data`` as its pickle."""
    return _header(key) + cache._LENGTH.pack(len(data)) + data


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(lambda key: b"", id="empty"),
        pytest.param(lambda key: b"\x00\xff garbage" * 100, id="garbage"),
        pytest.param(lambda key: _header(key), id="header only"),
        pytest.param(
            lambda key: _framed(key, pickle.dumps({"built": True}))[:-5],
            id="truncated",
        ),
        # a pickle right after the header, as the first layout wrote it
        pytest.param(
            lambda key: _header(key) + pickle.dumps({"built": False}),
            id="older layout",
        ),
        pytest.param(lambda key: _framed(key, b"not a pickle"), id="not a pickle"),
        # what a pickle from another version of a library looks like
        pytest.param(
            lambda key: _framed(key, b"cno_such_module\nThing\n)R."),
            id="unknown class",
        ),
        pytest.param(lambda key: _framed(key, pickle.dumps([1, 2])), id="wrong type"),
    ],
)
def test_a_bad_file_is_rebuilt_and_replaced(cache_dir: Path, content) -> None:
    key, build = cache.fingerprint("a"), Builds()
    cache_dir.mkdir()
    (cache_dir / "thing.pickle").write_bytes(content(key))
    assert cache.load_or_build("thing", key, build, dict) == {"built": True}
    assert build.calls == 1
    assert cache.load_or_build("thing", key, build, dict) == {"built": True}
    assert build.calls == 1  # the bad file was replaced by a good one


@pytest.mark.parametrize("where", ["under a file", "a file"])
def test_an_unusable_folder_falls_back_to_building(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    # a regular file where the folder (or its parent) should be: neither reading nor
    # writing can work, whoever runs the test (root ignores permission bits)
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    folder = blocker / "cache" if where == "under a file" else blocker
    monkeypatch.setenv("SMSLINT_CACHE_DIR", str(folder))
    key, build = cache.fingerprint("a"), Builds()
    for _ in range(2):
        assert cache.load_or_build("thing", key, build, dict) == {"built": True}
    assert build.calls == 2
    assert [p.name for p in tmp_path.iterdir()] == ["blocker"]


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root writes into read-only folders",
)
def test_a_read_only_folder_falls_back_to_building(cache_dir: Path) -> None:
    cache_dir.mkdir()
    cache_dir.chmod(0o500)
    try:
        key, build = cache.fingerprint("a"), Builds()
        for _ in range(2):
            assert cache.load_or_build("thing", key, build, dict) == {"built": True}
        assert build.calls == 2
        assert list(cache_dir.iterdir()) == []
    finally:
        cache_dir.chmod(0o700)


def test_an_unpicklable_value_is_returned_uncached(cache_dir: Path) -> None:
    build = Builds(value=lambda: None)  # lambdas do not pickle
    key = cache.fingerprint("a")
    for _ in range(2):
        assert callable(cache.load_or_build("thing", key, build, object))
    assert build.calls == 2
    assert not cache_dir.exists() or list(cache_dir.iterdir()) == []


def test_build_errors_propagate_and_nothing_is_cached(cache_dir: Path) -> None:
    def fail() -> dict:
        raise ValueError("broken lexicon")

    with pytest.raises(ValueError, match="broken lexicon"):
        cache.load_or_build("thing", cache.fingerprint("a"), fail, dict)
    assert not cache_dir.exists() or list(cache_dir.iterdir()) == []


def test_the_folder_is_chosen_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("SMSLINT_CACHE_DIR", str(tmp_path / "explicit"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() == tmp_path / "explicit"
    monkeypatch.delenv("SMSLINT_CACHE_DIR")
    assert cache.cache_dir() == tmp_path / "xdg" / "smslint"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")  # ignored, as XDG says
    assert cache.cache_dir() == tmp_path / "home" / ".cache" / "smslint"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache.cache_dir() == tmp_path / "home" / ".cache" / "smslint"


def test_the_suite_never_uses_the_real_cache() -> None:
    # conftest points every test (and the CLI processes they start) elsewhere
    folder = cache.cache_dir()
    assert folder is not None
    assert folder != Path.home() / ".cache" / "smslint"


def test_fingerprint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    one.write_text("x")
    two.write_text("y")
    key = cache.fingerprint("v", files=[one, two], root=tmp_path)
    assert len(key) == 64
    assert key == cache.fingerprint("v", files=[one, two], root=tmp_path)
    assert key != cache.fingerprint("w", files=[one, two], root=tmp_path)
    assert key != cache.fingerprint("v", files=[two, one], root=tmp_path)
    assert key != cache.fingerprint("v", files=[one], root=tmp_path)
    # content moved between files
    one.write_text("xy")
    two.write_text("")
    assert key != cache.fingerprint("v", files=[one, two], root=tmp_path)
    # a missing file is a value of its own, not an error
    missing = cache.fingerprint("v", files=[tmp_path / "gone"], root=tmp_path)
    assert missing != cache.fingerprint("v", root=tmp_path)
    # smslint's version is always part of the key
    before = cache.fingerprint("v")
    monkeypatch.setattr(smslint, "__version__", "99.0")
    assert cache.fingerprint("v") != before


def test_installed_stamps_modules_without_importing_them() -> None:
    code = (
        "import sys; from smslint import cache;"
        "s = cache.installed('lemminflect', 'no_such_module_xyz');"
        "print(s[0][0], s[0][2] > 0, s[1], 'lemminflect' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == [
        "lemminflect", "True", "('no_such_module_xyz',", "None,", "-1,", "-1)", "False"
    ]  # fmt: skip


# --- the lexicon matcher ------------------------------------------------------------


def test_the_lexicon_matcher_is_compiled_once(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Pay now or the police will arrest you, you deadbeat."
    first = k.build(k.DEFAULTS | {"lexicon": "threat"}, RunContext())
    expected = list(first(Message(text, "en", True)))
    assert expected
    # (the message model and the normalizer's tables are cached beside it)
    assert _lexicon_files(cache_dir) == ["lexicon-shipped.pickle"]

    def no_compiling() -> None:
        raise AssertionError("compiled again despite a warm cache")

    monkeypatch.setattr(k, "_all_shipped_entries", no_compiling)
    monkeypatch.setattr(k, "shipped_context", no_compiling)
    again = k.build(k.DEFAULTS | {"lexicon": "threat"}, RunContext())
    assert list(again(Message(text, "en", True))) == expected


def test_custom_rules_are_cached_apart(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    options = k.DEFAULTS | {"lexicon": "threat", "disabled_terms": ["arrest"]}
    text = "The police will arrest you and we will take you to court."
    fresh = list(k.build(options, RunContext())(Message(text, "en", True)))

    def no_compiling(options: object) -> None:
        raise AssertionError("compiled again despite a warm cache")

    monkeypatch.setattr(k, "entries_for", no_compiling)
    cached = list(k.build(options, RunContext())(Message(text, "en", True)))
    assert fresh == cached
    assert "arrest" not in [h.args["entry"] for h in cached]
    names = _lexicon_files(cache_dir)
    assert len(names) == 1 and names[0].startswith("lexicon-custom-")


def _lexicon_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("lexicon-"))


def test_a_cached_matcher_finds_what_a_compiled_one_finds() -> None:
    normalizer = Normalizer()
    contexts = {lang: shipped_context(lang) for lang in languages()}
    compiled = LexiconMatcher(
        k._all_shipped_entries(), contexts, PhraseKeys(normalizer)
    )
    compiled.find(normalizer("we will arrest you"))  # a memory that must not travel
    cached = pickle.loads(pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL))
    assert cached._last is None
    with (REPO / "corpora" / "eval" / "messages.jsonl").open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh if line.strip()]
    found = 0
    for text in texts:
        norm = normalizer(text)
        assert cached.find(norm) == compiled.find(norm), text
        found += bool(compiled.find(norm))
    assert found > 50  # the comparison saw real findings, not only empty lists


def test_cached_entries_share_the_sets_they_shared() -> None:
    """A file's exceptions, held by each of its entries, are pickled once and are one
    object again after loading: not a copy per entry, in the file or in memory."""
    entries = k._all_shipped_entries()
    cached = pickle.loads(pickle.dumps(LazyEntries(entries), pickle.HIGHEST_PROTOCOL))
    assert [cached[i] for i in range(len(cached))] == entries
    by_exceptions: dict[frozenset[str], list[int]] = {}
    for number, entry in enumerate(entries):
        if entry.exceptions:
            by_exceptions.setdefault(entry.exceptions, []).append(number)
    groups = [numbers for numbers in by_exceptions.values() if len(numbers) > 1]
    assert groups  # the shipped lexicons do share exceptions
    for first, *others in groups:
        assert all(cached[n].exceptions is cached[first].exceptions for n in others)
    # a blob holds a reference to a shared set, not the set: each sharing entry's
    # blob is smaller than the entry pickled alone by most of the set's own size
    sizes = [b - a for a, b in zip((0, *cached._ends), cached._ends, strict=False)]
    for numbers in groups:
        for number in numbers:
            alone = len(pickle.dumps(entries[number], pickle.HIGHEST_PROTOCOL))
            exceptions = pickle.dumps(entries[number].exceptions)
            assert sizes[number] < alone - len(exceptions) // 2


def test_the_matcher_key_follows_data_code_and_options(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "lexicons"
    shutil.copytree(shipped_dir("lexicons"), copy)
    monkeypatch.setattr(k, "shipped_dir", lambda name: copy)
    key = k.matcher_key("lexicon:shipped")
    assert key == k.matcher_key("lexicon:shipped")
    assert key != k.matcher_key('lexicon:custom:["threat", {}, ["arrest"]]')
    for changed in ("en/threat.yaml", "normalize/leet.yaml", "en/_inflections.json"):
        path = copy / changed
        original = path.read_bytes()
        path.write_bytes(original + b"\n")
        assert k.matcher_key("lexicon:shipped") != key, changed
        path.write_bytes(original)
        assert k.matcher_key("lexicon:shipped") == key
    (copy / "en" / "new_category.yaml").write_text("entries: []\n")
    assert k.matcher_key("lexicon:shipped") != key
