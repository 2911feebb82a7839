"""The article text as HTML with nested highlight elements, reproducing the text exactly.

Spans may nest or overlap in any way (a loaded term inside a quote, a cue inside an indirect
quote, two quotes crossing). The text is cut at every span boundary into a flat sequence of
segments; elements are opened and closed in stack order so the HTML is always well formed; a
span that must be closed early to respect nesting is re-opened as a continuation piece. Only the
first piece of a span carries its ``id`` and the ``first`` class (for the quote number badge).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from ._i18n import strings
from ._model import ArticleView

__all__ = ["Span", "highlight", "spans_for"]

# Nesting order: lower ranks are opened outside higher ones when they start together.
RANK = {"quote": 0, "fragment": 1, "speaker": 2, "cue": 2, "credit": 2, "term": 3}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str
    classes: str
    title: str = ""
    anchor: str | None = None  # id of the first piece
    data: tuple[tuple[str, str], ...] = field(default=())

    @property
    def rank(self) -> int:
        return RANK[self.kind]


def escape_text(s: str) -> str:
    """Escape text for HTML content; a carriage return is kept as a character reference
    because HTML parsers turn a literal CR (or CR LF) into LF."""
    return str(escape(s)).replace("\r", "&#13;")


def _open(span: Span, first: bool) -> str:
    cls = span.classes + (" first" if first else " cont")
    parts = [f'<span class="{escape(cls)}"']
    if first and span.anchor:
        parts.append(f' id="{escape(span.anchor)}"')
    if span.title:
        parts.append(f' title="{escape_text(span.title)}"')
    for k, v in span.data:
        parts.append(f' data-{escape(k)}="{escape(v)}"')
    parts.append(">")
    return "".join(parts)


def highlight(text: str, spans: Iterable[Span]) -> Markup:
    """HTML for ``text`` with every span wrapped in ``<span>`` elements, well nested."""
    items = sorted(((sp.start, sp.end, sp.rank, i, sp) for i, sp in enumerate(spans)
                    if 0 <= sp.start < sp.end <= len(text)), key=lambda t: t[:4])
    by_start: dict[int, list[tuple[int, int, int, int, Span]]] = {}
    bounds = {0, len(text)}
    for it in items:
        by_start.setdefault(it[0], []).append(it)
        bounds.add(it[0])
        bounds.add(it[1])
    points = sorted(bounds)
    out: list[str] = []
    stack: list[tuple[int, int, int, int, Span]] = []
    opened: set[int] = set()
    for k, p in enumerate(points):
        opening = by_start.get(p, [])
        min_rank = min((it[2] for it in opening), default=len(RANK) + 1)
        cut = len(stack)
        for j, it in enumerate(stack):
            if it[1] == p or it[2] > min_rank:
                cut = j
                break
        popped = stack[cut:]
        del stack[cut:]
        out.append("</span>" * len(popped))
        push = [it for it in popped if it[1] > p] + opening
        push.sort(key=lambda it: (it[2], -it[1], it[3]))
        for it in push:
            out.append(_open(it[4], it[3] not in opened))
            opened.add(it[3])
            stack.append(it)
        if k + 1 < len(points):
            out.append(escape_text(text[p:points[k + 1]]))
    out.append("</span>" * len(stack))
    return Markup("".join(out))


def spans_for(view: ArticleView) -> list[Span]:
    """The highlight spans of an article: quotes, quoted fragments, speakers, cues, credits
    and loaded terms."""
    s = strings(view.ui_lang)
    spans: list[Span] = []
    mentions: dict[tuple[int, int], list] = {}
    cues: dict[tuple[int, int], list] = {}
    for q in view.quotes:
        css = q.speaker.css
        kind_cls = "qd" if q.type == "direct" else "qr"
        spans.append(Span(q.start, q.end, "quote", f"q {kind_cls} {css}", q.tooltip,
                          anchor=f"q{q.n}", data=(("n", str(q.n)),)))
        for a, b in q.marks:
            spans.append(Span(a, b, "fragment", f"qf {css}"))
        if q.mention_span:
            mentions.setdefault(q.mention_span, []).append(q)
        if q.cue_span:
            cues.setdefault(q.cue_span, []).append(q)
    for (a, b), qs in mentions.items():
        sp = qs[0].speaker
        spans.append(Span(a, b, "speaker", f"spk {sp.css}",
                          f"{s['speaker']}{s['colon']}{sp.full_label} · {_nums(s, qs)}"))
    for (a, b), qs in cues.items():
        spans.append(Span(a, b, "cue", "cue",
                          f"{s['cue']}{s['colon']}{qs[0].cue_label} · {_nums(s, qs)}"))
    for a, b in view.credit_spans:
        spans.append(Span(a, b, "credit", "credit", s["credits"]))
    for t in view.terms:
        spans.append(Span(t.start, t.end, "term", f"lt lt-{_css_word(t.voice)}", t.tooltip))
    return spans


def _nums(s: dict[str, str], qs: Sequence) -> str:
    label = s["quote"] if len(qs) == 1 else s["quotes"]
    return f"{label} {', '.join(str(q.n) for q in qs)}"


def _css_word(v: str) -> str:
    return "".join(c for c in v if c.isascii() and (c.isalnum() or c == "-")) or "x"
