"""The voice of any span: the outlet's own words (narrative), a direct quote's words (quoted), or
reported speech (reported). See contract/ATTRIBUTION.md, "Voice of a loaded term"."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from ._types import Quote, Voice

__all__ = ["VoiceMap"]


@dataclass(frozen=True)
class VoiceMap:
    """Answers ``voice(start, end)`` for a set of quotes in O(log n) per span.

    A span inside the marks of a direct quote or of a mixed quote's fragment is ``quoted``;
    inside the span of an indirect quote, or of a mixed quote outside its marks, ``reported``;
    elsewhere ``narrative``. When quotes nest (a mixed quote inside a reported clause), the
    innermost (shortest) quote wins.
    """

    quotes: tuple[Quote, ...]
    _starts: tuple[int, ...]
    _order: tuple[int, ...]

    @classmethod
    def from_quotes(cls, quotes: Sequence[Quote]) -> VoiceMap:
        order = sorted(range(len(quotes)), key=lambda i: (quotes[i].start, -quotes[i].end))
        return cls(tuple(quotes), tuple(quotes[i].start for i in order), tuple(order))

    def voice(self, start: int, end: int) -> tuple[Voice, int | None]:
        """The voice of ``[start, end)`` and the index of the quote that gives it."""
        best: int | None = None
        hi = bisect.bisect_right(self._starts, start)
        for k in range(hi - 1, -1, -1):
            q = self.quotes[self._order[k]]
            if q.end >= end and (best is None or q.end - q.start < self._len(best)):
                best = self._order[k]
        if best is None:
            return "narrative", None
        q = self.quotes[best]
        if q.type == "direct":
            return "quoted", best
        if any(ms <= start and end <= me for ms, me in q.marks):
            return "quoted", best
        return "reported", best

    def _len(self, i: int) -> int:
        return self.quotes[i].end - self.quotes[i].start
