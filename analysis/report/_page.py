"""The HTML pages: one per article, and an index. Jinja2 with autoescaping for every template;
the only pre-built HTML is the highlighted article text, built from escaped pieces."""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from ._charts import Chart, charts_for
from ._i18n import check_ui_lang, strings
from ._model import OTHER_COLOUR, PALETTE, VOICES, ArticleView, _tint, build_view
from ._segments import highlight, spans_for
from ._summary import percent, summary_sentences

__all__ = ["IndexEntry", "Panel", "index_entry", "render_index", "render_page"]


@dataclass(frozen=True)
class Panel:
    """An extra section of a page, shown after the summary; the place for a classifier's
    prediction (a later issue). ``body`` is escaped unless it is ``markupsafe.Markup``, which
    the caller must build with escaping (for example from an autoescaped template)."""

    id: str
    title: str
    body: str | Markup


@dataclass(frozen=True)
class IndexEntry:
    href: str  # a file name made by safe_name(), relative to the index
    id: str
    title: str
    outlet: str | None
    language: str
    n_words: int | None
    n_quotes: int
    n_speakers: int
    n_narrative_terms: int


def _num(value: Any) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return str(value)
        return f"{value:.4g}"
    return str(value)


@functools.cache
def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("analysis.report", "templates"),
        autoescape=True,  # every template, whatever its name
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )
    env.filters["num"] = _num
    return env


def _palette() -> list[tuple[str, str, str]]:
    rows = [(f"s{i}", c, _tint(c)) for i, c in enumerate(PALETTE)]
    return [*rows, ("sx", OTHER_COLOUR, _tint(OTHER_COLOUR, 0.5))]


def _version() -> str:
    from .. import __version__

    return __version__


def _common(ui_lang: str) -> dict[str, Any]:
    return {"s": strings(ui_lang), "version": _version(), "palette": _palette()}


def render_view(view: ArticleView, *, panels: Sequence[Panel] = (),
                charts: Sequence[Chart] | None = None) -> str:
    if charts is None:
        charts = charts_for(view)
    ui = view.ui_lang
    share = percent(view.quoted_chars / view.text_chars, ui) if view.text_chars else ""
    return _env().get_template("page.html.j2").render(
        **_common(ui), v=view, summary=summary_sentences(view), panels=tuple(panels),
        charts=charts, article_html=highlight(view.text, spans_for(view)), quoted_share=share,
        term_voices=[x for x in VOICES if any(t.voice == x for t in view.terms)])


def render_page(record: Mapping[str, Any], text: str | None = None, *, ui_lang: str = "en",
                panels: Sequence[Panel] = ()) -> str:
    """The self-contained HTML report of one analysis record.

    ``record`` is the JSON record of ``sourcebias analyze`` (``ArticleAnalysis.to_dict()``);
    ``text`` is the article text, by default ``record["text"]``. Raises ReportError when the
    record's offsets do not fit the text.
    """
    view = build_view(record, text, ui_lang=check_ui_lang(ui_lang))
    return render_view(view, panels=panels)


def index_entry(view: ArticleView, href: str) -> IndexEntry:
    return IndexEntry(href=href, id=view.id, title=view.title, outlet=view.outlet,
                      language=view.language, n_words=view.n_words, n_quotes=len(view.quotes),
                      n_speakers=len(view.speakers), n_narrative_terms=len(view.narrative_terms))


def render_index(entries: Sequence[IndexEntry], errors: Sequence[tuple[str, str]] = (), *,
                 ui_lang: str = "en") -> str:
    """The index page of several reports; ``errors`` are (where, message) of records that
    could not be reported."""
    check_ui_lang(ui_lang)
    return _env().get_template("index.html.j2").render(
        **_common(ui_lang), entries=list(entries), errors=list(errors))
