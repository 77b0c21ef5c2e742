"""English inflections of lexicon words: a lookup lemmatizer on the lexicon side.

A lexicon lists base forms (``arrest``, ``garnish``, ``deadbeat``); messages say
``arrested``, ``garnishing``, ``deadbeats``. Rather than lemmatizing every message,
each lexicon word is expanded once, when the lexicon is loaded, into all its forms
from lemminflect's lookup tables (no model, no download), and the matcher looks for
those forms. A message therefore needs no per-word lemmatization at all.

lemminflect is the source of truth, but loading it costs about 0.7 s (and its package
``__init__`` imports spaCy when spaCy is installed: another second). That is too slow
for a pre-commit hook, so the forms of every word in the shipped lexicons are kept in
``corpora/lexicons/en/_inflections.json``, generated from lemminflect by
``python -m smslint.detectors.inflections`` (a test fails when it is stale). Words not
in that table, such as a company pack's ``extra_terms``, are looked up in lemminflect
on first use.

Which words inflect: a word written as a lemma gets all its forms (``arrest`` ->
``arrests, arrested, arresting``); a plural noun also matches its singular
(``wages`` -> ``wage``); a word lemminflect does not know (``fuck``, ``fck``) gets the
regular out-of-vocabulary forms of a noun and a verb when it stands alone, and only
those of a noun inside a longer phrase; other inflected words (``wanted``) and
function words (``you``, ``will``, ``not``) stay as written, so ``wanted`` never
matches ``want``.

Why unknown words keep only a plural inside a phrase: there they are mostly words of
other languages written in Latin letters (Hinglish "call karenge", Tagalog "sa lahat
ng contact ni", Swahili "kwa contact wote") or English nouns lemminflect lacks
("your flatmates", "your workmates"). Verb endings on each made nonsense phrases
("karenged", "ngs ... nied"), multiplied across the phrase's words: they were a
quarter of the compiled lexicon's keys, which every run loads, and matched nothing
on any evaluation set.
"""

from __future__ import annotations

import itertools
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from types import ModuleType

from smslint.resources import shipped_dir

#: where the generated table of forms for the shipped lexicons lives
TABLE_NAME = "_inflections.json"

#: a word's forms in the table (a list), or an unknown word's: {"alone": [...],
#: "in_phrase": [...]}
_Forms = list[str] | dict[str, list[str]]

#: lexicon languages whose words are inflected (lemminflect knows English only)
INFLECTED_LANGUAGES = frozenset({"en"})

#: a phrase whose words combine into more forms than this is a lexicon error
MAX_PHRASE_FORMS = 512

# closed-class words: inflecting them yields nonsense ("you" -> "yous") or changes
# the meaning ("will" -> "would", "not" -> "nots")
FUNCTION_WORDS = frozenset(
    """a an the this that these those my your his her its our their me you him us them
    i we he she it they who whom whose what which where when why how all any every
    each some no not never nor none and or but if then than so as of at by for from in
    into on onto off out over to up down with without about after before under until
    is are was were be been being am do does did done have has had will would shall
    should can could may might must yours ours theirs everyone everybody anyone
    someone somebody nobody nothing something everything here there""".split()
)


def phrase_forms(phrase: str) -> set[str]:
    """Every combination of the forms of each word of ``phrase`` (space-separated)."""
    words = phrase.split(" ")
    choices = [word_forms(w, in_phrase=len(words) > 1) for w in words]
    count = 1
    for forms in choices:
        count *= len(forms)
    if count > MAX_PHRASE_FORMS:
        raise ValueError(
            f"{phrase!r} expands into {count} inflected forms (more than "
            f"{MAX_PHRASE_FORMS}); split it or set 'inflect: false'"
        )
    return {" ".join(combo) for combo in itertools.product(*choices)}


def word_forms(word: str, in_phrase: bool = False) -> tuple[str, ...]:
    """The forms of one word, the word itself first (lower-cased); ``in_phrase``:
    inside a phrase of several words, where an unknown word inflects as a noun only."""
    lowered = word.casefold()
    if not _inflectable(lowered):
        return (lowered,)
    table = _shipped_table()
    forms = table[lowered] if lowered in table else _table_value(lowered)
    if isinstance(forms, dict):  # a word lemminflect does not know
        forms = forms[_IN_PHRASE if in_phrase else _ALONE]
    return tuple(forms)


