"""The voice of any span: the outlet's own words (narrative), a direct quote's words (quoted), or
reported speech (reported). See contract/ATTRIBUTION.md, "Voice of a loaded term"."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from ._types import Quote, Voice

__all__ = ["VoiceMap"]


@dataclass(frozen=True)
class VoiceMap:
    """Answers ``voice(start, end)`` for a set of quotes in O(log n) per span.

    A span inside the marks of a direct quote or of a mixed quote's fragment is ``quoted``;
    inside the span of an indirect quote, or of a mixed quote outside its marks, ``reported``;
    elsewhere ``narrative``. When quotes nest, quotation marks win (an indirect quote inside
    a direct one is still quoted), then the innermost (shortest) quote gives the index.
    """

    quotes: tuple[Quote, ...]
    _starts: tuple[int, ...]
    _order: tuple[int, ...]
    _reach: tuple[int, ...]  # the furthest end among the quotes sorted up to each position

    @classmethod
    def from_quotes(cls, quotes: Sequence[Quote]) -> VoiceMap:
        order = sorted(range(len(quotes)), key=lambda i: (quotes[i].start, -quotes[i].end))
        reach = list(itertools.accumulate((quotes[i].end for i in order), max))
        return cls(tuple(quotes), tuple(quotes[i].start for i in order), tuple(order),
                   tuple(reach))

    def voice(self, start: int, end: int) -> tuple[Voice, int | None]:
        """The voice of ``[start, end)`` and the index of the quote that gives it.

        Quotation marks win over nesting: words inside the marks of any quote that contains
        them are ``quoted`` (reported speech inside a direct quote is still the quoted
        speaker's words); among the quotes giving the same voice, the innermost is returned.
        """
        quoted: tuple[int, int] | None = None  # (length, index)
        reported: tuple[int, int] | None = None
        hi = bisect.bisect_right(self._starts, start)
        for k in range(hi - 1, -1, -1):
            if self._reach[k] < end:
                break  # no quote sorted this early reaches the span: linear time overall
            i = self._order[k]
            q = self.quotes[i]
            if q.end < end:
                continue
            length = q.end - q.start
            if q.type == "direct" or any(ms <= start and end <= me for ms, me in q.marks):
                if quoted is None or length < quoted[0]:
                    quoted = (length, i)
            elif reported is None or length < reported[0]:
                reported = (length, i)
        if quoted is not None:
            return "quoted", quoted[1]
        if reported is not None:
            return "reported", reported[1]
        return "narrative", None
