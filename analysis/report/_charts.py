"""Charts of one article, drawn with matplotlib's object API on the Agg canvas (no pyplot, no
GUI backend, no global figure state) and saved as SVG with text kept as text.

Each chart function returns a :class:`Chart` holding the SVG *and the rows it plotted*, so the
page can show the data under the chart and tests can check that the picture carries its data.
A chart with nothing to show returns None.
"""

from __future__ import annotations

import base64
import contextlib
import io
import warnings
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ._i18n import country_name, strings, value_label
from ._model import OTHER_COLOUR, VOICE_COLOURS, VOICES, ArticleView, paragraph_starts

__all__ = ["Chart", "charts_for", "loaded_terms_chart", "sources_chart", "timeline_chart"]

# Okabe-Ito, for affiliations (black last); grey is "unknown".
AFFILIATION_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
                       "#F0E442", "#000000")
_LIGHT = frozenset({"#E69F00", "#56B4E9", "#F0E442", OTHER_COLOUR})
VOICE_HATCH = {"narrative": "", "quoted": "//", "reported": "\\\\"}
VOICE_MARKER = {"narrative": "v", "quoted": "o", "reported": "s"}
MAX_ROWS = 12  # speaker rows in the timeline

_RC = {
    "svg.fonttype": "none",  # labels stay text: searchable, testable, small
    "svg.hashsalt": "sourcebias",  # stable element ids: the same input gives the same file
    "font.family": "DejaVu Sans",
    "font.size": 9.5,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "hatch.linewidth": 0.8,
    "legend.title_fontsize": 8.5,
}


@dataclass(frozen=True)
class Chart:
    name: str
    title: str
    alt: str  # one-sentence description for screen readers and the figure caption
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]  # exactly what was plotted
    labels: tuple[str, ...]  # every text label drawn (axis ticks, legend entries)
    svg: str

    @property
    def data_uri(self) -> str:
        return "data:image/svg+xml;base64," + base64.b64encode(self.svg.encode("utf-8")).decode()


def _label(s: str, width: int = 34) -> str:
    """A string as a literal matplotlib label: '$' would start mathtext."""
    s = " ".join(str(s).split())
    if len(s) > width:
        s = s[: width - 1] + "…"
    return s.replace("$", r"\$")


def _plain(label: str) -> str:
    return label.replace(r"\$", "$")


def _drawn(s: str, width: int = 34) -> str:
    """The text a label shows once drawn."""
    return _plain(_label(s, width))


