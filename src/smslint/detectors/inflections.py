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
regular out-of-vocabulary forms; other inflected words (``wanted``) and function words
(``you``, ``will``, ``not``) stay as written, so ``wanted`` never matches ``want``.
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
    choices = [word_forms(w) for w in words]
    count = 1
    for forms in choices:
        count *= len(forms)
    if count > MAX_PHRASE_FORMS:
        raise ValueError(
            f"{phrase!r} expands into {count} inflected forms (more than "
            f"{MAX_PHRASE_FORMS}); split it or set 'inflect: false'"
        )
    return {" ".join(combo) for combo in itertools.product(*choices)}


def word_forms(word: str) -> tuple[str, ...]:
    """The forms of one word, the word itself first (lower-cased)."""
    lowered = word.casefold()
    if not _inflectable(lowered):
        return (lowered,)
    table = _shipped_table()
    if lowered in table:
        return tuple(table[lowered])
    return lookup_forms(lowered)


def _inflectable(word: str) -> bool:
    return word.isascii() and word.isalpha() and word not in FUNCTION_WORDS


@cache
def _shipped_table() -> dict[str, list[str]]:
    path = shipped_dir("lexicons") / "en" / TABLE_NAME
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8") as handle:
        table: dict[str, list[str]] = json.load(handle)
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


def table_for(words: Iterable[str]) -> dict[str, list[str]]:
    """The generated table: lemminflect's forms of each inflectable word."""
    wanted = sorted({w.casefold() for w in words if _inflectable(w.casefold())})
    return {w: list(lookup_forms(w)) for w in wanted}


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
