"""The shipped lexicon files: entries per language and category, language contexts.

Lexicons are data (``corpora/lexicons/<lang>/<category>.yaml``; the format is in that
folder's README), parsed into entries by :mod:`smslint.detectors.lexicon_entries`.
``context.yaml`` holds a language's negators, conditional markers and protective
phrases (:class:`LanguageContext`); ``classes.yaml`` its word classes (``<child>``),
which entries of every category name instead of repeating the list. Each file is read
once per process.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from smslint.detectors.inflections import INFLECTED_LANGUAGES
from smslint.detectors.lexicon_coordination import Grammar
from smslint.detectors.lexicon_entries import (
    CLASS_REFERENCE,
    DEFAULT_WITHIN,
    NO_CLASSES,
    Classes,
    Entry,
    expand,
    fail,
    parse_entries,
    strings,
    substitute,
)
from smslint.resources import shipped_dir
from smslint.yamldata import load_data


@dataclass(frozen=True)
class Negator:
    """A negating phrase and how many units it may stand before what it negates."""

    form: str
    window: int


@dataclass(frozen=True)
class LanguageContext:
    """What changes a match's meaning in one language (``context.yaml``)."""

    lang: str
    negators: tuple[Negator, ...]
    breakers: frozenset[str]
    conditionals: frozenset[str]
    protective: tuple[Entry, ...]
    protective_applies_to: frozenset[str]
    #: words of ordinary collection messages; only speed depends on them (the
    #: matcher wakes up on the group of an entry least likely to occur)
    frequent: frozenset[str] = frozenset()
    #: "otherwise", "否则": the step is the consequence of not paying; they excuse only
    #: entries with ``consequence_ok`` (a lawsuit, not a seizure that needs a judgment)
    consequences: frozenset[str] = frozenset()
    #: "逾期", "fail to": words naming the debtor's not paying; after a conditional
    #: ("若逾期，将查封") they make it a condition of not paying, not a hedge
    non_payment: frozenset[str] = frozenset()
    #: the writer's reluctance ("I'd rather not"): the negator in it denies nothing,
    #: "I'd rather not drive out to your mum's place, but..." is a veiled threat
    reluctance: frozenset[str] = frozenset()
    #: words that hold a negator and negate nothing: conjunctions (不过 "but", 不管
    #: "no matter", 不仅 "not only"), double negatives (不得不 "have to"), litotes
    #: ("won't hesitate"); a negator inside one is no negator, as in an A-not-A
    #: question (:meth:`~smslint.detectors.lexicon_coded.Coded.asks`)
    not_negators: frozenset[str] = frozenset()
    #: words that hold a one-character breaker and are not one: the 交 of paying
    #: (交钱) is not that of 移交 or 交给, the 接 of 接电话 not that of 直接, the 理
    #: of 理会 not that of 经理; a breaker inside one is no breaker
    not_breakers: frozenset[str] = frozenset()
    #: "or", "nor", "、", "或者": joining verb phrases that one negator governs ("we
    #: won't visit your home or call your boss"); see
    #: :mod:`smslint.detectors.lexicon_coordination`
    conjunctions: frozenset[str] = frozenset()
    #: words that make what follows a conjunction a clause of its own, with its own
    #: modal or polarity ("or **will** call", "and **instead**"): no negator reaches it
    clause_words: frozenset[str] = frozenset()
    #: commands holding a negator ("do not", "please don't"): a negator opening its
    #: clause, alone or in one of them, governs no coordinated phrase ("don't delay
    #: or face arrest": after a command "or" means "otherwise")
    commands: frozenset[str] = frozenset()
    #: negators of a noun phrase ("no", "without"): they govern no coordinated verb
    #: phrase ("pay without delay or face legal action")
    nominal: frozenset[str] = frozenset()
    #: negators that are the subject of their clause ("no one", "nobody"): opening
    #: it, they still govern the joined phrases ("no one will visit or call")
    subjects: frozenset[str] = frozenset()
    #: how the language joins phrases under one negator (list commas, subjects)
    grammar: Grammar = Grammar()
    #: phrases that call a quoted message a scam, fake or not the sender's ("就是诈骗",
    #: "is a scam", "not from us"): near a quote they clear the findings inside it
    #: (:meth:`~smslint.detectors.lexicon.LexiconMatcher._unquoted`)
    disowning: frozenset[str] = frozenset()
    #: words that make a disowning phrase after them in their clause someone's belief
    #: or a condition, not the writer's word ("别以为是假的", "anyone who says this is
    #: fake is wrong", "if you think it's a scam")
    doubting: frozenset[str] = frozenset()
    #: negators that follow what they deny (``negation.after``): Hindi and Urdu put
    #: the negator after the object, before the verb ("hum aapko jail **nahi**
    #: bhejenge"); each with the most units it may stand after the match
    after_negators: tuple[Negator, ...] = ()
    #: words between a match and a negator after it that show the negator is another
    #: verb's: a condition, a new subject, a stated verb, the debtor's paying ("call
    #: karenge **agar** paise nahi diye"); the language's ``breakers`` count too
    after_breakers: frozenset[str] = frozenset()
    #: words at most ``after_reach`` units after such a negator that make it a
    #: condition, not a denial: "paise nahi diye **to**", "nahi **to**" (otherwise),
    #: "jail nahi jaoge **agar**...", "mat hone **do**" (don't let it come to)
    after_followers: frozenset[str] = frozenset()
    after_reach: int = 0


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open(encoding="utf-8") as handle:
            data = load_data(handle)
    except (OSError, yaml.YAMLError) as exc:
        raise fail(f"cannot read lexicon: {exc}", str(path)) from None
    if not isinstance(data, dict):
        raise fail("a lexicon file is a mapping with 'entries'", str(path))
    return data


