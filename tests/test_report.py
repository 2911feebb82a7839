"""analysis.report: the highlighted text, the page, the summary, the charts, safe file names and
escaping. Pages are parsed with html.parser; the text shown must be the article, exactly.

Records come from the real analysis of the bundled reference article and, for quotes and loaded
terms as the annotators marked them, from the shared gold file (read at test time from
../shared/data, never copied).
"""

from __future__ import annotations

import base64
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import Markup

import analysis
import analysis.report as report
from analysis.report import (
    Panel,
    ReportError,
    ReportWriter,
    build_view,
    render_index,
    render_page,
    safe_name,
    summary_text,
)
from analysis.report._model import PALETTE
from analysis.report._segments import Span, highlight

SAMPLE = resources.files("analysis").joinpath("_samples/syrie-2016.txt").read_text("utf-8")

# Real sentences: the reference article, and a French dev-set article with an incise.
REF_1 = ("Les présidents russe Vladimir Poutine et américain Barack Obama se sont déclarés prêts "
         "mercredi, lors d'une conversation téléphonique, «à intensifier la coordination» "
         "militaire entre les deux pays en Syrie, a annoncé le Kremlin.")
REF_3 = ("«Vladimir Poutine a appelé son interlocuteur à contribuer à la rupture de l'opposition "
         "modérée avec les groupes terroristes comme le Front Al-Nosra (la branche syrienne "
         "d'Al-Qaïda)» et d'autres groupes extrémistes qui «ne sont pas concernés par la trêve», "
         "selon le communiqué.")
INCISE = (" «\xa0La pièce s'éternise, il n'y a plus grand monde sur la scène et dans la "
          "salle\xa0», a-t-il estimé vendredi sur Europe\xa01, et «\xa0il est temps de changer de "
          "pièce\xa0» et de passer au «\xa0débat national\xa0» lancé mardi par Emmanuel Macron "
          "pour mettre fin à la contestation, a-t-il dit.")

GOLD_TYPES = {"Kremlin": ("government", "RU"), "Moscou": ("government", "RU"),
              "John Kerry": ("government", "US"), "Poutine et Obama": ("joint", None)}
_MARKS = re.compile(r"«\s*(.*?)\s*»", re.S)
_WORD = re.compile(r"\w+")


def at(text: str, sub: str, nth: int = 0, length: int | None = None) -> tuple[int, int]:
    """The span of the nth occurrence of ``sub`` (or of its first ``length`` characters)."""
    i = -1
    for _ in range(nth + 1):
        i = text.index(sub, i + 1)
    return i, i + (len(sub) if length is None else length)


# -- parsing pages ------------------------------------------------------------------------------

VOID = {"meta", "img", "br", "link", "hr", "input", "source", "col", "area", "base", "wbr"}


