"""PII in message text: a fast pass on every message, presidio where it finds any.

Step 1 (:mod:`pii_fast`) runs the recognizer table (:mod:`pii_patterns`) cheaply over
every message and keeps the matches the allowed-value logic and the validators let
through and whose score reaches the threshold.

Step 2 runs only when step 1 kept something: presidio-analyzer, imported
and built on first use (:mod:`presidio_engine` is the only module importing presidio
and spaCy), analyzes the text with the same table and scores the candidates with its
context enhancement. Its scores are what is reported; a candidate it scores below the
threshold is dropped. The fast pass's context window is the wider, so presidio only
ever narrows its findings down; ``use_presidio: false`` reports the fast pass alone.

Both steps look at the text with its disguises undone (:mod:`pii_fold`: invisible
characters, full-width digits, Cyrillic and Greek look-alike letters, digits spaced
out one by one); findings are mapped back to the original columns.

Overlapping findings keep the highest score, then the entity that comes first in
:data:`~smslint.detectors.pii_entities.PRECEDENCE` (an 18-digit ID is an ID, not a
card).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from smslint.detectors.pii_entities import PRECEDENCE, PiiFinding
from smslint.detectors.pii_fast import FastPass
from smslint.detectors.pii_fold import fold
from smslint.detectors.pii_table import CompiledPattern, PatternTable

if TYPE_CHECKING:
    from smslint.detectors.presidio_engine import PresidioEngine

#: texts longer than this go to presidio in windows around the candidates, which
#: keeps its per-result scans over all tokens from turning quadratic on huge inputs
DEEP_WHOLE_TEXT = 1000
DEEP_MARGIN = 60
DEEP_WINDOW = 400
#: the languages presidio is built for (presidio_engine.LANGUAGES, not imported here:
#: importing that module imports presidio); any other is analyzed as English
PRESIDIO_LANGUAGES = ("en", "zh-Hans", "zh-Hant")
_SURROGATE = re.compile("[\ud800-\udfff]")


class DeepAnalyzer:
    """Step 2: presidio, imported and built on first use, shared by a run's rules."""

    def __init__(self) -> None:
        self._engine: PresidioEngine | None = None

    @property
    def engine(self) -> PresidioEngine:
        if self._engine is None:
            from smslint.detectors.presidio_engine import PresidioEngine

            self._engine = PresidioEngine()
        return self._engine

    def rescore(
        self,
        text: str,
        lang: str,
        candidates: Sequence[PiiFinding],
        entities: Collection[str],
        min_score: float,
    ) -> list[PiiFinding]:
        """The candidates presidio confirms at ``min_score`` or more, its scores."""
        scores: dict[tuple[int, int, str], float] = {}
        for low, high in deep_windows(len(text), candidates):
            # only the recognizers of the candidates in this window: they are all
            # presidio is asked to judge, and each recognizer scans the whole slice
            wanted = {c.entity for c in candidates if low <= c.start and c.end <= high}
            if not wanted & entities:
                continue  # (presidio reads an empty entity list as "all of them")
            for start, end, entity, score in self.engine.analyze(
                text[low:high], lang, wanted & entities, min_score
            ):
                key = (start + low, end + low, entity)
                scores[key] = max(score, scores.get(key, 0.0))
        found = []
        for c in candidates:
            score = scores.get((c.start, c.end, c.entity))
            if score is not None:
                found.append(PiiFinding(c.start, c.end, c.entity, score))
        return found


class PiiDetector:
    """Finds personal data in message text for one rule's options."""

    def __init__(
        self,
        table: PatternTable,
        *,
        entities: Collection[str] | None = None,
        allowed_values: Iterable[str] = (),
        min_score: float = 0.5,
        deep: DeepAnalyzer | None = None,
    ) -> None:
        self._fast = FastPass(table, entities, allowed_values, min_score)
        self._min_score = min_score
        self._deep = deep

    def find(self, text: str, lang: str) -> list[PiiFinding]:
        """Reported findings, sorted by position, no two overlapping."""
        folded = fold(text)
        work = text if folded is None else folded.text
        candidates, settled = self._fast.scored(work, lang)
        if not candidates:  # most messages
            return []
        if self._deep is not None and not certain(work, lang, candidates, settled):
            candidates = self._deep.rescore(
                work, lang, candidates, self._fast.entities, self._min_score
            )
        if folded is not None:
            candidates = [_mapped(folded.span, c) for c in candidates]
        return resolve_overlaps(candidates)

    def candidates(self, text: str, lang: str) -> list[PiiFinding]:
        """Step 1 alone: what could be reported, fast-pass scores, overlaps included."""
        folded = fold(text)
        if folded is None:
            return self._fast.candidates(text, lang)
        return [
            _mapped(folded.span, c) for c in self._fast.candidates(folded.text, lang)
        ]


