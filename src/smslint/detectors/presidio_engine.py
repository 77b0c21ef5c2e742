"""presidio-analyzer on blank spaCy pipelines: the one module importing presidio/spaCy.

Importing it costs 1–2 s (mostly spaCy), so :mod:`smslint.detectors.pii` imports it
only when its fast pass finds a candidate. Everything here works with no network and
no model package:

* ``AnalyzerEngine()`` bare would download ``en_core_web_lg``; we hand it an NLP engine
  whose ``load()`` builds ``spacy.blank`` pipelines (Chinese with spaCy's default
  character segmenter: jieba and pkuseg are not wanted, and pkuseg downloads);
* the registry holds only our recognizers (:mod:`pii_patterns`), so presidio's
  e-mail recognizer, whose tldextract fetches the public-suffix list, never runs;
  the tldextract variable below is set anyway, in case something imports it;
* blank pipelines leave ``lemma_`` empty, which silently disables presidio's context
  enhancement; the NLP engine gives every token its lowercase form as its lemma and,
  in Chinese, merges our context words (身份证号, 账号 …) and Latin words (HKID)
  into single tokens, because a one-character token never equals a context word; in
  English it merges the context words spaCy splits at their slash ("a/c", "i/c"),
  which were otherwise never found (an account after "a/c" went unreported).

The engine reads a doc as arrays and hands presidio the token texts rather than the
doc (presidio reads only their lengths), and remembers each word's keyword parts:
building spaCy Token objects was about a third of a call.

Languages are smslint's own codes (``en``, ``zh-Hans``, ``zh-Hant``) rather than
presidio's ``zh``: the phone validator needs the region each implies.
"""

from __future__ import annotations

import os

# Must precede any tldextract import (presidio imports it): no public-suffix download.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

from collections.abc import Collection, Sequence  # noqa: E402

import regex  # noqa: E402
import spacy  # noqa: E402
from presidio_analyzer import (  # noqa: E402
    AnalyzerEngine,
    Pattern,
    PatternRecognizer,
    RecognizerRegistry,
)
from presidio_analyzer.context_aware_enhancers import (  # noqa: E402
    LemmaContextAwareEnhancer,
)
from presidio_analyzer.nlp_engine import (  # noqa: E402
    NerModelConfiguration,
    NlpArtifacts,  # noqa: E402
    SpacyNlpEngine,
)
from spacy.attrs import IDX, LOWER, ORTH  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from smslint.detectors.pii_entities import PiiPattern  # noqa: E402
from smslint.detectors.pii_patterns import PATTERNS  # noqa: E402

LANGUAGES = ("en", "zh-Hans", "zh-Hant")
# spaCy cannot encode a lone surrogate; U+FFFD keeps every offset where it was
_SURROGATE = regex.compile("[\ud800-\udfff]")

# Chinese context words, longest first so 身份证号码 wins over 身份证, and Latin words
# ("HKID", "SSN"), which the character segmenter would split into letters
_ZH_TOKENS = regex.compile(
    "|".join(
        regex.escape(w)
        for w in sorted(
            {w for p in PATTERNS for w in p.context if not w.isascii()},
            key=len,
            reverse=True,
        )
    )
    + r"|[A-Za-z][A-Za-z/#]*"
)


# English context words with a slash ("a/c", "i/c"), which spaCy splits in three
_EN_SLASHED = regex.compile(
    r"(?i)(?<![A-Za-z])(?:"
    + "|".join(
        sorted(
            {
                regex.escape(w)
                for p in PATTERNS
                for w in p.context
                if w.isascii() and "/" in w
            },
            key=len,
            reverse=True,
        )
    )
    + r")(?![A-Za-z])"
)


def _merge_words(doc: Doc, text: str) -> Doc:
    """In Chinese, context and Latin words made one token each; in English, the
    context words spaCy splits at their slash. ``text`` is the doc's own text
    (``doc.text`` would build it again from a Token object per token)."""
    words = _ZH_TOKENS if doc.lang_ == "zh" else _EN_SLASHED if "/" in text else None
    if words is not None:
        with doc.retokenize() as retokenizer:
            for m in words.finditer(text):
                span = doc.char_span(m.start(), m.end())
                if span is not None and len(span) > 1:
                    retokenizer.merge(span)
    return doc


def _blank(lang: str) -> Language:
    if lang == "zh":
        return spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})
    return spacy.blank(lang)


