"""One pass of an Aho-Corasick automaton over the lower-cased text, then word-boundary checks.

Every surface form of every entry is a key of the automaton. A match counts when it starts and
ends at word boundaries (an apostrophe or a hyphen is a boundary: l'extrémiste, d'islamistes,
ex-rebelles); a word prefixed with anti-, contre-, counter- or non- is not a match
(anti-terroriste). Overlapping matches resolve to the leftmost, then the longest ("groupes
terroristes" over "terroristes"); ``exclude`` entries take part in that resolution and are then
dropped ("régime de retraite" hides "régime").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import ahocorasick

from ._format import Entry, Lexicon

__all__ = ["Collision", "Match", "Matcher"]

NEGATING_PREFIXES = frozenset({"anti", "contre", "counter", "non"})


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    entry: Entry
    lexicon: str  # name@version


@dataclass(frozen=True)
class Collision:
    """Two entries produce the same surface form; ``kept`` wins it."""

    form: str
    kept: Entry
    dropped: Entry


class Matcher:
    """All entries of some lexicons of one language, compiled into one automaton.

    Later lexicons override earlier ones: an entry whose ``key`` (lower-cased text) is
    already present replaces it, forms included.
    """

    def __init__(self, lexicons: Sequence[Lexicon], lang: str) -> None:
        self.lang = lang
        self.lexicons = tuple(lexicons)
        merged: dict[str, list[tuple[Entry, str, int]]] = {}
        for rank, lex in enumerate(self.lexicons):
            seen_here: set[str] = set()
            for e in lex.entries:
                if e.key in merged and e.key not in seen_here:
                    del merged[e.key]  # overridden by a later lexicon
                merged.setdefault(e.key, []).append((e, lex.tag, rank))
                seen_here.add(e.key)
        self.entries: tuple[Entry, ...] = tuple(e for v in merged.values() for e, _, _ in v)
        self._tags = tuple(t for v in merged.values() for _, t, _ in v)
        ranks = tuple(r for v in merged.values() for _, _, r in v)
        best: dict[str, tuple[tuple[int, int, int], int]] = {}
        collisions: list[Collision] = []
        for i, e in enumerate(self.entries):
            own = {e.entry.lower().replace("’", "'"), *(f.lower() for f in e.forms)}
            for form in e.surface_forms(lang):
                prio = (ranks[i], 1 if form in own else 0, 0 if e.pos == "v" else 1)
                old = best.get(form)
                if old is None or prio > old[0]:
                    if old is not None:
                        collisions.append(Collision(form, e, self.entries[old[1]]))
                    best[form] = (prio, i)
                elif self.entries[old[1]].category != e.category:
                    collisions.append(Collision(form, self.entries[old[1]], e))
        self.collisions = tuple(collisions)
        self.n_forms = len(best)
        self._exclude = tuple(e.category == "exclude" for e in self.entries)
        automaton = ahocorasick.Automaton()
        for form, (_, i) in best.items():
            automaton.add_word(form, (len(form), i, self.entries[i].pos == "pre"))
        if best:
            automaton.make_automaton()
        self._automaton = automaton if best else None

    def lexicon_of(self, i: int) -> str:
        return self._tags[i]

    def find(self, text: str) -> list[Match]:
        """Matches in ``text`` (any case), in order, not overlapping."""
        return [Match(s, e, self.entries[i], self._tags[i]) for s, e, i in self.spans(text)]

    def spans(self, text: str, lower: str = "") -> list[tuple[int, int, int]]:
        """``(start, end, entry index)`` of the matches, the hot path of :meth:`find`.
        ``lower`` is ``text`` lower-cased code point by code point when the caller has it
        (``Document.lower``)."""
        if self._automaton is None:
            return []
        low = lower or text.lower()
        if len(low) != len(text):  # a few code points lower-case to two (İ): keep offsets
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        n = len(low)
        isalnum = str.isalnum
        cands: list[tuple[int, int, int, bool]] = []
        for last, (length, i, prefix) in self._automaton.iter(low):
            start = last - length + 1
            if start > 0:
                before = low[start - 1]
                if isalnum(before):
                    continue
                if before == "-" and _negated(low, start - 1):
                    continue
            end = last + 1
            if prefix:
                while end < n and (isalnum(low[end]) or low[end] == "-"):
                    end += 1
                if end == last + 1:
                    continue
            elif end < n and isalnum(low[end]):
                continue
            cands.append((start, end, i, prefix))
        if not cands:
            return []
        # leftmost, then longest, then a whole-word entry before a prefix entry
        cands.sort(key=lambda c: (c[0], c[0] - c[1], c[3]))
        out: list[tuple[int, int, int]] = []
        reach = -1
        exclude = self._exclude
        for c in cands:
            if c[0] >= reach:
                reach = c[1]
                if not exclude[c[2]]:
                    out.append(c[:3])
        return out


def _negated(low: str, hyphen: int) -> bool:
    k = hyphen
    while k > 0 and low[k - 1].isalpha():
        k -= 1
    return low[k:hyphen] in NEGATING_PREFIXES
