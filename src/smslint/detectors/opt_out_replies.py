"""Is an inbound reply an opt-out ("STOP", "退订", "stop texting me") or an opt-in?

The vocabulary is data (the ``opt_out_ignored`` rule's options); this module compiles
it once and classifies one reply at a time. Every text, vocabulary included, first
goes through :func:`smslint.normalize.normalize`, so "ＳＴＯＰ", "S T O P", "st0p" and
"退訂" are read as "stop" and "退订". Every language's vocabulary is applied to every
reply: a Chinese speaker may answer "TD", an English one "退订".

**Keywords** are the carriers' one-word commands. One counts when it is the whole
reply, or a whole clause of it ("Who is this? STOP"; "已还款。退订"), give or take
filler around it: ``filler.lead`` words before ("please STOP", "我要退订") and
``filler.trail`` words or the same keyword again after ("STOP please", "STOP STOP",
"退订 谢谢"). A clause that ends in "?" is a question, not a command ("Quit? I did not
quit my job"). Latin keywords of at most two letters (T, N, TD, R) count only as the
whole reply, because as a clause they are mostly initials and abbreviations.

**Phrases** are plain-language revocations found anywhere in the reply. Each is a
small pattern over word families, so unseen wordings generalize::

    <stop> [<also>] <contact>~ [<object>] !<limit>

A token is a literal word (``_`` stands for a space inside it), ``<family>`` (the
language's ``words`` entry), or ``a|<b>|c`` (any of them); ``~`` after one adds its
inflections (English: "text~" is text, texts, texted, texting); ``[token]`` may be
left out; ``!token`` says the next word is not that one ("stop texting *my wife*" and
"don't text me *at work*" restrict, they do not revoke); ``$`` says the clause ends
there, filler aside ("不要再发了" but not "不要发票"). A phrase is void when the
language's ``<negation>`` family stands right before it, at most one word away
("don't stop texting me", "不要停止发送", "取消退订") - except "don't *you*", which is
an impatient imperative ("why don't you stop texting me").

Opt-ins are judged only when the reply is not an opt-out, and only as the whole reply
(or by their phrases): a wrongly read opt-in would end an opt-out and hide every
later violation, so it must be unmistakable.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from smslint.detectors.inflections import FUNCTION_WORDS, word_forms
from smslint.normalize import Normalized, Normalizer

OPT_OUT = "opt_out"
OPT_IN = "opt_in"

#: languages whose ``~`` tokens get inflections (English only, as for lexicons)
INFLECTED = frozenset({"en"})

#: characters that continue a Latin word (so "stop" is not found in "stopwatch")
_WORD = "a-z0-9'"
_APOSTROPHES = str.maketrans("’‘`´ʼ", "'''''")
_CLAUSES = re.compile(r"([.!?;,\n\r。！？；，、…]+)")
_NOT_WORD = re.compile(r"[^\w\s']|_")
_SPACES = re.compile(r"\s+")
_SHORT = 2
_TOKEN = re.compile(r"(?P<neg>!)?(?P<opt>\[)?(?P<body>[^\s\[\]!]+)(?(opt)\])")
_FAMILY = re.compile(r"<([a-z_]+)>(~?)")
_INFLECTED_ITEMS_MAX = 512


def alternation(items: Iterable[str]) -> str:
    """A regex for any of ``items`` (normalized text), longest first.

    Latin ends get word boundaries, so items can be joined with ``\\s*`` and still
    never match inside a word; spaces inside an item match any spacing, none too
    ("opt out" finds "optout", "any more" finds "anymore").
    """
    parts = []
    for item in sorted(set(items), key=lambda s: (-len(s), s)):
        if not item.strip():
            continue
        body = r"\s*".join(re.escape(word) for word in item.split())
        if re.match(f"[{_WORD}]", item):
            body = f"(?<![{_WORD}]){body}"
        if re.search(f"[{_WORD}]$", item):
            body = f"{body}(?![{_WORD}])"
        parts.append(body)
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def inflected(phrase: str) -> set[str]:
    """Every form of ``phrase``: each word's inflections, combined (English)."""
    choices = [_word_forms(word) for word in phrase.split()]
    if len(choices) > 1 and _product(choices) > _INFLECTED_ITEMS_MAX:
        raise ValueError(f"{phrase!r} has too many inflected forms")
    return {" ".join(combo) for combo in itertools.product(*choices)}


