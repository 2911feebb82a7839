"""Loaded terms of a document: lexicon matches, each with its voice, scare quotes and target."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .._data import lexicon_dir
from .._types import LoadedTerm
from ..text import Document
from ..voice import VoiceMap
from ._format import Lexicon, LexiconError, load_lexicon
from ._matcher import Matcher
from ._target import find_target

__all__ = ["TermResult", "find_loaded_terms", "get_lexicon", "matcher_for", "scare_quote_span",
           "shipped_lexicons"]

#: categories whose hits get a target (the actor they label)
TARGETED = frozenset({"labeling", "contested"})
#: a scare quote is a short quoted stretch: at most this many words inside the marks
SCARE_MAX_WORDS = 6
_SCARE_REACH = 80
_OPENERS = "«“„‹\""
_CLOSERS = "»”“›\""


@dataclass(frozen=True)
class TermResult:
    """The loaded terms of one document (offsets into ``doc.norm``) and the lexicon versions."""

    terms: tuple[LoadedTerm, ...] = ()
    versions: dict[str, str] = field(default_factory=dict)


@functools.cache
def shipped_lexicons() -> tuple[Lexicon, ...]:
    """The lexicons shipped in ``lexicons/loaded/`` (files named ``loaded-*.tsv``)."""
    paths = sorted((lexicon_dir() / "loaded").glob("loaded-*.tsv"))
    return tuple(load_lexicon(p) for p in paths)


def get_lexicon(name: str, extra: Sequence[str | Path] = ()) -> Lexicon:
    """A shipped lexicon (or one of ``extra``) by name or ``name@version``."""
    lexicons = (*shipped_lexicons(), *(_load_user(str(p)) for p in extra))
    for lex in reversed(lexicons):
        if name in (lex.name, lex.tag):
            return lex
    known = ", ".join(lex.name for lex in lexicons)
    raise LookupError(f"no lexicon named {name!r}; known: {known}")


@functools.cache
def _load_user(path: str) -> Lexicon:
    p = Path(path)
    if not p.is_file():
        raise LexiconError(f"{p}: lexicon file not found")
    return load_lexicon(p)


def matcher_for(lang: str, extra: Sequence[str | Path] = ()) -> Matcher:
    """The compiled matcher for ``lang``: shipped lexicons, then user files (which override).
    Built once per process for each (language, user files)."""
    return _matcher(lang, tuple(str(p) for p in extra))


@functools.cache
def _matcher(lang: str, extra: tuple[str, ...]) -> Matcher:
    lexicons = [lex for lex in shipped_lexicons() if lex.language == lang]
    lexicons += [lex for lex in (_load_user(str(p)) for p in extra) if lex.language == lang]
    return Matcher(lexicons, lang)


def find_loaded_terms(doc: Document, voices: VoiceMap, extra: tuple[str, ...] = ()
                      ) -> TermResult:
    """Loaded terms in ``doc.norm`` (offsets into the matching view), each with its voice.

    ``extra`` are paths of user lexicon files; an entry there overrides the shipped entry with
    the same text. Only lexicons of the document's language apply.
    """
    matcher = _matcher(doc.lang, tuple(str(p) for p in extra))
    versions = {lex.name: lex.version for lex in matcher.lexicons}
    spans = matcher.spans(doc.norm, doc.lower)
    if not spans:
        return TermResult((), versions)
    text = doc.norm
    para_starts = [p[0] for p in doc.paragraphs]
    entries = matcher.entries
    terms: list[LoadedTerm] = []
    proper_check = doc.lang == "fr"
    for start, end, i in spans:
        e = entries[i]
        if proper_check and text[start].isupper() and _proper_noun(text, start, end, e.entry):
            continue
        voice, qi = voices.voice(start, end)
        k = bisect.bisect_right(para_starts, start) - 1
        pstart, pend = doc.paragraphs[k] if k >= 0 else (0, len(text))
        scare = (scare_quote_span(text, start, end, pstart, pend) if voice == "narrative"
                 else None)
        target = None
        if e.category in TARGETED:
            target = find_target(text, start, end, doc.lang, e.entry, limit=pend)
        terms.append(LoadedTerm(
            text=text[start:end], start=start, end=end, entry=e.entry, category=e.category,
            voice=voice, quote_index=qi, lexicon=matcher.lexicon_of(i), neutral=e.neutral,
            target=target, scare_quoted=scare is not None, scare_quote=scare,
        ))
    return TermResult(tuple(terms), versions)


_SENTENCE_OPENERS = frozenset(".!?…:;\n«“\"'(—–-[")


def _proper_noun(text: str, start: int, end: int, entry: str) -> bool:
    """A capitalised word inside a sentence is a name in French (Arc de Triomphe, Aloïse
    Sauvage), unless the entry itself is capitalised (État islamique), the word is in capitals,
    or the match is a multi-word expression: a loaded phrase written with capitals is still that
    phrase, capitalised as a concept (le Grand Remplacement, l'Opération militaire spéciale)."""
    if entry[:1].isupper() or text[start:end].isupper() or " " in text[start:end]:
        return False
    j = start - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    return j >= 0 and text[j] not in _SENTENCE_OPENERS


def scare_quote_span(text: str, start: int, end: int, lo: int = 0, hi: int | None = None
                     ) -> tuple[int, int] | None:
    """The offsets of the quotation marks around ``text[start:end]`` when it sits in a short
    quoted stretch (at most ``SCARE_MAX_WORDS`` words) inside ``[lo, hi)``, else None."""
    hi = len(text) if hi is None else hi
    left_lo = max(lo, start - _SCARE_REACH)
    seg = text[left_lo:start]
    o, ch = -1, ""
    for c in _OPENERS + "»”›":
        k = seg.rfind(c)
        if k > o:
            o, ch = k, c
    if o < 0 or ch not in _OPENERS:
        return None
    o += left_lo
    if ch == '"' and ((o > 0 and text[o - 1].isalnum()) or text[o + 1:o + 2].isspace()):
        return None  # a straight quote that closes something, not an opening mark
    seg = text[end:min(hi, end + _SCARE_REACH)]
    c_at, cch = len(seg), ""
    for c in _CLOSERS + "«„‹":
        k = seg.find(c)
        if 0 <= k < c_at:
            c_at, cch = k, c
    if not cch or cch not in _CLOSERS:
        return None
    close = end + c_at
    if cch == '"' and close + 1 < len(text) and text[close + 1].isalnum():
        return None
    inside = text[o + 1:close].strip()
    if not inside or inside.count(" ") + 1 > SCARE_MAX_WORDS:
        return None
    return o, close + 1
