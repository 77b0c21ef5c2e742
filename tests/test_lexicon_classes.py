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
        # a class written twice would silently lose its first list
        ("classes:\n  a: [x]\n  b: [y]\n  a: [z]\n", "repeated key 'a'"),
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


def test_a_big_class_never_makes_a_frequent_word_the_trigger() -> None:
    """Only speed depends on the trigger, but a lot of it: an entry [your] + [a class
    of hundreds of rare words] must wake on the class, not on "your" (in about 40 %
    of messages), however many phrases the class has."""
    from smslint.detectors.lexicon import LexiconMatcher
    from smslint.detectors.lexicon_files import shipped_context
    from smslint.detectors.lexicon_text import PhraseKeys
    from smslint.normalize import Normalizer

    rare = [f"zorblax{chr(97 + i // 26)}{chr(97 + i % 26)}" for i in range(600)]
    raw = {"all": [["your"], rare], "note": "n", "severity": "error"}
    entries = parse_entries([raw], "en", "threat", "t.yaml")
    matcher = LexiconMatcher(
        entries, {"en": shipped_context("en")}, PhraseKeys(Normalizer())
    )
    triggers = set(matcher._trigger.keys())
    assert "your" not in triggers
    assert "zorblaxaa" in triggers


def test_a_class_inside_a_phrase_gives_one_phrase_per_member() -> None:
    raw = {"terms": ["your <child>'s school"], "note": "n", "severity": "error"}
    entries = parse_entries([raw], "en", "threat", "t.yaml", classes=CLASSES)
    assert [e.name for e in entries] == [
        "your kid's school",
        "your son's school",
        "your daughter's school",
    ]
    found = lexicon_hits(
        "We know your daughter's school.",
        "threat",
        extra_terms={"en": [{"term": "your <child>'s school", "note": "n"}]},
    )
    assert "your daughter's school" in [h.args["term"] for h in found]


def test_two_classes_in_one_phrase_multiply() -> None:
    raw = {"all": [["<child> and <family>"], ["x"]], "note": "n", "severity": "error"}
    [entry] = parse_entries([raw], "en", "threat", "t.yaml", classes=CLASSES)
    assert {"kid and wife", "daughter and son", "son and kid"} <= entry.parts[0]


def test_a_phrase_standing_for_too_many_phrases_is_an_error() -> None:
    big = {"many": tuple(f"w{i}" for i in range(100))}
    raw = {"term": "<many> <many>", "note": "n", "severity": "error"}
    with pytest.raises(SmslintError, match="stands for 10000 phrases"):
        parse_entries([raw], "en", "threat", "t.yaml", classes=big)


def test_classes_may_name_a_class_inside_a_phrase(lexicon_root: Path) -> None:
    (lexicon_root / "classes.yaml").write_text(
        "classes:\n  kin: [son, wife]\n  your_kin: ['your <kin>', '<kin>']\n",
        encoding="utf-8",
    )
    assert shipped_classes("xx")["your_kin"] == ("your son", "your wife", "son", "wife")


def test_more_meanings_than_the_automaton_holds_is_an_error(monkeypatch) -> None:
    """An automaton value is a signed 32-bit int (pyahocorasick wraps larger ones
    silently), so a lexicon with more distinct phrase meanings than its bits hold must
    fail to compile, never match the wrong entries."""
    import ahocorasick

    from smslint.detectors import lexicon_compile
    from smslint.detectors.lexicon import LexiconMatcher
    from smslint.detectors.lexicon_files import shipped_context
    from smslint.detectors.lexicon_text import PhraseKeys
    from smslint.normalize import Normalizer

    wrapped = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    wrapped.add_word("k", lexicon_compile.MAX_MEANINGS << lexicon_compile.SHIFT)
    assert wrapped.get("k") < 0  # why the limit exists

    raw = {"terms": ["zorblax"], "note": "n", "severity": "error"}
    entries = parse_entries([raw], "en", "threat", "t.yaml")
    monkeypatch.setattr(lexicon_compile, "MAX_MEANINGS", 3)
    with pytest.raises(ValueError, match="distinct phrase meanings"):
        LexiconMatcher(entries, {"en": shipped_context("en")}, PhraseKeys(Normalizer()))