def _product(choices: Sequence[set[str]]) -> int:
    count = 1
    for forms in choices:
        count *= len(forms)
    return count


def _word_forms(word: str) -> set[str]:
    if not (word.isascii() and word.isalpha()) or word in FUNCTION_WORDS:
        return {word}
    # NOTE: lemminflect knows "text" only as a noun, so "texting" needs the regular
    # verb forms too; an extra form that nobody writes costs nothing.
    return set(word_forms(word)) | _regular_forms(word)


def _regular_forms(word: str) -> set[str]:
    doubled = len(word) <= 4 and re.search("[^aeiou][aeiou][^aeiouwxy]$", word)
    stem = word + word[-1] if doubled else word.removesuffix("e") or word
    plural = word + ("es" if word.endswith(("s", "x", "z", "ch", "sh")) else "s")
    past = word + "d" if word.endswith("e") else stem + "ed"
    return {word, plural, past, stem + "ing"}


@dataclass(frozen=True)
class _Vocabulary:
    """One compiled vocabulary (opt-out or opt-in)."""

    whole: re.Pattern[str]
    clause: re.Pattern[str] | None
    phrases: tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...]

    def found(self, text: str, cleaned: str) -> bool:
        if self.whole.match(cleaned):
            return True
        if self.clause is not None and any(
            self.clause.match(c) for c in _commands(text)
        ):
            return True
        return any(_phrase_found(p, n, text) for p, n in self.phrases)


def _commands(text: str) -> Iterable[str]:
    """The reply's clauses that are not questions, cleaned."""
    parts = _CLAUSES.split(text)
    for clause, mark in itertools.zip_longest(parts[::2], parts[1::2], fillvalue=""):
        if "?" not in mark and "？" not in mark:
            yield _clean(clause)


def _phrase_found(
    pattern: re.Pattern[str], negation: re.Pattern[str] | None, text: str
) -> bool:
    pos = 0
    while match := pattern.search(text, pos):
        before = text[max(0, match.start() - 40) : match.start()]
        if negation is None or not negation.search(before):
            return True
        pos = match.start() + 1
    return False


def _one_space(run: re.Match[str]) -> str:
    return "\n" if "\n" in run.group() else " "


def _clean(text: str) -> str:
    """Punctuation, symbols and emoji out, spacing single: "🙏 Stop!!" -> "stop"."""
    return _SPACES.sub(" ", _NOT_WORD.sub(" ", text)).strip()


