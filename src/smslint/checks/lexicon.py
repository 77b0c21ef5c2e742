"""Check kind ``lexicon``: words and phrases of one lexicon category, read in context.

A rule names a category (``threat``, ``shaming``, ``impersonation``, ``third_party``,
``obscene``); the check loads that category's shipped lexicon for every language in
``corpora/lexicons/`` plus the rule's ``extra_terms``, minus its ``disabled_terms``,
and reports each finding of :class:`smslint.detectors.lexicon.LexiconMatcher` at its
original span. Every language's lexicon is applied to every message, with each term
read in its own language's context: a message declared English may still carry
Chinese words or pinyin (``laolai`` normalizes to 老赖), and the cost is one scan.

Rules that use the shipped lexicons unchanged share one matcher over all categories
(and one normalization of each message), so they cost one scan per message together;
a rule with ``extra_terms`` or ``disabled_terms`` compiles its own.

Compiling a matcher (reading the YAML, inflecting and normalizing some ten thousand
phrases, building the automaton) takes about a third of a second, which a pre-commit
hook would pay on every commit; so the compiled matcher is kept in the per-user cache
(:mod:`smslint.cache`), keyed by every lexicon and normalization data file, the code
that compiles it, the libraries it depends on and the rule's options. A warm start
unpickles it in milliseconds.

A rule's ``confirm`` option asks the message model
(:mod:`smslint.detectors.message_model`) whether the whole message reads like a
violation at all, and drops a finding when it does not (a scam warning's "arrest
warrant") unless the finding's own sentence does (:func:`_sentence_opinion`). The
findings of the rule's own ``extra_terms``, and of entries marked ``confirm: false``,
always stand.

Templates and rendered bodies are treated alike: a placeholder is ordinary text.
Each hit carries the entry's severity (the rule's severity is the ceiling) and
message arguments ``term`` (the original text), ``note``, ``entry`` (the lexicon
term or id) and ``citation`` (the entry's own, or empty).
"""

from __future__ import annotations

import functools
import json
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from smslint import cache
from smslint.checks import RunContext
from smslint.detectors.lexicon import LexiconMatcher
from smslint.detectors.lexicon_entries import (
    CATEGORIES,
    ENTRY_SCHEMA,
    Entry,
    parse_entries,
)
from smslint.detectors.lexicon_files import (
    languages,
    shipped_classes,
    shipped_context,
    shipped_entries,
)
from smslint.detectors.lexicon_scan import Finding, merged
from smslint.detectors.lexicon_text import PhraseKeys
from smslint.detectors.message_model import MODEL_FILE, MessageModel
from smslint.errors import SmslintError
from smslint.message import Message
from smslint.normalize import Normalized, Normalizer
from smslint.resources import shipped_dir
from smslint.violations import Hit, Severity

KIND = "lexicon"
SUMMARY = (
    "Threatening, shaming, impersonating, third-party or obscene wording, from the"
    " shipped lexicons, with negation and context understood."
)

OPTIONS_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "additionalProperties": False,
    "required": ["lexicon"],
    "properties": {
        "lexicon": {
            "enum": list(CATEGORIES),
            "description": "Which lexicon category the rule reports.",
        },
        "extra_terms": {
            "description": "Entries to add, per lexicon language (en, zh), in the "
            "lexicon file format (corpora/lexicons/README.md); 'note' is required.",
            "type": "object",
            "propertyNames": {"pattern": "^[a-z]{2,3}$"},
            "additionalProperties": {
                "type": "array",
                "items": {"allOf": [ENTRY_SCHEMA, {"required": ["note"]}]},
            },
        },
        "disabled_terms": {
            "description": "Lexicon terms (or ids of co-occurrence entries) to ignore.",
            "type": "array",
            "items": {"type": "string", "minLength": 1},
            "uniqueItems": True,
        },
        "confirm": {
            "description": "A message's findings stand only if the message model "
            "(corpora/models) gives the whole message at least this probability of "
            "being a violation of some category; null reports every lexicon "
            "finding; auto is 0.2 for threat, shaming and impersonation and null "
            "for third_party and obscene. The rule's own extra_terms always stand.",
            "anyOf": [
                {"type": "number", "minimum": 0, "maximum": 1},
                {"type": "null"},
                {"const": "auto"},
            ],
        },
    },
}

#: ``confirm: auto``, per category, where the model's doubt was measured to remove
#: more false findings than true ones on blind held-out sets (corpora/models/
#: README.md). Not third_party: the model misreads messages addressed to someone
#: else ("To the payroll office: your employee owes..."). Not obscene: no context
#: clears profanity.
AUTO_CONFIRM: dict[str, float] = {
    "threat": 0.2,
    "shaming": 0.2,
    "impersonation": 0.2,
}

#: a finding the whole message does not confirm still stands when its own sentence
#: alone is more likely than not a violation (see _sentence_opinion)
RESCUE = 0.5

DEFAULTS: dict[str, Any] = {"extra_terms": {}, "disabled_terms": [], "confirm": "auto"}

#: severity of an extra term that does not give one: the rule's own (its ceiling)
_EXTRA_DEFAULTS = {"severity": "error"}