def _figure(width: float, height: float):
    """A figure on the Agg canvas."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=100)
    FigureCanvasAgg(fig)
    return fig


# Average width of a label character, in inches (DejaVu Sans at 9.5 pt and at 8.5 pt). The
# margins are computed from the labels rather than by a layout engine, which would draw every
# figure twice.
_CH = 0.076
_CH_SMALL = 0.068


def _frame(width: float, axes_h: float, ylabels: list[str], legend_labels: list[str],
           legend_title: str | None = None, label_pad: float = 0.0):
    """A figure of ``width`` inches whose axes are ``axes_h`` inches high, with room on the
    left for the y labels, above for the title and below for the x axis and the legend."""
    left = 0.3 + label_pad + _CH * max((len(_drawn(x)) for x in ylabels), default=0)
    entry = 0.6 + _CH_SMALL * max((len(x) for x in legend_labels), default=0)
    ncols = max(1, min(len(legend_labels), int((width - 0.3) // entry)))
    rows = -(-len(legend_labels) // ncols)
    bottom = 0.55 + rows * 0.2 + (0.2 if legend_title else 0.0) + 0.1
    top = 0.38
    height = axes_h + top + bottom
    fig = _figure(width, height)
    fig.subplots_adjust(left=left / width, right=1 - 0.25 / width, bottom=bottom / height,
                        top=1 - top / height)
    legend = {"ncols": ncols, "bbox_to_anchor": (0.1 / width, 0.1 / height)}
    return fig, fig.add_subplot(), legend


def _svg(fig) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata={"Date": None})
    return buf.getvalue()


@contextlib.contextmanager
def _rc() -> Iterator[None]:
    """Our matplotlib settings, and no warning for glyphs DejaVu Sans lacks (CJK, emoji): the
    SVG keeps text as text and the browser draws it with its own fonts."""
    import matplotlib

    with matplotlib.rc_context(_RC), warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .*missing from font",
                                category=UserWarning)
        yield


def _stacked(ax, cats: list[str], stacks: list[str], counts: dict[tuple[str, str], int],
             colours: dict[str, str], hatches: dict[str, str] | None = None,
             stack_labels: dict[str, str] | None = None) -> None:
    y = list(range(len(cats)))
    left = [0] * len(cats)
    for st in stacks:
        widths = [counts.get((c, st), 0) for c in cats]
        if not any(widths):
            continue
        colour = colours[st]
        ax.barh(y, widths, left=left, color=colour, edgecolor="#333333", linewidth=0.6,
                hatch=(hatches or {}).get(st, ""),
                label=_label((stack_labels or {}).get(st, st)), height=0.62)
        for yi, (lft, w) in enumerate(zip(left, widths, strict=True)):
            if w:
                ax.text(lft + w / 2, yi, str(w), ha="center", va="center", fontsize=8.5,
                        color="#000000" if colour in _LIGHT else "#FFFFFF",
                        bbox={"boxstyle": "round,pad=0.15", "fc": colour, "ec": "none"}
                        if hatches and hatches.get(st) else None)
        left = [a + b for a, b in zip(left, widths, strict=True)]
    ax.set_yticks(y, [_label(c) for c in cats])
    ax.invert_yaxis()
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlim(0, max(left) * 1.04)
    ax.grid(axis="x", color="#DDDDDD", linewidth=0.6)
    ax.set_axisbelow(True)


def _legend(fig, handles_labels, title: str | None, where: dict[str, Any]) -> None:
    handles, labels = handles_labels
    fig.legend(handles, labels, title=title, loc="lower left", fontsize=8.5, frameon=False,
               alignment="left", borderaxespad=0.0, borderpad=0.0, **where)


def sources_chart(view: ArticleView) -> Chart | None:
    """Quotes by the speaker's source type, stacked by affiliation."""
    if not view.quotes:
        return None
    s = strings(view.ui_lang)
    counts: Counter[tuple[str, str]] = Counter()
    for q in view.quotes:
        type_ = value_label(q.speaker.type if q.speaker.key else None, view.ui_lang)
        counts[type_, country_name(q.speaker.affiliation, view.ui_lang)] += 1
    totals: Counter[str] = Counter()
    for (t, _a), n in counts.items():
        totals[t] += n
    cats = sorted(totals, key=lambda t: (-totals[t], t))
    unknown = s["unknown"]
    affs = sorted({a for _t, a in counts}, key=lambda a: (a == unknown, -sum(
        n for (_t, b), n in counts.items() if b == a), a))
    colours, k = {}, 0
    for a in affs:
        if a == unknown or k >= len(AFFILIATION_COLOURS):
            colours[a] = OTHER_COLOUR
        else:
            colours[a] = AFFILIATION_COLOURS[k]
            k += 1
    with _rc():
        fig, ax, where = _frame(4.9, 0.45 * len(cats) + 0.1, cats, affs, s["affiliation"])
        _stacked(ax, cats, affs, counts, colours)
        ax.set_xlabel(s["c_sources_x"])
        _legend(fig, ax.get_legend_handles_labels(), s["affiliation"], where)
        ax.set_title(s["c_sources_title"], loc="left", fontsize=10.5)
        svg = _svg(fig)
    rows = tuple((t, a, counts[t, a]) for t in cats for a in affs if counts.get((t, a)))
    alt = "; ".join(f"{t}, {a}{s['colon']}{n}" for t, a, n in rows)
    return Chart("sources", s["c_sources_title"], f"{s['c_sources_title']}{s['colon']}{alt}.",
                 (s["type"], s["affiliation"], s["n_quotes"]), rows,
                 tuple(_drawn(x) for x in (*cats, *affs, s["c_sources_x"])), svg)