def certain(
    text: str,
    lang: str,
    candidates: Sequence[PiiFinding],
    settled: Mapping[tuple[int, int, str], CompiledPattern],
) -> bool:
    """Whether presidio's answer for every candidate is known: then it need not run.

    Presidio scores a match its recognizer's validator accepts 1.0 (context only
    raises a score, to at most 1.0), and a match of an entity none of whose patterns
    has context words or a validator its pattern's score, which all patterns of the
    entity share (the relatives, employers, dates of birth): the fast pass's scores
    (:attr:`~smslint.detectors.pii_table.CompiledPattern.settled`). So it does a
    phone number, an SSN or a Taiwan ID when no context word of its entity occurs
    in the text (presidio's context words are tokens of the text) and no other
    pattern of the entity reaches the threshold alone (:meth:`FastPass.scored`).
    Such a candidate scored ``min_score`` or more, and its pattern's ``reject``
    (presidio's ``invalidate_result``) let it through. So when every candidate is
    such a match and presidio would find it, presidio's answer is the fast pass's:
    presidio analyzes the whole text (short texts) in the message's own language,
    and finds the match when the same pattern, run over the whole text as presidio
    runs it, does. Presidio dropping a match contained in another of its entity with
    a score as high changes nothing either: the overlap resolution keeps the longer
    one. Cards, IDs, e-mail addresses, dates of birth and phone numbers named by no
    context word then skip presidio's ~1 ms.
    """
    if (
        len(text) > DEEP_WHOLE_TEXT
        or lang not in PRESIDIO_LANGUAGES
        or len(settled) < len(candidates)
        or _SURROGATE.search(text)
    ):
        return False
    spans: dict[CompiledPattern, set[tuple[int, int]]] = {}
    for c in candidates:
        pattern = settled.get((c.start, c.end, c.entity))
        if pattern is None:
            return False
        if pattern not in spans:
            spans[pattern] = {m.span() for m in pattern.regex.finditer(text)}
        if (c.start, c.end) not in spans[pattern]:
            return False
    return True


def _mapped(
    span: Callable[[int, int], tuple[int, int]], finding: PiiFinding
) -> PiiFinding:
    """A finding on the folded text, moved to the original columns."""
    start, end = span(finding.start, finding.end)
    return PiiFinding(start, end, finding.entity, finding.score)


def deep_windows(
    length: int, candidates: Sequence[PiiFinding]
) -> list[tuple[int, int]]:
    """Slices of the text presidio analyzes: all of it, or windows around candidates."""
    if length <= DEEP_WHOLE_TEXT:
        return [(0, length)]
    windows: list[tuple[int, int]] = []
    for c in sorted(candidates, key=lambda c: c.start):
        low, high = max(0, c.start - DEEP_MARGIN), min(length, c.end + DEEP_MARGIN)
        if windows and low <= windows[-1][1] and high - windows[-1][0] <= DEEP_WINDOW:
            windows[-1] = (windows[-1][0], max(high, windows[-1][1]))
        else:
            windows.append((low, high))
    return windows


def resolve_overlaps(findings: Iterable[PiiFinding]) -> list[PiiFinding]:
    """Keep the best of overlapping findings: score, then precedence, then length."""
    starts: list[int] = []
    kept: list[PiiFinding] = []
    ranked = sorted(
        findings,
        key=lambda f: (-f.score, PRECEDENCE[f.entity], f.start - f.end, f.start),
    )
    for f in ranked:
        i = bisect_left(starts, f.start)
        if (i < len(kept) and kept[i].start < f.end) or (
            i > 0 and kept[i - 1].end > f.start
        ):
            continue
        starts.insert(i, f.start)
        kept.insert(i, f)
    return kept