def _fold(term: str) -> str:
    return " ".join(term.split()).casefold()


def entries_for(options: Mapping[str, Any]) -> list[Entry]:
    """The entries a rule's options select: shipped, plus extra, minus disabled."""
    category: str = options["lexicon"]
    entries = [e for lang in languages() for e in shipped_entries(lang, category)]
    entries += extra_entries(options)
    disabled = {_fold(t) for t in options["disabled_terms"]}
    unknown = disabled - {_fold(e.name) for e in entries}
    if unknown:
        raise SmslintError(
            f"disabled_terms: {', '.join(sorted(unknown))} is not a term or id of the"
            f" {category} lexicon"
        )
    return [e for e in entries if _fold(e.name) not in disabled]


def extra_entries(options: Mapping[str, Any]) -> list[Entry]:
    """The entries of a rule's ``extra_terms``."""
    langs = languages()
    entries: list[Entry] = []
    for lang, raws in options["extra_terms"].items():
        if lang not in langs:
            raise SmslintError(
                f"extra_terms: no lexicon language {lang!r} (have {', '.join(langs)})"
            )
        entries += parse_entries(
            raws,
            lang,
            options["lexicon"],
            "extra_terms",
            _EXTRA_DEFAULTS,
            f"extra_terms.{lang}",
            shipped_classes(lang),
        )
    return entries


def _all_shipped_entries() -> list[Entry]:
    """Every category of every language: what rules without options share."""
    return [
        e for lang in languages() for c in CATEGORIES for e in shipped_entries(lang, c)
    ]


#: the code that decides what a compiled matcher holds, relative to the package
_COMPILER_CODE = (
    "normalize*.py",
    "resources.py",
    "detectors/lexicon*.py",
    "detectors/inflections.py",
    "checks/lexicon.py",
)
#: libraries whose version changes a compiled matcher: the pickled automaton
#: (pyahocorasick), normalized phrases (OpenCC's dictionaries), inflections
_COMPILER_LIBRARIES = ("ahocorasick", "opencc", "lemminflect")


def _cached_matcher(
    name: str, compile_matcher: Callable[[], LexiconMatcher]
) -> LexiconMatcher:
    """The matcher ``name`` from the per-user cache, compiled and cached on a miss.

    Custom rules get a file each, so two in one pack do not evict each other.
    """
    stem = "lexicon-shipped"
    if name != "lexicon:shipped":
        stem = "lexicon-custom-" + cache.digest(name)
    return cache.load_or_build(stem, matcher_key(name), compile_matcher, LexiconMatcher)


def matcher_key(name: str) -> str:
    """The cache key of matcher ``name``: everything a compiled matcher depends on.

    ``name`` (the detector name) holds the rule options that shape the matcher; then
    every file of the shipped lexicons (the normalization tables among them), the
    code that compiles them, and the versions of Python and of the libraries.
    """
    data = shipped_dir("lexicons")
    return cache.fingerprint(
        name,
        sys.version,
        cache.installed(*_COMPILER_LIBRARIES),
        cache.code(*_COMPILER_CODE),
        files=sorted(p for p in data.rglob("*") if p.is_file()),
        root=data,
    )


class _HitsByCategory:
    """One matcher's hits in a message, by category, with a one-message memory.

    Every lexicon rule of a run looks at the same message in turn; the rules that
    share a matcher share one normalization, one scan and one mapping of each finding
    back to the original text, and each takes its category's hits.
    """

    def __init__(
        self, normalizer: Callable[[str], Normalized], matcher: LexiconMatcher
    ) -> None:
        self._normalizer = normalizer
        self._matcher = matcher
        self._text: str | None = None
        self._hits: dict[str, list[Hit]] = {}
        #: the last message, normalized
        self.normalized: Normalized = Normalized("", "", ())
        #: its findings whose entry says ``confirm: false``: (start, end, entry)
        self.firm: frozenset[tuple[int, int, str]] = frozenset()

    def __call__(self, text: str) -> Mapping[str, list[Hit]]:
        if text != self._text:
            self._text, self.normalized = text, self._normalizer(text)
            self._hits = self._find(text, self.normalized)
        return self._hits

    def _find(self, text: str, norm: Normalized) -> dict[str, list[Hit]]:
        self.firm = frozenset()
        findings = self._findings(norm)
        if not findings:
            return _NO_HITS
        hits: dict[str, list[Hit]] = {}
        firm: set[tuple[int, int, str]] = set()
        for finding in findings:
            start, end, entry = finding.start, finding.end, finding.entry
            if not entry.confirm:
                firm.add((start, end, entry.name))
            hits.setdefault(entry.category, []).append(
                Hit(
                    start=start,
                    end=end,
                    args={
                        "term": text[start:end],
                        "note": entry.note,
                        "entry": entry.name,
                        "citation": entry.citation or "",
                    },
                    severity=_SEVERITIES[entry.severity],
                )
            )
        self.firm = frozenset(firm)
        return hits

    def _findings(self, norm: Normalized) -> list[Finding]:
        """The matcher's findings, in original offsets.

        Lexicon phrases are keyed in the reading without dialect words read as
        Mandarin (:meth:`~smslint.normalize.Normalized.without_dialect`), so an entry
        written in Cantonese keeps its exact words; a message that has dialect words
        is matched in that reading and in the Mandarin one, so Mandarin entries match
        it too, and overlapping findings of a category are merged as one reading's.
        """
        plain = norm.without_dialect()
        readings = (plain,) if plain is norm else (plain, norm)
        found = [
            Finding(*reading.span(f.start, f.end), f.entry)
            for reading in readings
            for f in self._matcher.find(reading)
        ]
        return merged(found) if len(readings) > 1 else found


