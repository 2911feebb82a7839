"""The plain-language summary of an article (the same sentences on the page and in the terminal)
and the terminal tables."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import Any

from ._i18n import check_ui_lang, count_label, strings, value_label
from ._model import ArticleView, TermView, build_view

__all__ = ["summary_sentences", "summary_text"]

_MAX_SPEAKERS = 6
_MAX_TERMS = 15  # distinct loaded terms listed in the outlet's voice
_MAX_INSIDE = 6  # and inside quoted or reported speech
_TABLE_ROWS = 15  # rows of each terminal table
_CELL = 40  # characters of a table cell
_QUOTE_TYPES = ("direct", "indirect", "mixed")


def percent(x: float, ui_lang: str) -> str:
    p = round(100 * x)
    if p == 0 and x > 0:
        return "<1\u202f%" if ui_lang == "fr" else "<1%"
    return f"{p}\u202f%" if ui_lang == "fr" else f"{p}%"


def _term_list(terms: Sequence[TermView], with_voice: bool, ui_lang: str, limit: int,
               with_category: bool = False) -> str:
    """Distinct surface forms in text order, "×n" when repeated, at most ``limit`` of them."""
    seen: dict[tuple[str, ...], int] = {}
    for t in terms:
        key = (t.text,)
        if with_category:
            key = (t.text, t.category_label)
        elif with_voice:
            who = t.speaker.label if t.speaker else None
            key = (t.text, value_label(t.voice, ui_lang), *((who,) if who else ()))
        seen[key] = seen.get(key, 0) + 1
    out = []
    for key, n in list(seen.items())[:limit]:
        label = key[0] + (f" ({', '.join(key[1:])})" if len(key) > 1 else "")
        out.append(label + (f" ×{n}" if n > 1 else ""))
    if len(seen) > limit:
        out.append(strings(ui_lang)["s_and_more"].format(n=len(seen) - limit))
    return ", ".join(out)


def summary_sentences(view: ArticleView) -> list[str]:
    """A few sentences: who is quoted how often, the outlet's own loaded wording, how much of
    the text is other people's speech, the credit line."""
    ui = view.ui_lang
    s = strings(ui)
    out: list[str] = []
    nq = len(view.quotes)
    if nq:
        parts = [s["s_attr_part"].format(k=sp.n_quotes, name=sp.full_label)
                 for sp in view.speakers[:_MAX_SPEAKERS]]
        rest = view.speakers[_MAX_SPEAKERS:]
        if rest:
            parts.append(s["s_attr_more"].format(k=sum(sp.n_quotes for sp in rest), m=len(rest)))
        out.append(s["s_attr_one" if nq == 1 else "s_attr_many"].format(
            n=nq, parts=", ".join(parts)))
        counts = {t: sum(q.type == t for q in view.quotes) for t in _QUOTE_TYPES}
        for q in view.quotes:
            counts.setdefault(q.type, sum(x.type == q.type for x in view.quotes))
        out.append(s["s_types"].format(parts=", ".join(
            count_label(t, n, ui) for t, n in counts.items() if n)))
    else:
        out.append(s["s_attr_none"])
    narrative = view.narrative_terms
    inside = view.inside_terms
    markers = view.narrative_markers
    if narrative:
        out.append(s["s_narr_one" if len(narrative) == 1 else "s_narr_many"].format(
            n=len(narrative), terms=_term_list(narrative, False, ui, _MAX_TERMS)))
    else:
        out.append(s["s_narr_none"])
    if inside:
        out.append(s["s_inside_one" if len(inside) == 1 else "s_inside_many"].format(
            n=len(inside), terms=_term_list(inside, True, ui, _MAX_INSIDE)))
    if markers:
        out.append(s["s_markers_one" if len(markers) == 1 else "s_markers_many"].format(
            n=len(markers), terms=_term_list(markers, False, ui, _MAX_INSIDE,
                                             with_category=True)))
    if view.text_chars and view.quoted_chars and view.speakers:
        top = max(view.speakers, key=lambda sp: (sp.chars, -sp.first))
        out.append(s["s_share"].format(
            pct=percent(view.quoted_chars / view.text_chars, ui), name=top.label,
            spct=percent(top.chars / view.text_chars, ui)))
    if view.credits:
        credits = ", ".join(f"{s['lq']}{c}{s['rq']}" for c in view.credits)
        out.append(s["s_credits"].format(credits=credits))
    return out


def _table(header: Sequence[str], rows: Sequence[Sequence[Any]], right: Sequence[int] = ()
           ) -> list[str]:
    def cut(c: Any) -> str:
        c = "" if c is None else " ".join(str(c).split())
        return c if len(c) <= _CELL else c[: _CELL - 1] + "…"

    cells = [[str(c) for c in header]] + [[cut(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]

    def fmt(r: list[str]) -> str:
        return "  ".join(c.rjust(w) if i in right else c.ljust(w)
                         for i, (c, w) in enumerate(zip(r, widths, strict=True))).rstrip()

    return [fmt(cells[0]), "  ".join("-" * w for w in widths)] + [fmt(r) for r in cells[1:]]


def summary_text(record: dict, *, ui_lang: str = "en", width: int = 88) -> str:
    """The summary of one analysis record for a terminal: the sentences of the report, then a
    table of speakers and a table of loaded terms. Plain text, no colour codes.

    ``record`` is the JSON record of ``sourcebias analyze``; its ``text`` is used when present
    (for the share of the text each speaker holds) but not required.
    """
    check_ui_lang(ui_lang)
    view = build_view(record, ui_lang=ui_lang, require_text=False)
    s = strings(ui_lang)
    head = view.title if view.title == view.id else f"{view.title} [{view.id}]"
    facts = [x for x in (view.outlet, view.date, view.language,
                         f"{view.n_words} {s['words']}" if view.n_words is not None else None) if x]
    lines = textwrap.wrap(head, width=width, break_on_hyphens=False) or [view.id]
    if facts:
        lines.append(" · ".join(facts))
    lines.append("")
    for sentence in summary_sentences(view):
        lines.extend(textwrap.wrap(sentence, width=width, break_on_hyphens=False) or [""])
    s_more = s["s_and_more"]
    if view.speakers:
        lines.append("")
        share = bool(view.text_chars)
        header = [s["speaker"], s["type"], s["n_quotes"]] + ([s["share_of_text"]] if share else [])
        rows = [[sp.label, sp.description, sp.n_quotes]
                + ([percent(sp.chars / view.text_chars, ui_lang)] if share else [])
                for sp in view.speakers[:_TABLE_ROWS]]
        lines.extend(_table(header, rows, right=(2, 3)))
        if len(view.speakers) > _TABLE_ROWS:
            lines.append(f"({s_more.format(n=len(view.speakers) - _TABLE_ROWS)})")
    if view.terms:
        lines.append("")
        rows = [[t.text, t.category_label, value_label(t.voice, ui_lang),
                 f"{t.quote_n} ({t.speaker.label})" if t.quote_n and t.speaker else "",
                 ", ".join(t.neutral)] for t in view.terms[:_TABLE_ROWS]]
        lines.extend(_table([s["term"], s["category"], s["voice"], s["quote"], s["neutral"]],
                            rows))
        if len(view.terms) > _TABLE_ROWS:
            lines.append(f"({s_more.format(n=len(view.terms) - _TABLE_ROWS)})")
    return "\n".join(lines) + "\n"