#: the keys of an unknown word's value in the table: its forms alone, in a phrase
_ALONE, _IN_PHRASE = "alone", "in_phrase"


def _inflectable(word: str) -> bool:
    return word.isascii() and word.isalpha() and word not in FUNCTION_WORDS


@cache
def _shipped_table() -> dict[str, _Forms]:
    path = shipped_dir("lexicons") / "en" / TABLE_NAME
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8") as handle:
        table: dict[str, _Forms] = json.load(handle)
    return table


@cache
def lookup_forms(word: str) -> tuple[str, ...]:
    """The forms of ``word`` straight from lemminflect (slow the first time)."""
    lem = _lemminflect()
    forms: dict[str, None] = {word: None}
    lemmas = lem.getAllLemmas(word)
    as_lemma = [upos for upos, spellings in lemmas.items() if word in spellings]
    if as_lemma:
        for upos in as_lemma:
            _add(forms, lem.getAllInflections(word, upos=upos).values())
    elif "NOUN" in lemmas:
        for lemma in lemmas["NOUN"]:
            _add(forms, [(lemma,)])
            _add(forms, lem.getAllInflections(lemma, upos="NOUN").values())
    elif not lemmas:
        for upos in ("NOUN", "VERB"):
            _add(forms, lem.getAllInflectionsOOV(word, upos).values())
    return tuple(forms)


@cache
def unknown_noun_forms(word: str) -> tuple[str, ...]:
    """A word lemminflect does not know, and its regular plural."""
    forms: dict[str, None] = {word: None}
    _add(forms, _lemminflect().getAllInflectionsOOV(word, "NOUN").values())
    return tuple(forms)


def _is_unknown(word: str) -> bool:
    return not _lemminflect().getAllLemmas(word)


@cache
def _table_value(word: str) -> _Forms:
    """A word's value in the table: its forms, or for a word lemminflect does not
    know, its forms alone and in a phrase."""
    if _is_unknown(word):
        return {
            _ALONE: list(lookup_forms(word)),
            _IN_PHRASE: list(unknown_noun_forms(word)),
        }
    return list(lookup_forms(word))


def _add(forms: dict[str, None], spellings: Iterable[tuple[str, ...]]) -> None:
    for group in spellings:
        forms.update((s.casefold(), None) for s in group)


class _NoSpacy:
    """Refuses ``import spacy`` while lemminflect's package ``__init__`` runs.

    That ``__init__`` imports spaCy (about a second) only to register token
    extensions; smslint never uses them. A meta path finder needs only
    ``find_spec``; subclassing ``importlib.abc.MetaPathFinder`` would import that
    module (~4 ms) on every start.
    """

    def find_spec(self, fullname: str, path: object = None, target: object = None):
        if fullname == "spacy" or fullname.startswith("spacy."):
            raise ImportError("spaCy is not needed for lexicon inflections")
        return None


@contextmanager
def _without_spacy() -> Iterator[None]:
    if "spacy" in sys.modules:  # already paid for: nothing to avoid
        yield
        return
    blocker = _NoSpacy()
    sys.meta_path.insert(0, blocker)
    try:
        yield
    finally:
        sys.meta_path.remove(blocker)


@cache
def _lemminflect() -> ModuleType:
    with _without_spacy():
        import lemminflect
    return lemminflect


def table_for(words: Iterable[str]) -> dict[str, _Forms]:
    """The generated table: lemminflect's forms of each inflectable word."""
    wanted = sorted({w.casefold() for w in words if _inflectable(w.casefold())})
    return {w: _table_value(w) for w in wanted}


def write_table(words: Iterable[str], path: Path) -> None:
    """Write :func:`table_for` as stable, reviewable JSON (one word a line)."""
    table = table_for(words)
    lines = [
        f"  {json.dumps(w)}: {json.dumps(f, ensure_ascii=False)}"
        for w, f in table.items()
    ]
    path.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")


def main() -> None:
    """Regenerate the shipped table from the English lexicon files."""
    from smslint.detectors.lexicon_files import shipped_words

    path = shipped_dir("lexicons") / "en" / TABLE_NAME
    write_table(shipped_words("en"), path)
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