_NO_HITS: dict[str, list[Hit]] = {}
#: an entry's severity by name: a dict lookup per finding, not an Enum call (a 100 KB
#: message of insults holds 50,000 findings)
_SEVERITIES = {severity.value: severity for severity in Severity}


def build(
    options: Mapping[str, Any], context: RunContext
) -> Callable[[Message], Iterator[Hit]]:
    """Compile the rule's lexicon into a matcher once; return the check."""
    category: str = options["lexicon"]
    if options["extra_terms"] or options["disabled_terms"]:
        hits_by_category = _hits(
            context,
            "lexicon:custom:"
            + json.dumps(
                [category, options["extra_terms"], sorted(options["disabled_terms"])],
                sort_keys=True,
                ensure_ascii=False,
            ),
            lambda: entries_for(options),
        )
    else:
        hits_by_category = shipped_hits(context)

    confirm = options["confirm"]
    threshold = AUTO_CONFIRM.get(category) if confirm == "auto" else confirm
    normalizer = context.detector("normalizer", Normalizer)

    @functools.cache
    def own() -> frozenset[str]:
        """The rule's own terms, which always stand: its author asked for exactly
        those. Parsed only when a finding is doubted: inflecting them may import
        lemminflect, which a warm pre-commit run never needs."""
        return frozenset(e.name for e in extra_entries(options))

    def check(message: Message) -> Iterator[Hit]:
        if not message.text:
            return iter(())
        hits = hits_by_category(message.text).get(category, ())
        if hits and threshold is not None:
            model = context.detector("message-model", shipped_model)
            opinion = model.opinion(hits_by_category.normalized.plain_text)
            if opinion.probability < threshold:
                firm = hits_by_category.firm
                hits = [
                    h
                    for h in hits
                    if (h.start, h.end, h.args["entry"]) in firm
                    or h.args["entry"] in own()
                    or _sentence_opinion(message.text, h, model, normalizer) >= RESCUE
                ]
        return iter(hits)

    return check


#: where a sentence ends: after . ! ? and a space, after 。！？, at a line break
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])|\n+")


def _sentence_opinion(
    text: str, hit: Hit, model: MessageModel, normalizer: Normalizer
) -> float:
    """The model's opinion of the sentence holding ``hit`` alone.

    A message the model finds honest as a whole may still carry one abusive sentence
    among honest ones ("Pay up or we will have you arrested. Your payment of $120 is
    due Friday."): the whole dilutes the sentence, and padding a threat with an
    honest reminder must not hide it. So a finding the message does not confirm is
    dropped only when its own sentence is not more likely than not a violation (a
    scam warning's sentence about an "arrest warrant" is not).
    """
    start = 0
    for end in _SENTENCE_END.finditer(text):
        if end.start() > (hit.start or 0):
            break
        start = end.end()
    stop = next(
        (m.start() for m in _SENTENCE_END.finditer(text, hit.end or len(text))),
        len(text),
    )
    return model.opinion(normalizer(text[start:stop]).plain_text).probability


def shipped_hits(context: RunContext) -> _HitsByCategory:
    """The run's hits of the shipped lexicons, shared by every rule that reads them."""
    return _hits(context, "lexicon:shipped", _all_shipped_entries)


def _hits(
    context: RunContext, name: str, entries: Callable[[], list[Entry]]
) -> _HitsByCategory:
    normalizer = context.detector("normalizer", Normalizer)

    def compile_matcher() -> LexiconMatcher:
        return LexiconMatcher(
            entries(),
            {lang: shipped_context(lang) for lang in languages()},
            context.detector("lexicon:phrase-keys", lambda: PhraseKeys(normalizer)),
        )

    matcher: LexiconMatcher = context.detector(
        name, lambda: _cached_matcher(name, compile_matcher)
    )
    return context.detector(
        "lexicon-hits:" + name, lambda: _HitsByCategory(normalizer, matcher)
    )


@functools.cache
def shipped_model() -> MessageModel:
    """The message model shipped with smslint (corpora/models, trained by train.py).

    One per process: it is read-only data (its memories of recent texts are keyed
    by the text). Reading its JSON takes ~25 ms, which every pre-commit run would
    pay; the per-user cache holds it ready-built, loaded in under half of that.
    """
    path = shipped_dir("models") / MODEL_FILE
    key = cache.fingerprint(
        sys.version, cache.code("detectors/message_model.py"), files=[path]
    )
    return cache.load_or_build(
        "message-model", key, lambda: MessageModel.load(path), MessageModel
    )