class BlankSpacyNlpEngine(SpacyNlpEngine):
    """A spaCy NLP engine whose ``load()`` never calls ``spacy.load`` or a download."""

    def __init__(self) -> None:
        super().__init__(
            models=[
                {"lang_code": lang, "model_name": f"blank:{lang}"} for lang in LANGUAGES
            ],
            ner_model_configuration=NerModelConfiguration(),
        )

    def load(self) -> None:
        zh = _blank("zh")
        self.nlp = {"en": _blank("en"), "zh-Hans": zh, "zh-Hant": zh}
        self._lexical: dict[tuple[str, str], tuple[bool, bool]] = {}
        self._keyword_parts: dict[tuple[str, str], tuple[str, ...]] = {}

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        """presidio's, with the blank pipeline run by hand: it only tokenizes, and
        the merges want the text, which a pipeline component must rebuild."""
        doc = self.nlp[language].make_doc(text)
        return self._doc_to_nlp_artifact(_merge_words(doc, text), language)

    # presidio asks these of every lemma of every text; they are facts of the word
    # alone (the blank pipelines' lexical attributes), so each is asked once
    def is_stopword(self, word: str, language: str) -> bool:
        return self._lexical_facts(word, language)[0]

    def is_punct(self, word: str, language: str) -> bool:
        return self._lexical_facts(word, language)[1]

    def _lexical_facts(self, word: str, language: str) -> tuple[bool, bool]:
        key = (word, language)
        facts = self._lexical.get(key)
        if facts is None:
            if len(self._lexical) > 100_000:
                self._lexical.clear()
            lexeme = self.nlp[language].vocab[word]
            facts = self._lexical[key] = (lexeme.is_stop, lexeme.is_punct)
        return facts

    def keywords(self, lemmas: Sequence[str], language: str) -> list[str]:
        """presidio's ``NlpArtifacts.set_keywords``, each lemma's part known once."""
        keywords: list[str] = []
        for lemma in lemmas:
            key = (lemma, language)
            parts = self._keyword_parts.get(key)
            if parts is None:
                if len(self._keyword_parts) > 100_000:
                    self._keyword_parts.clear()
                skip = (
                    self.is_stopword(lemma, language)
                    or self.is_punct(lemma, language)
                    or lemma in ("-PRON-", "be")
                )
                parts = () if skip else tuple(lemma.lower().split(":"))
                self._keyword_parts[key] = parts
            keywords += parts
        return keywords

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        """presidio's own, read as arrays: no Token objects. A token's lemma is its
        lowercase form; presidio reads nothing of a token but its length (to find
        the token a result starts in), so the tokens are their texts."""
        if not len(doc):
            return super()._doc_to_nlp_artifact(doc, language)
        columns = doc.to_array([ORTH, LOWER, IDX]).tolist()
        strings = doc.vocab.strings
        entities, scores = self._get_updated_entities(
            self._get_entities(doc), self._get_scores_for_entities(doc)
        )
        return _Artifacts(
            entities=entities,
            tokens=[strings[orth] for orth, _lower, _idx in columns],
            tokens_indices=[idx for _orth, _lower, idx in columns],
            lemmas=[strings[lower] for _orth, lower, _idx in columns],
            nlp_engine=self,
            language=language,
            scores=scores,
        )


class _Artifacts(NlpArtifacts):
    """presidio's NLP artifacts, their keywords from the engine's memo."""

    @staticmethod
    def set_keywords(
        nlp_engine: BlankSpacyNlpEngine, lemmas: list[str], language: str
    ) -> list[str]:
        return nlp_engine.keywords(lemmas, language)


class TableRecognizer(PatternRecognizer):
    """One entry of the recognizer table, for one language, as a presidio recognizer."""

    def __init__(self, spec: PiiPattern, language: str) -> None:
        super().__init__(
            supported_entity=spec.entity,
            name=f"smslint_{spec.name}",
            supported_language=language,
            patterns=[Pattern(spec.name, spec.regex, spec.score)],
            context=list(spec.context) or None,
            # the registry's flags are not passed on to added recognizers, and the
            # default IGNORECASE would let [A-Z] match a lowercase word
            global_regex_flags=spec.flags,
        )
        self._spec = spec
        self._language = language

    def validate_result(self, pattern_text: str) -> bool | None:
        if self._spec.validate is None:
            return None
        return self._spec.validate(pattern_text, self._language)

    def invalidate_result(self, pattern_text: str) -> bool | None:
        if self._spec.reject is None:
            return None
        return self._spec.reject(pattern_text, self._language)


class PresidioEngine:
    """An ``AnalyzerEngine`` with our registry; built once per run."""

    def __init__(self, patterns: Sequence[PiiPattern] = PATTERNS) -> None:
        nlp_engine = BlankSpacyNlpEngine()
        nlp_engine.load()
        registry = RecognizerRegistry(
            recognizers=[
                TableRecognizer(p, lang) for lang in LANGUAGES for p in patterns
            ],
            supported_languages=list(LANGUAGES),
        )
        self._analyzer = AnalyzerEngine(
            registry=registry,
            nlp_engine=nlp_engine,
            supported_languages=list(LANGUAGES),
            # whole words: in substring mode "id" would match "paid"
            context_aware_enhancer=LemmaContextAwareEnhancer(
                context_matching_mode="whole_word"
            ),
        )

    def analyze(
        self, text: str, lang: str, entities: Collection[str], min_score: float
    ) -> list[tuple[int, int, str, float]]:
        """``(start, end, entity, score)`` of every result at ``min_score`` or more."""
        results = self._analyzer.analyze(
            _SURROGATE.sub("\ufffd", text),
            language=lang if lang in LANGUAGES else "en",
            entities=sorted(entities),
            score_threshold=min_score,
        )
        return [(r.start, r.end, r.entity_type, r.score) for r in results]