class ReplyClassifier:
    """Compiled reply vocabulary; call it with a reply's text.

    ``opt_out`` and ``opt_in`` are ``{keywords: {lang: [...]}, phrases: {lang:
    [...]}}``; ``words`` maps language -> family name -> entries, used by phrases as
    ``<family>``; ``filler`` maps language -> ``{lead: [...], trail: [...]}``. A
    phrase that names an unknown family or is malformed raises ValueError.
    """

    def __init__(
        self,
        *,
        opt_out: Mapping[str, Mapping[str, Sequence[str]]],
        opt_in: Mapping[str, Mapping[str, Sequence[str]]],
        words: Mapping[str, Mapping[str, Sequence[str]]],
        filler: Mapping[str, Mapping[str, Sequence[str]]],
        normalizer: Callable[[str], Normalized] | None = None,
    ) -> None:
        self._normalizer = normalizer or Normalizer()
        self._words = {
            lang: {name: self._terms(items) for name, items in families.items()}
            for lang, families in words.items()
        }
        lead = alternation(self._all(filler, "lead"))
        self._trail = alternation(self._all(filler, "trail"))
        self._lead = rf"^(?:{lead}\s*)*"
        self._end = rf"(?=(?:\s*{self._trail})*\s*(?:[^\w\s']|_|$))"
        self._out = self._vocabulary(opt_out, clauses=True)
        self._in = self._vocabulary(opt_in, clauses=False)

    def __call__(self, text: str) -> str | None:
        """``"opt_out"``, ``"opt_in"`` or ``None`` for one reply."""
        # one space (or line break, which ends a clause) for any run of them: no
        # pattern can then be slow on a wall of whitespace
        norm = _SPACES.sub(
            _one_space, self._normalizer(text).text.translate(_APOSTROPHES)
        )
        cleaned = _clean(norm)
        if self._out.found(norm, cleaned):
            return OPT_OUT
        if self._in.found(norm, cleaned):
            return OPT_IN
        return None

    def _terms(self, items: Iterable[str]) -> list[str]:
        """Vocabulary entries in the same form as normalized replies."""
        out = []
        for item in items:
            text = self._normalizer(item).text.translate(_APOSTROPHES)
            out.append(_SPACES.sub(" ", text).strip())
        return out

    def _all(
        self, filler: Mapping[str, Mapping[str, Sequence[str]]], key: str
    ) -> list[str]:
        return self._terms(
            item for lang in filler.values() for item in lang.get(key, ())
        )

    def _vocabulary(
        self, vocab: Mapping[str, Mapping[str, Sequence[str]]], *, clauses: bool
    ) -> _Vocabulary:
        keywords = self._terms(
            k for ks in vocab.get("keywords", {}).values() for k in ks
        )
        long = [k for k in keywords if not (k.isascii() and len(k) <= _SHORT)]
        phrases = []
        for lang, patterns in vocab.get("phrases", {}).items():
            if patterns:
                body = "|".join(f"(?:{self._pattern(p, lang)})" for p in patterns)
                phrases.append((re.compile(body), self._negation(lang)))
        return _Vocabulary(
            whole=self._keyword_regex(keywords),
            clause=self._keyword_regex(long) if clauses and long else None,
            phrases=tuple(phrases),
        )

    def _keyword_regex(self, keywords: Sequence[str]) -> re.Pattern[str]:
        # the same keyword may come again ("STOP STOP"), another may not ("取消退订")
        kw = alternation(keywords)
        return re.compile(
            rf"{self._lead}(?P<kw>{kw})(?:\s*(?:{self._trail}|(?P=kw)))*\s*$"
        )

    def _negation(self, lang: str) -> re.Pattern[str] | None:
        words = self._words.get(lang, {}).get("negation")
        if not words:
            return None
        you = f"you(?![{_WORD}])"
        return re.compile(rf"{alternation(words)}(?:\s+(?!{you})[{_WORD}]+)?\s*$")

    def _pattern(self, pattern: str, lang: str) -> str:
        """The regex of one phrase pattern (see the module docstring)."""
        pieces: list[str] = []
        for raw in pattern.split():
            if raw == "$":
                pieces.append(self._end)
                continue
            token = _TOKEN.fullmatch(raw)
            if token is None or (token["neg"] and token["opt"]):
                raise ValueError(f"phrase {pattern!r}: cannot read {raw!r}")
            regex = alternation(self._token_items(token["body"], pattern, lang))
            # NOTE: no leading \s* on the first token: searching would try it from
            # every position of a run of spaces, which is quadratic
            regex = rf"\s*{regex}" if pieces else regex
            if token["neg"]:
                pieces.append(f"(?!{regex})")
            elif token["opt"]:
                # possessive: an optional word, once seen, is not given back to let a
                # following "!limit" look past it ("stop texting me at work")
                pieces.append(f"(?:{regex})?+")
            else:
                pieces.append(regex)
        return "".join(pieces)

    def _token_items(self, body: str, pattern: str, lang: str) -> list[str]:
        items: list[str] = []
        families = self._words.get(lang, {})
        for alt in body.split("|"):
            family = _FAMILY.fullmatch(alt)
            if family:
                if family[1] not in families:
                    raise ValueError(
                        f"phrase {pattern!r}: no word family {family[1]!r} for {lang}"
                    )
                entries, inflect = families[family[1]], bool(family[2])
            else:
                inflect = alt.endswith("~")
                entries = self._terms([alt.removesuffix("~").replace("_", " ")])
            for entry in entries:
                items += inflected(entry) if inflect and lang in INFLECTED else [entry]
        return items


__all__ = ["OPT_IN", "OPT_OUT", "ReplyClassifier", "alternation", "inflected"]
