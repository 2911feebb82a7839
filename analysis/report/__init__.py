"""The per-article report: a self-contained HTML page (highlighted text, tables, charts), an
index of several pages, and the plain-language summary for the terminal.

Everything here works from the analysis *record* (the JSON of ``sourcebias analyze``, i.e.
``ArticleAnalysis.to_dict()``) plus the article text, so JSON written earlier renders the same.
"""

from __future__ import annotations

from ._charts import Chart, charts_for, loaded_terms_chart, sources_chart, timeline_chart
from ._files import ReportWriter, WrittenReport, safe_name
from ._i18n import UI_LANGS
from ._model import PALETTE, VOICE_COLOURS, ArticleView, ReportError, build_view
from ._page import IndexEntry, Panel, render_index, render_page
from ._summary import summary_sentences, summary_text

__all__ = [
    "PALETTE",
    "UI_LANGS",
    "VOICE_COLOURS",
    "ArticleView",
    "Chart",
    "IndexEntry",
    "Panel",
    "ReportError",
    "ReportWriter",
    "WrittenReport",
    "build_view",
    "charts_for",
    "loaded_terms_chart",
    "render_index",
    "render_page",
    "safe_name",
    "sources_chart",
    "summary_sentences",
    "summary_text",
    "timeline_chart",
]