class Page(HTMLParser):
    """Collects what the tests look at, and checks that every element is closed in order."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.errors: list[str] = []
        self.article = ""
        self.legend = ""
        self.article_chars: list[tuple[str, tuple[dict[str, str], ...]]] = []
        self.tables: dict[str, int] = {}
        self.attrs: list[tuple[str, str, str]] = []  # (tag, name, value)
        self.tags: Counter[str] = Counter()
        self.imgs: list[dict[str, str]] = []
        self.ids: Counter[str] = Counter()
        self.sections: list[str] = []
        self.text_all: list[str] = []
        self.feed(html)
        self.close()
        if self.stack:
            self.errors.append(f"unclosed: {[t for t, _ in self.stack]}")

    def _in(self, tag: str, cls: str | None = None, id_: str | None = None) -> dict | None:
        for t, a in reversed(self.stack):
            if t == tag and (cls is None or cls in a.get("class", "").split()) and (
                    id_ is None or a.get("id") == id_):
                return a
        return None

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        self.tags[tag] += 1
        for k, v in a.items():
            self.attrs.append((tag, k, v))
        if "id" in a:
            self.ids[a["id"]] += 1
        if tag == "img":
            self.imgs.append(a)
        if tag == "section" and "id" in a:
            self.sections.append(a["id"])
        if tag == "tr" and self._in("tbody") is not None:
            table = self._in("table")
            if table is not None and table.get("id"):
                self.tables[table["id"]] = self.tables.get(table["id"], 0) + 1
        if tag not in VOID:
            self.stack.append((tag, a))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1][0] if self.stack else None}")
            return
        self.stack.pop()

    def handle_data(self, data):
        self.text_all.append(data)
        if self._in("aside", cls="legend") is not None:
            self.legend += data
        if self._in("div", cls="article") is not None:
            self.article += data
            spans = tuple(a for t, a in self.stack if t == "span")
            self.article_chars.extend((ch, spans) for ch in data)


# -- records ------------------------------------------------------------------------------------

def _gold_record(line: str) -> dict:
    """An analysis record (schema fields) built from a gold line, as the extractor should
    produce it; cue offsets are found next to the speaker from the gold verb."""
    g = json.loads(line)
    text = g["text"]
    quotes = []
    for q in g["quotes"]:
        s0, s1 = q["speaker_start"], q["speaker_end"]
        lo, hi = max(min(q["start"], s0) - 60, 0), max(q["end"], s1) + 60
        cands = [(min(abs(m.start() - s0), abs(m.start() - s1)), m.start(), m.end())
                 for m in _WORD.finditer(text, lo, hi)
                 if m.group().lower().startswith(q["verb"][:5].lower())
                 and not (q["start"] <= m.start() < q["end"])]
        cue = None
        if cands:
            _, a, b = min(cands)
            cue = {"text": text[a:b], "lemma": q["verb"], "start": a, "end": b,
                   "category": "marker" if q["verb"] == "selon" else "neutral",
                   "negated": False, "conditional": False}
        marks = [[q["start"], q["end"]]] if q["type"] == "direct" else [
            [m.start(1), m.end(1)] for m in _MARKS.finditer(text, q["start"], q["end"])]
        typ, aff = GOLD_TYPES.get(q["speaker"], ("unknown", None))
        quotes.append({"type": q["type"], "start": q["start"], "end": q["end"], "text": q["text"],
                       "speaker": {"text": text[s0:s1], "start": s0, "end": s1,
                                   "canonical": q["speaker"], "type": typ, "affiliation": aff},
                       "cue": cue, "channel": None, "intermediary": None, "marks": marks})
    terms = []
    for t in g["loaded_terms"]:
        qi = next((i for i, q in enumerate(quotes)
                   if q["start"] <= t["start"] and t["end"] <= q["end"]), None)
        terms.append({"text": t["text"], "start": t["start"], "end": t["end"],
                      "entry": t["text"].lower(), "category": t["category"], "voice": t["voice"],
                      "quote_index": qi, "lexicon": "gold", "neutral": [], "target": None,
                      "scare_quoted": False})
    counts = Counter(q["speaker"]["canonical"] for q in quotes)
    sources = [{"name": k, "type": GOLD_TYPES.get(k, ("unknown",))[0],
                "affiliation": GOLD_TYPES.get(k, (None, None))[1], "n_quotes": n}
               for k, n in counts.items()]
    credit_spans = [{"text": c, "start": text.index(c), "end": text.index(c) + len(c)}
                    for c in g.get("credits", [])]
    return {"schema_version": "1.0.0", "id": g["id"], "outlet": g.get("outlet"),
            "language": g["language"], "n_words": len(text.split()), "n_sentences": None,
            "quotes": quotes, "loaded_terms": terms, "sources": sources,
            "credits": g.get("credits", []), "credit_spans": credit_spans,
            "features": {"n_quotes": len(quotes)}, "versions": {"gold": "seed"}, "text": text}


@pytest.fixture(scope="module")
def gold(shared_data: Path) -> dict:
    path = shared_data / "attribution" / "seed-gold.jsonl"
    return _gold_record(path.read_text(encoding="utf-8").splitlines()[0])


@pytest.fixture(scope="module")
def real() -> dict:
    """The analysis of the bundled reference article, as `sourcebias report` makes it."""
    return analysis.analyze(SAMPLE, id="syrie-2016").to_dict(include_text=True)


def _record(text: str, quotes=(), terms=(), **extra) -> dict:
    rec = {"schema_version": "1.0.0", "id": "t", "language": "fr", "n_words": len(text.split()),
           "quotes": list(quotes), "loaded_terms": list(terms), "sources": [], "features": {},
           "text": text}
    rec.update(extra)
    return rec


def _quote(text, span, speaker, sp_span=None, type_="direct", cue_span=None, marks=()):
    a, b = span
    sp = {"text": text[sp_span[0]:sp_span[1]] if sp_span else speaker,
          "start": sp_span[0] if sp_span else None, "end": sp_span[1] if sp_span else None,
          "canonical": speaker, "type": "person", "affiliation": None}
    cue = None
    if cue_span:
        cue = {"text": text[cue_span[0]:cue_span[1]], "lemma": text[cue_span[0]:cue_span[1]],
               "start": cue_span[0], "end": cue_span[1], "category": "neutral"}
    return {"type": type_, "start": a, "end": b, "text": text[a:b], "speaker": sp, "cue": cue,
            "marks": [list(m) for m in marks]}


def _term(text, span, voice="narrative", qi=None, category="labeling"):
    a, b = span
    return {"text": text[a:b], "start": a, "end": b, "entry": text[a:b].lower(),
            "category": category, "voice": voice, "quote_index": qi, "neutral": ["combattants"]}


# -- the highlighted text -----------------------------------------------------------------------

def _spans(text, table):
    return [Span(a, b, kind, f"k{i} {kind}") for i, (kind, (a, b)) in enumerate(table)]


SEGMENT_CASES = [
    # a mixed quote with its quoted fragment, a cue and a speaker after it
    (REF_1, [("quote", (0, at(REF_1, " entre les deux pays en Syrie")[1])),
             ("fragment", at(REF_1, "à intensifier la coordination")),
             ("cue", at(REF_1, "annoncé")), ("speaker", at(REF_1, "le Kremlin"))]),
    # a loaded term inside a direct quote, another inside a mixed quote's reported part
    (REF_3, [("quote", at(REF_3, "Vladimir Poutine a appelé")[:1] + at(REF_3, "d'Al-Qaïda)")[1:]),
             ("term", at(REF_3, "terroristes")),
             ("quote", (at(REF_3, "d'autres")[0], at(REF_3, "la trêve»")[1])),
             ("fragment", at(REF_3, "ne sont pas concernés par la trêve")),
             ("term", at(REF_3, "extrémistes")), ("speaker", at(REF_3, "le communiqué")),
             ("cue", at(REF_3, "selon"))]),
    # an incise between two pieces of one quote; one cue shared; nbsp kept
    (INCISE, [("quote", at(INCISE, "La pièce s'éternise, il n'y a plus grand monde sur la scène "
                                   "et dans la salle")),
              ("cue", at(INCISE, "estimé")), ("speaker", at(INCISE, "il estimé", length=2)),
              ("quote", at(INCISE, "il est temps de changer de pièce")),
              ("term", at(INCISE, "«\xa0débat national\xa0»"))]),
    # crossing spans: a term that starts inside a quote and ends outside it
    (REF_1, [("quote", at(REF_1, "à intensifier la coordination")),
             ("term", at(REF_1, "coordination» militaire"))]),
    # identical spans, spans starting together, a span covering the whole text
    (REF_1, [("quote", (0, len(REF_1))), ("speaker", at(REF_1, "Les présidents")),
             ("cue", at(REF_1, "Les présidents")), ("term", at(REF_1, "Les")),
             ("fragment", at(REF_1, "Les présidents russe"))]),
    # adjacent spans and an empty one (dropped)
    (REF_1, [("term", at(REF_1, "Vladimir")), ("term", at(REF_1, " Poutine")),
             ("quote", (5, 5))]),
]


@pytest.mark.parametrize(("text", "table"), SEGMENT_CASES)
def test_highlight_reproduces_the_text_and_nests_every_span(text, table):
    spans = _spans(text, table)
    html = f'<div class="article">{highlight(text, spans)}</div>'
    page = Page(html)
    assert page.errors == []
    assert page.article == text
    for i, sp in enumerate(spans):
        inside = [f"k{i}" in {c for a in open_ for c in a.get("class", "").split()}
                  for _, open_ in page.article_chars]
        assert inside == [sp.start <= p < sp.end for p in range(len(text))], sp
        # exactly one piece is the first (it carries the id and the quote badge)
        n_first = html.count(f'class="k{i} {sp.kind} first"')
        assert n_first == (1 if sp.start < sp.end else 0)


@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet="ab <>&\"'\r\n\xa0«»é", max_size=40),
       raw=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40),
                              st.sampled_from(["quote", "fragment", "speaker", "cue", "term"])),
                    max_size=8))
def test_highlight_any_spans_any_text(text, raw):
    kept = [(min(a, b), max(a, b), kind) for a, b, kind in raw if max(a, b) <= len(text)]
    spans = [Span(a, b, kind, f"k{i} {kind}") for i, (a, b, kind) in enumerate(kept)]
    page = Page(f'<div class="article">{highlight(text, spans)}</div>')
    assert page.errors == []
    assert page.article == text
    for i, sp in enumerate(spans):
        inside = [f"k{i}" in {c for a in open_ for c in a.get("class", "").split()}
                  for _, open_ in page.article_chars]
        assert inside == [sp.start <= p < sp.end for p in range(len(text))]


def test_carriage_returns_and_markup_survive_as_text():
    text = "«Non»,\r\na-t-il dit <b>&amp;</b>\r\n\r\nFin.\n"
    html = str(highlight(text, [Span(1, 4, "quote", "q")]))
    assert "\r" not in html and "&#13;" in html  # a raw CR would become LF in a browser
    assert "<b>" not in html
    assert Page(f'<div class="article">{html}</div>').article == text


# -- the page -----------------------------------------------------------------------------------

def _chart_svgs(page: Page) -> dict[str, str]:
    out = {}
    for img in page.imgs:
        src = img["src"]
        assert src.startswith("data:image/svg+xml;base64,")
        svg = base64.b64decode(src.split(",", 1)[1]).decode("utf-8")
        out[img["alt"].split(":")[0]] = svg
    return out


def _svg_texts(svg: str) -> list[str]:
    root = ET.fromstring(svg)  # well-formed XML
    return ["".join(el.itertext()) for el in root.iter("{http://www.w3.org/2000/svg}text")]


def _check_page_against_record(record: dict) -> Page:
    html = render_page(record)
    page = Page(html)
    assert page.errors == []
    assert page.article == record["text"]
    n_q, n_t = len(record["quotes"]), len(record["loaded_terms"])
    assert page.tables.get("quotes-table", 0) == n_q
    assert page.tables.get("sources-table", 0) == len(record["sources"])
    assert page.tables.get("terms-table", 0) == n_t
    assert page.tables.get("features-table", 0) == len(record["features"])
    # every quote is anchored once in the text, and linked from its table row
    for n in range(1, n_q + 1):
        assert page.ids[f"q{n}"] == 1
        assert ("a", "href", f"#q{n}") in page.attrs
    assert all(c == 1 for c in page.ids.values()), "duplicate ids"
    # the loaded terms in the text, by voice
    firsts = Counter()
    for tag, name, value in page.attrs:
        cls = value.split()
        if tag == "span" and name == "class" and "lt" in cls and "first" in cls:
            firsts[next(c[3:] for c in cls if c.startswith("lt-"))] += 1
    assert firsts == Counter(t["voice"] for t in record["loaded_terms"])
    return page


def test_page_of_the_gold_record(gold):
    page = _check_page_against_record(gold)
    text = " ".join(page.text_all)
    by_speaker = Counter(q["speaker"]["canonical"] for q in gold["quotes"])
    top, k = by_speaker.most_common(1)[0]
    assert f"{len(gold['quotes'])} attributions: {k} to {top} (Russian government)" in text
    narrative = [t["text"] for t in gold["loaded_terms"] if t["voice"] == "narrative"]
    assert f"{len(narrative)} loaded terms in the outlet's own voice: " in text
    assert all(t in text for t in narrative)
    # the charts carry their data
    svgs = _chart_svgs(page)
    view = build_view(gold)
    charts = {c.title: c for c in report.charts_for(view)}
    assert set(svgs) == set(charts) and len(charts) == 3
    for title, chart in charts.items():
        drawn = _svg_texts(svgs[title])
        for label in chart.labels:
            assert label in drawn, (title, label)
    src = charts["Quotes by source type and affiliation"]
    assert sum(r[-1] for r in src.rows) == len(gold["quotes"])
    assert {(r[0], r[1]) for r in src.rows} >= {("government", "Russia"),
                                                 ("government", "United States")}
    terms = charts["Loaded terms by category and voice"]
    assert sum(r[-1] for r in terms.rows) == len(gold["loaded_terms"])
    assert dict((r[1], r[2]) for r in terms.rows) == {
        "outlet's voice": len(narrative), "quoted": 1, "reported": 1}
    timeline = charts["Who holds which part of the text"]
    assert [r[1] for r in timeline.rows if r[1] is not None] == list(range(1, 8))


def test_page_of_the_real_analysis(real):
    page = _check_page_against_record(real)
    assert "syrie-2016" in " ".join(page.text_all)
    assert page.sections[:2] == ["summary", "text"]


def test_french_interface(gold):
    html = render_page(gold, ui_lang="fr")
    page = Page(html)
    assert '<html lang="fr">' in html
    assert page.article == gold["text"]
    assert "termes connotés dans la voix du média" in " ".join(page.text_all)
    with pytest.raises(ValueError, match="ui_lang"):
        render_page(gold, ui_lang="de")


def test_page_is_self_contained_and_deterministic(gold):
    html = render_page(gold)
    assert render_page(gold) == html
    page = Page(html)
    assert page.tags["script"] == 0 and page.tags["link"] == 0 and page.tags["iframe"] == 0
    csp = [v for t, k, v in page.attrs if t == "meta" and k == "content" and "default-src" in v]
    assert csp == ["default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
                   "base-uri 'none'; form-action 'none'"]
    for tag, name, value in page.attrs:
        if name in ("src", "href"):
            assert value.startswith(("data:", "#")), (tag, name, value)
    assert not re.search(r"url\(|@import|https?://(?!www\.w3\.org)", html)
    assert "@media print" in html


def test_no_quotes_no_terms():
    text = "L'armée syrienne a décrété mercredi un cessez-le-feu de 72 heures.\n"
    page = Page(render_page(_record(text)))
    assert page.errors == [] and page.article == text and page.imgs == []
    assert "No quotes or attributions were found." in " ".join(page.text_all)


def test_panels_are_the_place_for_later_sections(gold):
    plain = render_page(gold)
    assert 'class="panel"' not in plain
    body = Markup("<p>{}</p>").format("<b>pro-Russia</b> 0.83")
    html = render_page(gold, panels=[Panel("framing", "Framing <classifier>", body)])
    page = Page(html)
    assert page.errors == []
    assert 'id="panel-framing"' in html
    assert "Framing &lt;classifier&gt;" in html and "&lt;b&gt;pro-Russia&lt;/b&gt; 0.83" in html
    assert page.sections.index("panel-framing") == page.sections.index("summary") + 1
    raw = render_page(gold, panels=[Panel("x", "X", "<script>alert(1)</script>")])
    assert "<script>" not in raw


# -- the record must fit its text ---------------------------------------------------------------

@pytest.mark.parametrize(("change", "message"), [
    (lambda r: r["quotes"][0].update(end=10_000), "outside the text"),
    (lambda r: r["quotes"][0].update(start=-1), "outside the text"),
    (lambda r: r["quotes"][0].update(start="3"), "not an integer"),
    (lambda r: r["quotes"][0].update(text="autre chose"), "was the record produced"),
    (lambda r: r["loaded_terms"][0].update(start=r["loaded_terms"][0]["start"] + 1),
     "was the record produced"),
    (lambda r: r["quotes"][0]["speaker"].update(end=10_000), "speaker spans"),
    (lambda r: r["quotes"][0].update(marks=[[1]]), "marks"),
    (lambda r: r.pop("text"), "has no article text"),
])
def test_a_record_that_does_not_fit_its_text_is_refused(change, message):
    text = REF_3
    rec = _record(text, [_quote(text, at(text, "ne sont pas concernés par la trêve"), "Kremlin",
                                at(text, "le communiqué"))],
                  [_term(text, at(text, "terroristes"))])
    change(rec)
    with pytest.raises(ReportError, match=message):
        render_page(rec)


def test_the_text_can_be_passed_beside_the_record(real):
    rec = {k: v for k, v in real.items() if k != "text"}
    assert Page(render_page(rec, SAMPLE)).article == SAMPLE


# -- escaping -----------------------------------------------------------------------------------

EVIL = [
    "<script>alert('x')</script>",
    "\" onmouseover=\"alert(1)",
    "' onmouseover='alert(1)' x='",
    "javascript:alert(document.cookie)",
    "</div></span><img src=x onerror=alert(1)>",
    "{{ 7*7 }}{% raw %}",
    "$\\frac{1}{0}$ US$",
]


@pytest.mark.parametrize("evil", EVIL)
def test_everything_from_the_record_is_escaped(evil):
    text = f"{evil}\n«Les deux parties ont confirmé leur volonté», précise {evil} dans un texte.\n"
    q0, q1 = at(text, "Les deux parties ont confirmé leur volonté")
    sp = at(text, evil, 1)
    rec = _record(
        text, [_quote(text, (q0, q1), evil, sp, cue_span=at(text, "précise"))],
        [_term(text, at(text, evil), category=evil)],
        id=evil, title=evil, outlet=evil, date=evil, url=evil,
        sources=[{"name": evil, "type": evil, "affiliation": evil, "n_quotes": 1}],
        credits=[evil], features={evil: 1.5}, versions={evil: evil})
    rec["quotes"][0]["channel"] = evil
    rec["quotes"][0]["speaker"]["type"] = evil
    rec["loaded_terms"][0]["neutral"] = [evil]
    html = render_page(rec)
    page = Page(html)
    assert page.errors == []
    assert page.article == text
    assert page.tags["script"] == 0
    assert not [a for a in page.attrs if a[1].startswith("on")]
    for _tag, name, value in page.attrs:
        if name in ("href", "src"):
            assert not value.lower().startswith("javascript"), value
    assert evil in page.text_all  # shown as text, whole
    # the terminal summary and the index carry it as plain text
    assert evil in summary_text(rec)
    view = build_view(rec)
    index = render_index([report._page.index_entry(view, safe_name(evil) + ".html")],
                         [(evil, evil)])
    ipage = Page(index)
    assert ipage.errors == [] and ipage.tags["script"] == 0
    assert not [a for a in ipage.attrs if a[1].startswith("on")]
    assert [v for t, k, v in ipage.attrs if k == "href"] == [safe_name(evil) + ".html"]


def test_only_web_urls_become_links():
    text = "Un texte.\n"
    page = Page(render_page(_record(text, url="https://example.org/a?b=1&c=2")))
    assert ("a", "href", "https://example.org/a?b=1&c=2") in page.attrs
    for bad in ("javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:x", "data:text/html,x",
                "file:///etc/passwd", "vbscript:x", "https://exa mple.org", "//example.org"):
        page = Page(render_page(_record(text, url=bad)))
        assert not [v for t, k, v in page.attrs if k == "href" and not v.startswith("#")]
        assert bad.strip() in " ".join(page.text_all)


# -- file names ---------------------------------------------------------------------------------

@pytest.mark.parametrize("rid", [
    "../../etc/passwd", "/etc/passwd", "C:\\Windows\\system32", "a\x00b", "..", ".", "",
    "./hidden", ".bashrc", "~", "a/b", "a-b", "A", "a", "index", "errors", "CON", "con.txt",
    "nul", "Élysée–Kremlin «2016»", "x" * 500, "syrie-2016", "\udc80bad", "a\nb", "a b",
])
def test_safe_name(rid):
    name = safe_name(rid)
    assert re.fullmatch(r"[a-z0-9][a-z0-9._-]*", name), name
    assert len(name) <= 71
    assert name.split(".")[0] not in ("index", "errors", "con", "nul")
    if re.fullmatch(r"[a-z0-9][a-z0-9._-]*", rid) and len(rid) <= 60 and rid not in (
            "index", "errors", "nul") and not rid.startswith("con."):
        assert name == rid  # clean ids keep their name
    else:
        assert name != rid


def test_safe_names_never_collide():
    ids = ["a/b", "a-b", "a b", "A-B", "a\\b", "a:b", "a-b\x00", "", ".", "..", "x" * 80,
           "x" * 81, "Élysée", "elysee"]
    names = [safe_name(i) for i in ids]
    assert len(set(names)) == len(ids)


def test_the_writer_stays_in_its_folder(tmp_path, gold):
    out = tmp_path / "out"
    writer = ReportWriter(out)
    ids = ["../escape", "/tmp/abs", "a\x00b", "..", "index", "syrie", "syrie"]
    for rid in ids:
        writer.add({**gold, "id": rid})
    writer.add_error("corpus.jsonl:3", "<b>bad</b>")
    index = writer.finish()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    files = sorted(p.name for p in out.iterdir())
    assert len(files) == 2 * len(ids) + 2  # html + json per record, index, errors
    assert "index.html" in files and "errors.jsonl" in files
    assert all(p.is_file() and p.parent == out for p in out.iterdir())
    assert len({r.html for r in writer.reports}) == len(ids)
    # the JSON beside each page is the record with its text
    first = writer.reports[0]
    assert json.loads(first.json.read_text("utf-8"))["text"] == gold["text"]
    ipage = Page(index.read_text("utf-8"))
    assert ipage.tables["index-table"] == len(ids)
    assert ipage.tables["errors-table"] == 1
    hrefs = [v for t, k, v in ipage.attrs if k == "href"]
    assert sorted(hrefs) == sorted(r.html.name for r in writer.reports)
    assert json.loads((out / "errors.jsonl").read_text("utf-8")) == {
        "where": "corpus.jsonl:3", "error": "<b>bad</b>"}


def test_one_report_writes_no_index(tmp_path, real):
    writer = ReportWriter(tmp_path)
    done = writer.add(real)
    assert writer.finish() is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["syrie-2016.html", "syrie-2016.json"]
    assert done.html.read_bytes().startswith(b"<!DOCTYPE html>")


def test_lone_surrogates_do_not_stop_a_report(tmp_path):
    text = "Texte \udc80 abîmé.\n"
    done = ReportWriter(tmp_path).add(_record(text, id="bad\ud800id"))
    assert "&#56448;" in done.html.read_text("utf-8")
    assert json.loads(done.json.read_text("utf-8"))["text"] == text


# -- summary ------------------------------------------------------------------------------------

def test_summary_text(gold):
    out = summary_text(gold)
    lines = out.splitlines()
    n = len(gold["quotes"])
    assert f"{n} attributions:" in out
    assert "Quoted or reported speech covers" in out
    speakers = Counter(q["speaker"]["canonical"] for q in gold["quotes"])
    table = [ln for ln in lines if ln.split("  ")[0].strip() in speakers]
    assert len(table) == len(speakers)
    for ln in table:
        name = ln.split("  ")[0].strip()
        assert re.search(rf"\b{speakers[name]}\s+\d+%$", ln), ln
    term_rows = [ln for ln in lines if ln.split("  ")[0].strip() in
                 {t["text"] for t in gold["loaded_terms"]}]
    assert len(term_rows) == len(gold["loaded_terms"])
    assert all(len(ln) <= 88 for ln in lines if ln and "  " not in ln)


def test_summary_text_without_the_text(gold):
    rec = {k: v for k, v in gold.items() if k != "text"}
    out = summary_text(rec)
    assert f"{len(gold['quotes'])} attributions:" in out
    assert "covers" not in out  # the share needs the text


def test_summary_text_in_french(gold):
    out = summary_text(gold, ui_lang="fr")
    assert f"{len(gold['quotes'])} attributions :" in out
    n_direct = sum(q["type"] == "direct" for q in gold["quotes"])
    assert (f"{n_direct} directes" if n_direct > 1 else f"{n_direct} directe") in out


def test_summary_of_the_real_analysis_matches_its_counts(real):
    out = " ".join(summary_text(real).split())
    n = len(real["quotes"])
    assert (f"{n} attributions:" if n != 1 else "1 attribution:") in out
    for src in real["sources"]:
        if src["n_quotes"]:
            assert f"{src['n_quotes']} to {src['name']}" in out


# -- charts -------------------------------------------------------------------------------------

def test_chart_labels_are_literal_text():
    text = "«Nous payons 5 $ et $x^2$», a dit <Jean> & Cie.\n"
    q = _quote(text, at(text, "Nous payons 5 $ et $x^2$"), "<Jean> $ & Cie", at(text, "<Jean>"))
    view = build_view(_record(text, [q], [_term(text, at(text, "payons"), category="$cat$")]))
    for chart in report.charts_for(view):
        drawn = _svg_texts(chart.svg)
        for label in chart.labels:
            assert label in drawn
    timeline = report.timeline_chart(view)
    assert "<Jean> $ & Cie" in timeline.labels


def test_any_script_in_names_and_terms():
    """CJK and emoji are not in the charts' font: no warning (warnings are errors here), the
    labels stay text for the browser to draw."""
    text = "«你好世界 🙂», a dit 李明 🙂 à Пекин.\n"
    q = _quote(text, at(text, "你好世界 🙂"), "李明 🙂", at(text, "李明 🙂"))
    rec = _record(text, [q], [_term(text, at(text, "你好"), voice="quoted", qi=0,
                                    category="标签 🙂")])
    page = Page(render_page(rec))
    assert page.article == text
    for chart in report.charts_for(build_view(rec)):
        assert set(chart.labels) <= set(_svg_texts(chart.svg))
    assert "李明 🙂" in report.timeline_chart(build_view(rec)).labels


def test_charts_are_drawn_on_agg_without_pyplot():
    code = (
        "import sys, analysis, analysis.report as r\n"
        "from analysis.report._charts import _figure\n"
        "from matplotlib.backends.backend_agg import FigureCanvasAgg\n"
        "t = open(sys.argv[1], encoding='utf-8').read()\n"
        "html = r.render_page(analysis.analyze(t, id='x').to_dict(include_text=True))\n"
        "assert 'data:image/svg+xml;base64,' in html\n"
        "assert isinstance(_figure(1, 1).canvas, FigureCanvasAgg)\n"
        "assert 'matplotlib.pyplot' not in sys.modules, 'pyplot was imported'\n"
        "print('ok')\n")
    path = resources.files("analysis").joinpath("_samples/syrie-2016.txt")
    env = {k: v for k, v in os.environ.items() if k not in ("MPLBACKEND", "DISPLAY")}
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True,
                         text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_palette_is_distinct_and_the_legend_names_every_speaker(gold):
    assert len(set(PALETTE)) == len(PALETTE)
    page = Page(render_page(gold))
    for name in {q["speaker"]["canonical"] for q in gold["quotes"]}:
        assert name in page.legend


def test_many_speakers_stay_readable():
    text = SAMPLE
    words = [m.span() for m in _WORD.finditer(text)][:40:2]  # 20 one-word quotes
    quotes = [_quote(text, span, f"Speaker {i:02d}", type_="indirect")
              for i, span in enumerate(words)]
    rec = _record(text, quotes)
    page = Page(render_page(rec))
    assert page.errors == [] and page.article == text
    n_colours = len(PALETTE)
    assert f"{len(words) - n_colours} other speakers ({len(words) - n_colours} quotes)" in \
        page.legend
    assert "Speaker 00" in page.legend and "Speaker 19" not in page.legend
    timeline = report.timeline_chart(build_view(rec))
    assert len(timeline.labels) <= report._charts.MAX_ROWS + 1 + 2  # + others row, legend
    assert f"other speakers ({len(words) - report._charts.MAX_ROWS})" in timeline.labels
    assert len([r for r in timeline.rows if r[1] is not None]) == len(words)  # every quote
    out = " ".join(summary_text(rec).split())
    assert f"{len(words) - 6} to {len(words) - 6} other speakers" in out


def test_public_api():
    assert sorted(report.__all__) == sorted(set(report.__all__))
    for name in report.__all__:
        assert hasattr(report, name)
    assert callable(report.summary_text)


def test_summary_separates_loaded_terms_from_stance_markers(reference_text: str) -> None:
    import analysis
    from analysis.report import summary_text

    text = summary_text(analysis.analyze(reference_text).to_dict(include_text=True))
    assert ("4 loaded terms in the outlet's own voice: takfiristes, régime, extrémistes, "
            "terroristes.") in text
    assert "stance marker" in text and "affirmant" not in text  # a cue is not wording