def loaded_terms_chart(view: ArticleView) -> Chart | None:
    """Loaded terms by category, stacked by voice (the outlet's own, quoted, reported)."""
    if not view.terms:
        return None
    s = strings(view.ui_lang)
    counts: Counter[tuple[str, str]] = Counter((t.category_label or s["unknown"], t.voice)
                                               for t in view.terms)
    totals: Counter[str] = Counter()
    for (c, _v), n in counts.items():
        totals[c] += n
    cats = sorted(totals, key=lambda c: (-totals[c], c))
    voices = [v for v in VOICES if any(k[1] == v for k in counts)]
    voices += sorted({v for _c, v in counts} - set(voices))
    colours = {v: VOICE_COLOURS.get(v, OTHER_COLOUR) for v in voices}
    vlabels = {v: value_label(v, view.ui_lang) for v in voices}
    with _rc():
        fig, ax, where = _frame(4.9, 0.45 * len(cats) + 0.1, cats, list(vlabels.values()),
                                s["voice"])
        _stacked(ax, cats, voices, counts, colours, VOICE_HATCH, vlabels)
        ax.set_xlabel(s["c_terms_x"])
        _legend(fig, ax.get_legend_handles_labels(), s["voice"], where)
        ax.set_title(s["c_terms_title"], loc="left", fontsize=10.5)
        svg = _svg(fig)
    rows = tuple((c, vlabels[v], counts[c, v]) for c in cats for v in voices if counts.get((c, v)))
    alt = "; ".join(f"{c}, {v}{s['colon']}{n}" for c, v, n in rows)
    return Chart("loaded_terms", s["c_terms_title"], f"{s['c_terms_title']}{s['colon']}{alt}.",
                 (s["category"], s["voice"], s["c_terms_x"]), rows,
                 tuple(_drawn(x) for x in (*cats, *vlabels.values(), s["c_terms_x"])), svg)


def _pieces(q) -> list[tuple[int, int, bool]]:
    """A quote cut into (start, end, in_marks) pieces."""
    if q.type == "direct":
        return [(q.start, q.end, True)]
    out, pos = [], q.start
    for a, b in sorted(q.marks):
        a, b = max(a, q.start), min(b, q.end)
        if a > pos:
            out.append((pos, a, False))
        if b > a:
            out.append((a, b, True))
        pos = max(pos, b)
    if pos < q.end:
        out.append((pos, q.end, False))
    return out


