"""Quotation marks paired by type, with offsets.

Rules (contract/ATTRIBUTION.md): « », “ ”, „ “, ‹ ›, " " and dialogue dashes. Marks pair by type,
odd counts and stray marks are tolerated, no quote runs past a paragraph break unless the next
paragraph reopens it (the French and English convention for quotes over several paragraphs).
One pass over the marks: time linear in the size of the text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .._frozen import fast_init
from ._common import trim_span

MARK = re.compile(r"[«»“”„‹›\"]")
OPENERS = {"«": "»", "“": "”", "„": "“", "‹": "›"}
CLOSERS = {"»": "«", "”": "“", "›": "‹"}
# a dialogue line: an em or en dash (or the typewriter "--") opening a paragraph; a single hyphen
# there is a list bullet in news copy, not dialogue
# what follows a quotation whose opening mark was lost: an incise or the end of the sentence
_INCISE_AFTER = re.compile(r"\s*(?:,|\.|$)")
DIALOGUE_DASH = re.compile(r"(?:[—–―]|--)\s?(?=\w|«|\.\.\.|…)")


@fast_init
@dataclass(frozen=True)
class Marked:
    """A top-level pair of quotation marks: ``open`` and ``close`` are the mark offsets,
    ``start``/``end`` the text inside them (without surrounding spaces)."""

    open: int
    close: int
    start: int
    end: int
    kind: str  # the opening mark, or "—" for a dialogue paragraph
    paragraphs: int = 1
    closed: bool = True  # False when no closing mark was found: ``close`` is the paragraph end
    opened: bool = True  # False when the opening mark is missing: ``open`` is the paragraph start

    @property
    def outer(self) -> tuple[int, int]:
        """The stretch with its marks."""
        return self.open, self.close + (1 if self.closed and self.kind != "—" else 0)


def _straight_is_opener(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([{—–-/:" or (
            before in "'’" and _ELIDED_BEFORE.search(text, max(0, i - 9), i) is not None):
        # (also after a French elision: qu'"il est évident …")
        return not after.isspace() and after not in ",.;:!?)]}»”\""
    return False


_ELIDED_BEFORE = re.compile(r"(?<![^\W\d_])(?:qu|jusqu|lorsqu|puisqu|quoiqu|l|d|j|s|n|c|m|t)['’]$",
                            re.IGNORECASE)


def _curly_opens(text: str, pmarks: list[tuple[int, str]], j: int) -> bool:
    """Does the paragraph's first curly mark, a ”, stand where a quotation opens (a space or
    the paragraph's start before it: "”Nous …“", "jugé la présence ” préoccupante “")? Not
    right after the words of a quotation it closes: '"…,” Reid said. “…"'."""
    pos = next(p for p, c in pmarks[j:] if c in "“”")
    before = text[pos - 1] if pos > 0 else " "
    return before.isspace() or before in "([{—–-/:"


def find_marked(text: str, paragraphs: list[tuple[int, int]] | tuple[tuple[int, int], ...]
                ) -> list[Marked]:
    """Top-level quoted stretches of ``text``, in order."""
    out: list[Marked] = []
    para_starts = [p[0] for p in paragraphs]
    marks = [(m.start(), m.group()) for m in MARK.finditer(text)]
    # group mark positions by paragraph
    by_para: list[list[tuple[int, str]]] = [[] for _ in paragraphs]
    for pos, ch in marks:
        k = bisect.bisect_right(para_starts, pos) - 1
        if k >= 0 and pos < paragraphs[k][1]:
            by_para[k].append((pos, ch))
    carry: tuple[int, str, int] | None = None  # (open position, opener, paragraphs so far)
    for k, (ps, _pe) in enumerate(paragraphs):
        stack: list[tuple[int, str]] = []
        # how many of each opener the stack holds: every test below is O(1), every mark is
        # pushed and popped at most once, so a paragraph costs time linear in its marks
        held: dict[str, int] = dict.fromkeys(OPENERS, 0)
        held['"'] = 0

        def push(pos: int, opener: str, stack: list = stack, held: dict = held) -> None:
            stack.append((pos, opener))
            held[opener] += 1

        pmarks = by_para[k]
        j = 0
        if carry is not None:
            # continued only if this paragraph reopens with the same mark
            if pmarks and pmarks[0][0] == _first_non_space(text, ps) and pmarks[0][1] == carry[1]:
                push(carry[0], carry[1])
                j = 1
                carry = (carry[0], carry[1], carry[2] + 1)
            else:
                o = carry[0]
                s, e = trim_span(text, o + 1, paragraphs[k - 1][1])
                out.append(Marked(o, paragraphs[k - 1][1], s, e, carry[1], carry[2], False))
                carry = None
        curly = [c for _, c in pmarks if c in "“”"]
        reversed_curly = bool(curly) and curly[0] == "”" and \
            curly.count("”") == curly.count("“") and _curly_opens(text, pmarks, j)
        for n_mark, (pos, ch) in enumerate(pmarks[j:]):
            first_mark = n_mark == 0 and j == 0
            if reversed_curly and ch in "“”":
                # some sites print ” … “ for “ … ”
                ch = "“" if ch == "”" else "”"
            if ch == '"':
                if stack and stack[-1][1] == '"' and not _straight_is_opener(text, pos):
                    ch_role = "close"
                elif _straight_is_opener(text, pos):
                    ch_role = "open"
                elif held['"']:
                    ch_role = "close"
                elif held["“"] and stack[-1][1] == "“":
                    # mixed typography, “ … ": the straight mark closes the curly one
                    ch_role = "close_curly"
                else:
                    continue
                if ch_role == "open":
                    push(pos, '"')
                    continue
                opener = '"' if ch_role == "close" else "“"
            elif ch == "“" and held["„"]:
                opener = "„"
            elif ch in OPENERS:
                push(pos, ch)
                continue
            else:
                opener = CLOSERS[ch]
                if ch == "”" and not held[opener] and stack and stack[-1][1] == '"':
                    opener = '"'  # mixed typography, " … ”: the curly mark closes the straight
            if not held[opener]:
                if (ch == "»" and not stack and first_mark and not _starts_with_mark(text, ps)
                        and _INCISE_AFTER.match(text, pos + 1)):
                    # «» with the opening mark lost: "Il s'agit de terroristes…», a-t-il ajouté"
                    s, e = trim_span(text, ps, pos)
                    if e - s > 1:
                        out.append(Marked(ps, pos, s, e, "«", 1, True, False))
                continue  # a stray closing mark
            # close: pop down to the matching opener (it is in the stack)
            while True:
                o, top = stack.pop()
                held[top] -= 1
                if top == opener:
                    break
            if not stack:
                s, e = trim_span(text, o + 1, pos)
                n_par = carry[2] if carry is not None and carry[0] == o else 1
                if carry is not None and carry[0] == o:
                    carry = None
                out.append(Marked(o, pos, s, e, opener, n_par))
        if stack:
            o, opener = stack[0]
            n_par = carry[2] if carry is not None and carry[0] == o else 1
            carry = (o, opener, n_par)
    if carry is not None:
        o = carry[0]
        end = paragraphs[-1][1]
        s, e = trim_span(text, o + 1, end)
        out.append(Marked(o, end, s, e, carry[1], carry[2], False))
    # dialogue dashes: a paragraph that opens with a dash is a quote to its end
    opens = [m.open for m in out]  # in order: marks are found paragraph by paragraph
    for ps, pe in paragraphs:
        dash = DIALOGUE_DASH.match(text, ps)
        if dash and not _inside(out, opens, ps):
            s, e = trim_span(text, dash.end(), pe)
            out.append(Marked(ps, pe, s, e, "—", 1, False))
    out.sort(key=lambda m: m.open)
    return out


def _starts_with_mark(text: str, i: int) -> bool:
    return text[_first_non_space(text, i):][:1] in "«»“”„‹›\"—–―-"


def _first_non_space(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def _inside(marked: list[Marked], opens: list[int], pos: int) -> bool:
    """Is ``pos`` inside one of the (non-overlapping, ordered) quotations?"""
    k = bisect.bisect_right(opens, pos) - 1
    return k >= 0 and marked[k].open <= pos <= marked[k].close
