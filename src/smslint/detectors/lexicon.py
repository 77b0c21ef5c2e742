"""The lexicon matcher: every term, in context, in one pass over normalized text.

All phrases of a lexicon (terms, the groups of co-occurrence entries, exceptions,
lawful-basis phrases) and of each language's context (negators, breakers,
conditional markers, protective phrases) are normalized with the run's Normalizer and
put into one Aho-Corasick automaton. A message is scanned once; everything after that
works on the matches with binary searches (:mod:`smslint.detectors.lexicon_text`).

One automaton serves every language: a term is read in the context of its own
language (an English term after an English negator), and a message with words of two
languages, or pinyin that the Normalizer turned into Chinese, is still one scan.

Decisions, in the order a match meets them:

* **Spacing and apostrophes.** Runs of spaces are read as one space, and a phrase with
  an apostrophe also matches with ``’`` and with none (``won't``, ``won’t``, ``wont``).
* **Word boundaries.** A phrase that begins (ends) with a letter or digit of an
  alphabetic script must not have one before (after) it: ``ass`` does not match in
  ``class``. ``\\b`` is not used: it misbehaves next to CJK. Chinese phrases match
  anywhere, as Chinese has no spaces between words.
* **Co-occurrence** (``all``): each group's match must follow the previous one in the
  same clause (sentence, with ``across_clauses``; a short question and the sentence it
  opens are one: "不还钱？你会知道后果的") within ``within`` units, with no
  ``not_across`` phrase between them.
* **Exceptions**: a match inside one of its entry's exception phrases is dropped
  (``cardiac arrest``, ``垃圾短信``).
* **Protective context**: a protective phrase anywhere in the sentence (``如遇冒充公检
  法的诈骗短信请报警``, ``anyone claiming to be the police``) drops matches of the
  categories its language lists (threat, impersonation, third_party).
* **A quoted scam**: a disowning phrase (``protective.disowning``: ``就是诈骗``,
  ``系詐騙``, ``is a scam``, ``this is a fake message``, ``not from us``) outside a
  quote (“”, 「」, 『』, ‘’, ``"..."``, ``'...'``), in its sentence or the sentence
  right after it, or in the sentence right before a quote that opens its own, drops
  the matches of those categories that overlap the quote: "收到“法院传票已送达”之类
  的信息，就是诈骗！", ``Got a text saying "A warrant has been issued"? That is a
  scam.`` Matches outside the quote stand, and so does the phrase's own match
  (``就是诈骗`` calling the debtor a fraud) unless the quote held one it dropped. A
  negated phrase disowns nothing ("这不是诈骗", "not a fake message"), nor one in a
  question ("Think this is a scam?") or after a doubting word
  (``protective.doubting``: "别以为是假的", "anyone who says this is fake"); a quote
  the sender endorses ("we told you: “we will visit your home”") has no such phrase
  and stands.
* **Lawful steps**: an entry marked ``conditional_ok`` is dropped when a conditional
  or modal marker (``may``, ``if``, ``可能``, ``依法``) governs it: earlier in its
  sentence, or later in its clause ("we will sue if you do not pay"), not in a later
  clause ("账户已冻结，如需解冻请还款" states the freezing), and not one that opens a
  condition of not paying ("若未清偿，将查封": a consequence, see
  :meth:`~smslint.detectors.lexicon_scan.Scan.consequence`) or sits inside a negator
  ("不可以"). ``consequence_ok``
  entries (a lawsuit) are dropped by a consequence marker too (``otherwise``,
  ``否则``), which does not excuse a seizure that needs a judgment. An entry's
  ``lawful_if`` phrases in the sentence (``court order``, ``判决``) drop it too, and
  its ``lawful_if_message`` phrases anywhere in the message: a lawful basis that is a
  property of the whole message (a right-party check, "Wrong number? Reply WRONG",
  makes "please ask him to call us back" a location request).
* **A generic antecedent**: an entry's ``not_after`` phrases earlier in the match's
  sentence drop it: a pronoun after "anyone who", "real men" or "a man who" ("Real men
  pay what they owe", "Anyone who owes more than $500 can apply") refers to no third
  person. They are matched as written (a generic noun phrase is generic by its
  article and number), and one after the match does not count ("He owes us $400;
  anyone who sees him...").
* **Negation**: a negator of the entry's language (of either language, when the
  match itself is written in two scripts: ``我哋唔會contact你嘅employer``) at most
  its window of units before the match, in the same clause, with no breaker
  between them (``we will never threaten arrest``; but not ``if you don't pay we
  will arrest you``), nor a conjunction opening a clause of its own (``we won't call
  and will visit``). A
  negator hanging before a comma reaches its verb past asides between commas (``we
  will not, under any circumstances, contact your employer``), but not a clause with
  its own subject or modal (``we will not wait, we will call``). A
  negator inside a co-occurrence gap negates too (``your employer will not be
  contacted``). A Hindi or Urdu negator *after* the match
  (``negation.after``: ``hum aapko jail nahi bhejenge``) denies it within its window
  and clause, unless a breaker stands between (``call karenge agar paise nahi diye``)
  or a condition word follows it (``paise nahi diye to``, ``nahi to`` "otherwise"):
  :class:`~smslint.detectors.lexicon_layout.After`. One also governs the verb phrases
  coordinated with its own, beyond
  its window, in its sentence (``we won't visit your home, contact your boss or post
  anything online``; ``不会上门催收、给家人打电话或者在网上曝光``), but not a clause
  with its own subject or modal after the conjunction (``we won't wait or we will
  call your employer``), nor the phrases after a command (``don't delay or face
  arrest``): :mod:`~smslint.detectors.lexicon_coordination`. The writer's reluctance
  (``I'd rather not``) denies nothing, nor does a negator inside a word of the
  language's ``not_negators`` (``不过`` "but", ``不得不`` "have to", ``won't
  hesitate``), nor the 不 of an A-not-A question (``要不要``).
* **Profanity** (category ``obscene``) stands whatever its context: negation and
  protective phrases do not clear it ("don't give me that crap", "别他妈装死" are
  obscene); only an entry's exceptions do.
* **Overlaps**: findings of one category that overlap become one, spanning them all
  and carrying the most severe entry, so ``police will come to your house`` is one
  threat (and ``police`` also an impersonation).

A matcher may hold several categories: the rules of a run that use the shipped
lexicons unchanged share one, and :meth:`LexiconMatcher.find` remembers its last
text, so five rules cost one scan of each message.

How the automata are built and read cheaply: :mod:`smslint.detectors.lexicon_compile`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator, Mapping

from smslint.detectors.lexicon_coded import Coded
from smslint.detectors.lexicon_compile import (
    LENGTH,
    SHIFT,
    CompiledLexicon,
)
from smslint.detectors.lexicon_layout import Capital, Containers, Layout, Span, any_in
from smslint.detectors.lexicon_scan import (
    AFTER_NEGATOR,
    BREAKER,
    DISOWNING,
    DOUBTING,
    NEGATOR,
    NOT_BREAKER,
    NOT_NEGATOR,
    PROTECTIVE,
    SET,
    Finding,
    Scan,
    merged,
)
from smslint.detectors.lexicon_text import SourcedText, squeeze

#: categories no context clears: profanity is profane whatever the polarity
_UNCONDITIONAL = frozenset({"obscene"})


class LexiconMatcher(CompiledLexicon):
    """Finds lexicon entries in normalized text, honouring their context."""

    def find(self, normalized: SourcedText) -> list[Finding]:
        """The entries found in ``normalized.text``, context applied, overlaps merged.

        Spans are offsets into ``normalized.text``.
        """
        if not normalized.text or not len(self._trigger):
            return []
        if self._last is None or self._last[0] != normalized.text:
            text, back = squeeze(normalized.text)
            findings = self._find(text, _capitals(normalized, back))
            if back is not None and findings:
                findings = [
                    Finding(back[f.start], back[f.end - 1] + 1, f.entry)
                    for f in findings
                ]
            self._last = (normalized.text, findings)
        return self._last[1]

    def _find(self, text: str, capital: Capital) -> list[Finding]:
        coded = Coded(text)
        if not self._triggered(coded):
            return []  # the common case: no entry can be complete
        hits, candidates = self._standing(coded)
        if not candidates:
            return []  # no entry has all its groups
        scan = self._scan(coded, hits, candidates, capital)
        chains = {i: list(self._chains(i, scan)) for i in sorted(scan.entries())}
        protected: dict[int, set[str]] = defaultdict(set)
        for index, found in chains.items():
            entry = self._entries[index]
            if entry.category == PROTECTIVE:
                applies = self._contexts[entry.lang].protective_applies_to
                for start, _end, _gaps in found:
                    protected[scan.layout.sentence(start)] |= applies
        findings = [
            Finding(start, end, self._entries[index])
            for index, found in chains.items()
            if self._entries[index].category != PROTECTIVE
            for start, end, gaps in found
            if self._stands(index, (start, end), gaps, scan, protected, coded)
        ]
        if findings:
            findings = self._unquoted(findings, scan)
        if not coded.ascii:  # byte offsets to character offsets
            findings = [
                Finding(coded.char(f.start), coded.char(f.end), f.entry)
                for f in findings
            ]
        return merged(findings)

    def _unquoted(self, findings: list[Finding], scan: Scan) -> list[Finding]:
        """``findings`` but those inside a quote that the text calls a scam.

        A disowning phrase of a language (``protective.disowning``: "就是诈骗", "is a
        scam", "not from us"), outside the quote, in its sentence, in the sentence
        right after it, or in the one right before a quote that opens its sentence,
        clears the findings of the categories that language's protective phrases
        clear (``applies_to``) that overlap the quote, and then also those overlapping
        the phrase itself ("就是诈骗" of a quoted scam calls no debtor a fraud). Not a
        negated phrase ("这不是诈骗", "not a fake message"), one in a question
        ("Think this is a scam?"), nor one after a doubting word of its clause
        (``protective.doubting``: "别以为是假的", "anyone who says this is fake");
        findings outside the quote stand.
        """
        layout = scan.layout
        # (start, end, categories, where the clause's last doubting word before the
        # phrase begins, or -1)
        disowners: list[tuple[int, int, frozenset[str], int]] = []
        for lang, number in self._lang_index.items():
            spans = scan.marks.get((DISOWNING, number))
            if not spans:
                continue
            applies = self._contexts[lang].protective_applies_to
            negation = scan.negation(number)
            doubts = sorted(s for s, _ in scan.marks.get((DOUBTING, number), ()))
            for start, end in spans:
                if layout.asks(start) or negation.denies(start, end, (), layout):
                    continue
                at = bisect_left(doubts, start) - 1
                doubt = doubts[at] if at >= 0 else -1
                if doubt < layout.clause_start(start):
                    doubt = -1
                disowners.append((start, end, applies, doubt))
        if not disowners:
            return findings
        cleared: set[int] = set()
        for quote_start, quote_end in layout.quotes():
            first, last = layout.sentence(quote_start), layout.sentence(quote_end - 1)
            opens = layout.between(layout.sentence_start(quote_start), quote_start, 0)
            # a doubting word between the quote and the phrase after it ("anyone who
            # says this is fake"), or before a phrase before the quote, doubts it; one
            # before the quote ("texts that say '...' are fraudulent") does not
            near = [
                (start, end, applies)
                for start, end, applies, doubt in disowners
                if (
                    start >= quote_end
                    and layout.sentence(start) <= last + 1
                    and doubt < quote_end
                )
                or (
                    end <= quote_start
                    and layout.sentence(end - 1) in (first, first - (opens == 0))
                    and doubt < 0
                )
            ]
            if not near:
                continue
            applies = frozenset().union(*(a for _start, _end, a in near))
            inside = [
                i
                for i, f in enumerate(findings)
                if f.entry.category in applies
                and f.start < quote_end
                and f.end > quote_start
            ]
            if not inside:
                continue
            cleared.update(inside)
            cleared.update(
                i
                for i, f in enumerate(findings)
                if f.entry.category in applies
                and any(f.start < end and f.end > start for start, end, _a in near)
            )
        return [f for i, f in enumerate(findings) if i not in cleared]

    def _scan(
        self,
        coded: Coded,
        hits: list[tuple[int, int]],
        candidates: set[int],
        capital: Capital,
    ) -> Scan:
        """Every phrase occurrence on its word boundaries, bucketed by role.

        ``hits`` stand on their boundaries (:meth:`_standing`). Groups are kept for
        the candidate entries and protective phrases only. Offsets are those of
        ``coded.text``.
        """
        scan = Scan(Layout(coded, capital), self._grammar)
        scan.after_reach = self._after_reach
        meanings = self._meanings
        keep = candidates | self._protective
        parts, marks, negators = scan.parts, scan.marks, scan.negators
        after = scan.after_negators
        for last, found in hits:
            _left, _right, key_parts, context, _groups, _lasts = meanings[
                found >> SHIFT
            ]
            end = last + 1
            start = end - (found & LENGTH)
            span = (start, end)
            for group in key_parts:
                if group[0] in keep:
                    parts[group].append(span)
            for role in context:
                if role[0] == NEGATOR:
                    if not coded.asks(start):
                        negators[role[1]].append((start, end, role[2]))
                elif role[0] == AFTER_NEGATOR:
                    if not coded.asks(start):
                        after[role[1]].append((start, end, role[2]))
                else:
                    marks[role].append(span)
        for spans in parts.values():
            spans.sort(key=lambda span: (span[0], -span[1]))
        # a negator inside a word that negates nothing (不过, 不得不, "won't
        # hesitate") is none, for negation and for conditions alike
        for found_by_lang in (negators, after):
            for lang, found in found_by_lang.items():
                words = marks.get((NOT_NEGATOR, lang))
                if words:
                    inside = Containers(words)
                    found_by_lang[lang] = [n for n in found if n[:2] not in inside]
        # ... and a breaker inside a word that is none (直接, 经理, 移交) breaks nothing
        for role in [role for role in marks if role[0] == NOT_BREAKER]:
            breakers = marks.get((BREAKER, role[1]))
            if breakers:
                inside = Containers(marks[role])
                marks[BREAKER, role[1]] = [b for b in breakers if b not in inside]
        return scan

    def _chains(self, index: int, scan: Scan) -> Iterator[tuple[int, int, list[Span]]]:
        """Matches of entry ``index``: (start, end, gaps between its parts).

        Each part takes the nearest match of the next group: if that one is too far,
        in another clause or behind a ``not_across`` phrase, every later one is too.
        """
        entry = self._entries[index]
        sets = self._set_of[index]
        marked = scan.marks.get((SET, sets.exceptions))
        exceptions = Containers(marked) if marked else None
        groups = []
        for part in range(len(entry.parts)):
            spans = scan.parts.get((index, part))
            if spans and exceptions is not None:
                spans = [s for s in spans if s not in exceptions]
            if not spans:
                return
            groups.append(spans)
        if len(groups) == 1:  # a plain term
            for start, end in groups[0]:
                yield start, end, []
            return
        starts = [[s for s, _ in spans] for spans in groups]
        across = sorted(s for s, _ in scan.marks.get((SET, sets.not_across), ()))
        layout = scan.layout
        one_clause = not entry.across_clauses
        for first_start, first_end in groups[0]:
            end, gaps = first_end, []
            for spans, group_starts, within in zip(
                groups[1:], starts[1:], entry.within, strict=True
            ):
                at = bisect_left(group_starts, end)
                if at == len(spans):
                    break
                start, next_end = spans[at]
                if (
                    (
                        layout.clause(start) != layout.clause(end - 1)
                        if one_clause
                        else layout.passage(start) != layout.passage(end - 1)
                    )
                    or layout.between(end, start, within) > within
                    or any_in(across, end, start)
                ):
                    break
                gaps.append((end, start))
                end = next_end
            else:
                yield first_start, end, gaps

    def _stands(
        self,
        index: int,
        match: Span,
        gaps: list[Span],
        scan: Scan,
        protected: Mapping[int, set[str]],
        coded: Coded,
    ) -> bool:
        """Whether a match survives its context (protection, lawful steps, negation)."""
        entry = self._entries[index]
        if entry.category in _UNCONDITIONAL:
            return True
        start = match[0]
        sentence = scan.layout.sentence(start)
        if entry.category in protected.get(sentence, ()):
            return False
        sets = self._set_of[index]
        if sentence in scan.sentences_with(SET, sets.lawful_if) or scan.marks.get(
            (SET, sets.lawful_if_message)
        ):
            return False
        if any(
            s < start and scan.layout.sentence(s) == sentence
            for s, _end in scan.marks.get((SET, sets.not_after), ())
        ):
            return False
        lang = self._lang_index.get(entry.lang)
        if lang is None:  # a language without context.yaml has no context words
            return True
        if entry.conditional_ok and scan.conditional(lang, start):
            return False
        if entry.consequence_ok and scan.consequence(lang, start):
            return False
        # a match written in two scripts ("我哋唔會contact你嘅employer") is denied by a
        # negator of either language
        mixed = not coded.ascii and _two_scripts(coded.text[start : match[1]])
        return not any(
            scan.negation(number).denies(*match, gaps, scan.layout)
            for number in (self._lang_index.values() if mixed else (lang,))
        )


def _two_scripts(coded_span: str) -> bool:
    """A span of coded text (UTF-8 bytes spelled as Latin-1) holds both ASCII letters
    and characters beyond ASCII."""
    return any(c > "\x7f" for c in coded_span) and any(
        c.isascii() and c.isalpha() for c in coded_span
    )


def _capitals(normalized: SourcedText, back: list[int] | None) -> Capital:
    """Whether a character of the squeezed text was a capital letter as written.

    Normalized text is case-folded; the layout asks this only of the word after a
    title's dot ("Mr. Chen"), so the few lookups go back to the original.
    """

    def capital(position: int) -> bool:
        if back is not None:
            position = back[position]
        start, end = normalized.span(position, position + 1)
        return normalized.original[start:end][:1].isupper()

    return capital