def languages() -> list[str]:
    """The languages that have a shipped lexicon folder."""
    root = shipped_dir("lexicons")
    return sorted(p.name for p in root.iterdir() if (p / "context.yaml").is_file())


@cache
def shipped_entries(lang: str, category: str) -> tuple[Entry, ...]:
    """The entries of one shipped lexicon file (empty when the file is absent)."""
    path = shipped_dir("lexicons") / lang / f"{category}.yaml"
    if not path.is_file():
        return ()
    data = _read(path)
    defaults = data.get("defaults") or {}
    return tuple(
        parse_entries(
            data.get("entries"),
            lang,
            category,
            str(path),
            defaults,
            classes=shipped_classes(lang),
        )
    )


@cache
def shipped_classes(lang: str) -> Classes:
    """The word classes of one language (``classes.yaml``; none when it is absent).

    A class is a list of phrases; it may name other classes, as a phrase (``<son>``)
    or inside one (``step<son>``), resolved here, so a class used by many entries is
    widened in one place.
    """
    path = shipped_dir("lexicons") / lang / "classes.yaml"
    if not path.is_file():
        return NO_CLASSES
    source = str(path)
    raw = _read(path).get("classes")
    if not isinstance(raw, dict) or not all(isinstance(k, str) for k in raw):
        raise fail("'classes' maps class names to lists of phrases", source, "classes")
    resolved: dict[str, tuple[str, ...]] = {}

    def resolve(name: str, trail: tuple[str, ...]) -> tuple[str, ...]:
        if name in trail:
            cycle = " -> ".join((*trail, name))
            raise fail(f"word classes refer to each other: {cycle}", source, "classes")
        if name not in resolved:
            where = f"classes.{name}"
            phrases: list[str] = []

            def members(other: str) -> tuple[str, ...]:
                if other not in raw:
                    raise fail(f"unknown word class '<{other}>'", source, where)
                return resolve(other, (*trail, name))

            for phrase in strings(raw[name], where, source):
                phrases += substitute(phrase, members, where, source)
            resolved[name] = tuple(dict.fromkeys(phrases))
        return resolved[name]

    for name in raw:
        resolve(name, ())
    return resolved


