"""Word classes (``classes.yaml``): one list of phrases that entries name as ``<name>``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import lexicon_hits

from smslint.detectors import lexicon_files
from smslint.detectors.lexicon_entries import parse_entries
from smslint.detectors.lexicon_files import languages, shipped_classes
from smslint.errors import SmslintError
from smslint.resources import shipped_dir

CLASSES = {"child": ("kid", "son", "daughter"), "family": ("kid", "son", "wife")}


@pytest.fixture
def lexicon_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A lexicon folder of our own, read instead of the shipped one."""
    monkeypatch.setattr(lexicon_files, "shipped_dir", lambda name: tmp_path)
    (tmp_path / "xx").mkdir()
    shipped_classes.cache_clear()
    yield tmp_path / "xx"
    shipped_classes.cache_clear()


def test_a_class_stands_for_its_phrases_in_every_phrase_list() -> None:
    raw = {
        "all": [["<child>"], ["school"]],
        "exceptions": ["<family>"],
        "note": "n",
        "severity": "error",
    }
    [entry] = parse_entries([raw], "en", "threat", "t.yaml", classes=CLASSES)
    assert {"kid", "kids", "son", "sons", "daughter", "daughters"} <= entry.parts[0]
    assert "<child>" not in entry.parts[0]
    assert {"wife", "wives", "kid"} <= entry.exceptions


def test_terms_may_name_a_class_and_give_one_entry_per_phrase() -> None:
    raw = {"terms": ["<child>", "toddler"], "note": "n", "severity": "error"}
    entries = parse_entries([raw], "en", "threat", "t.yaml", classes=CLASSES)
    assert [e.name for e in entries] == ["kid", "son", "daughter", "toddler"]


def test_an_unknown_class_names_the_file_and_entry() -> None:
    raw = {"all": [["<kids>"], ["school"]], "note": "n", "severity": "error"}
    with pytest.raises(SmslintError, match="unknown word class '<kids>'") as error:
        parse_entries([raw], "en", "threat", "t.yaml", classes=CLASSES)
    assert str(error.value).startswith("t.yaml: entries[0].all[0]")
    assert "child, family" in str(error.value)


def test_classes_may_name_other_classes(lexicon_root: Path) -> None:
    (lexicon_root / "classes.yaml").write_text(
        "classes:\n"
        "  son: [son, boy]\n"
        "  child: [<son>, daughter, boy]\n"
        "  family: [<child>, wife]\n",
        encoding="utf-8",
    )
    assert shipped_classes("xx") == {
        "son": ("son", "boy"),
        "child": ("son", "boy", "daughter"),
        "family": ("son", "boy", "daughter", "wife"),
    }


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("classes:\n  a: [<b>]\n  b: [<a>]\n", "refer to each other: a -> b -> a"),
        ("classes:\n  a: [<nope>]\n", "unknown word class '<nope>'"),
        ("classes: [a, b]\n", "maps class names to lists"),
        ("classes:\n  a: [1]\n", "quote numbers"),
    ],
)
def test_a_broken_classes_file_says_where(
    lexicon_root: Path, text: str, message: str
) -> None:
    (lexicon_root / "classes.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(SmslintError, match=message) as error:
        shipped_classes("xx")
    assert "classes.yaml" in str(error.value)


def test_a_language_without_classes_has_none(lexicon_root: Path) -> None:
    assert shipped_classes("xx") == {}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_shipped_class_is_used(lang: str) -> None:
    """A class nobody names is dead data: widen it into an entry or delete it."""
    assert lang in languages()
    folder = shipped_dir("lexicons") / lang
    text = "\n".join(p.read_text(encoding="utf-8") for p in folder.glob("*.yaml"))
    for name in shipped_classes(lang):
        assert f"<{name}>" in text, name


def test_a_packs_extra_terms_may_name_the_shipped_classes() -> None:
    extra = {"en": [{"all": [["<child>"], ["recital"]], "note": "names the child"}]}
    found = lexicon_hits("Enjoy your grandson's recital!", "threat", extra_terms=extra)
    assert [h.args["term"] for h in found] == ["grandson's recital"]
    assert not lexicon_hits("Enjoy the recital!", "threat", extra_terms=extra)