def timeline_chart(view: ArticleView) -> Chart | None:
    """Where each speaker's quotes sit along the article, with the loaded terms below."""
    if not view.quotes and not view.terms:
        return None
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    s = strings(view.ui_lang)
    n = max(len(view.text), 1)
    pct = 100.0 / n
    # one row per speaker, in order of appearance; beyond MAX_ROWS the least quoted share a row
    shown = {sp.key for sp in view.speakers[:MAX_ROWS]} if len(view.speakers) > MAX_ROWS + 1 \
        else {sp.key for sp in view.speakers}
    speakers = sorted((sp for sp in view.speakers if sp.key in shown), key=lambda sp: sp.first)
    row_of = {sp.key: i for i, sp in enumerate(speakers)}
    ylabels = [_label(sp.label, 28) for sp in speakers]
    others = [sp for sp in view.speakers if sp.key not in shown]
    if others:
        for sp in others:
            row_of[sp.key] = len(speakers)
        ylabels.append(_label(f"{s['other_speakers']} ({len(others)})", 28))
    term_row = len(speakers) + bool(others) if view.terms else None
    if term_row is not None:
        ylabels.append(_label(s["c_timeline_terms"]))
    legend_labels = [s["c_in_marks"], s["c_reported"]]
    term_voices = [v for v in VOICES if any(t.voice == v for t in view.terms)]
    legend_labels += [f"{s['c_timeline_terms']}{s['colon']}{value_label(v, view.ui_lang)}"
                      for v in term_voices]
    rows: list[tuple[Any, ...]] = []
    last_label: dict[int, float] = {}
    with _rc():
        fig, ax, where = _frame(9.6, 0.36 * len(ylabels) + 0.1,
                                [_plain(x) for x in ylabels], legend_labels, label_pad=0.1)
        starts = paragraph_starts(view.text)
        for x in starts if len(starts) <= 60 else ():
            ax.axvline(x * pct, color="#E4E4E4", linewidth=0.7, zorder=0)
        for q in view.quotes:
            sp = q.speaker
            y = row_of[sp.key]
            for a, b, marked in _pieces(q):
                width = max((b - a) * pct, 0.35)
                ax.broken_barh([(a * pct, width)], (y - 0.32, 0.64),
                               facecolors=sp.colour if marked else sp.tint,
                               edgecolors="#333333", linewidth=0.5, zorder=2)
            if q.start * pct - last_label.get(y, -10.0) >= 2.5:  # numbers must not collide
                ax.text(q.start * pct, y - 0.36, str(q.n), fontsize=7, va="bottom", ha="left",
                        color="#333333", zorder=3)
                last_label[y] = q.start * pct
            rows.append((sp.label, q.n, q.type, round(q.start * pct, 1), round(q.end * pct, 1)))
        if term_row is not None:
            for v in {t.voice for t in view.terms}:
                xs = [(t.start + t.end) / 2 * pct for t in view.terms if t.voice == v]
                ax.plot(xs, [term_row] * len(xs), linestyle="none",
                        marker=VOICE_MARKER.get(v, "d"), markersize=7,
                        color=VOICE_COLOURS.get(v, "#555555"), markeredgecolor="#222222",
                        markeredgewidth=0.5, zorder=3)
            for t in view.terms:
                rows.append((t.text, None, value_label(t.voice, view.ui_lang),
                             round(t.start * pct, 1), round(t.end * pct, 1)))
        ax.set_yticks(range(len(ylabels)), ylabels)
        for tick, sp in zip(ax.get_yticklabels(), speakers, strict=False):  # + terms row
            tick.set_bbox({"boxstyle": "round,pad=0.2", "fc": sp.colour, "ec": "none"})
        ax.set_ylim(len(ylabels) - 0.4, -0.6)
        ax.set_xlim(0, 100)
        ax.set_xlabel(s["c_timeline_x"])
        ax.spines["left"].set_visible(False)
        ax.tick_params(axis="y", length=0)
        handles = [Patch(facecolor="#777777", edgecolor="#333333"),
                   Patch(facecolor="#D6D6D6", edgecolor="#333333")]
        handles += [Line2D([], [], linestyle="none", marker=VOICE_MARKER[v],
                           color=VOICE_COLOURS[v], markeredgecolor="#222222",
                           markeredgewidth=0.5) for v in term_voices]
        _legend(fig, (handles, [_label(x, 60) for x in legend_labels]), None, where)
        ax.set_title(s["c_timeline_title"], loc="left", fontsize=10.5)
        svg = _svg(fig)
    plain = tuple(_plain(x) for x in ylabels) + tuple(_drawn(x, 60) for x in legend_labels)
    alt = "; ".join(f"{sp.label}{s['colon']}{sp.n_quotes}" for sp in speakers)
    return Chart("timeline", s["c_timeline_title"], f"{s['c_timeline_title']}{s['colon']}{alt}.",
                 (s["speaker"] + " / " + s["term"], s["quote"], s["type"] + " / " + s["voice"],
                  "start %", "end %"), tuple(rows), plain, svg)


def charts_for(view: ArticleView) -> list[Chart]:
    """Every chart that has something to show, in page order."""
    out = [sources_chart(view), loaded_terms_chart(view), timeline_chart(view)]
    return [c for c in out if c is not None]