@cache
def shipped_context(lang: str) -> LanguageContext:
    """The negators, conditional markers and protective phrases of one language."""
    path = shipped_dir("lexicons") / lang / "context.yaml"
    source = str(path)
    data = _read(path)
    negation = data.get("negation") or {}
    negators = _negators(negation, "negation", source)
    after = negation.get("after") or {}
    if not isinstance(after, dict):
        raise fail("'negation.after' is a mapping", source, "negation.after")
    protective = data.get("protective") or {}
    coordination = negation.get("coordination") or {}

    def phrases(key: str) -> frozenset[str]:
        where = f"negation.coordination.{key}"
        return expand(strings(coordination.get(key, []), where, source), False)

    return LanguageContext(
        lang=lang,
        negators=negators,
        breakers=expand(
            strings(negation.get("breakers", []), "negation.breakers", source),
            lang in INFLECTED_LANGUAGES,
        ),
        conditionals=expand(
            strings(data.get("conditionals", []), "conditionals", source), False
        ),
        consequences=expand(
            strings(data.get("consequences", []), "consequences", source), False
        ),
        non_payment=expand(
            strings(data.get("non_payment", []), "non_payment", source), False
        ),
        protective=tuple(
            parse_entries(
                protective.get("entries", []),
                lang,
                "protective",
                source,
                {"severity": "info"},
                "protective.entries",
                shipped_classes(lang),
            )
        ),
        protective_applies_to=frozenset(
            strings(protective.get("applies_to", []), "protective.applies_to", source)
        ),
        frequent=expand(
            strings(data.get("frequent", []), "frequent", source),
            lang in INFLECTED_LANGUAGES,
        ),
        reluctance=expand(
            strings(negation.get("reluctance", []), "negation.reluctance", source),
            False,
        ),
        not_negators=expand(
            strings(negation.get("not_negators", []), "negation.not_negators", source),
            False,
        ),
        not_breakers=expand(
            strings(negation.get("not_breakers", []), "negation.not_breakers", source),
            False,
        ),
        conjunctions=phrases("conjunctions"),
        clause_words=phrases("clause_words"),
        commands=phrases("commands"),
        nominal=phrases("nominal"),
        subjects=phrases("subjects"),
        grammar=Grammar(
            list_commas=coordination.get("list_commas") is True,
            stated_subject=coordination.get("stated_subject") is True,
        ),
        disowning=expand(
            strings(protective.get("disowning", []), "protective.disowning", source),
            False,
        ),
        doubting=expand(
            strings(protective.get("doubting", []), "protective.doubting", source),
            False,
        ),
        after_negators=_negators(after, "negation.after", source),
        after_breakers=expand(
            strings(after.get("breakers", []), "negation.after.breakers", source),
            False,
        ),
        after_followers=expand(
            strings(after.get("followed_by", []), "negation.after.followed_by", source),
            False,
        ),
        after_reach=int(after.get("reach", 0)),
    )


def _negators(data: Mapping[str, Any], where: str, source: str) -> tuple[Negator, ...]:
    """The negators of ``data`` (``negation`` or ``negation.after``): a bare string
    uses its ``window``, ``{term, window}`` sets its own."""
    window = int(data.get("window", DEFAULT_WITHIN))
    negators: list[Negator] = []
    for index, raw in enumerate(data.get("negators") or []):
        term, own = (
            (raw, window)
            if isinstance(raw, str)
            else (raw.get("term"), int(raw.get("window", window)))
        )
        at = f"{where}.negators[{index}]"
        for form in expand(strings(term, at, source), inflect=False):
            negators.append(Negator(form, own))
    return tuple(negators)


def shipped_words(lang: str) -> set[str]:
    """Every word the shipped files of ``lang`` use (for the inflection table)."""
    root = shipped_dir("lexicons") / lang
    words: set[str] = set()
    for path in sorted(root.glob("*.yaml")):
        _collect_words(_read(path), words)
    return words


def _collect_words(node: Any, words: set[str]) -> None:
    if isinstance(node, str):
        # a class's words are in classes.yaml
        words.update(CLASS_REFERENCE.sub(" ", node).split())
    elif isinstance(node, Mapping):
        for key, value in node.items():
            if key not in ("note", "citation", "id", "language", "category"):
                _collect_words(value, words)
    elif isinstance(node, list):
        for value in node:
            _collect_words(value, words)
