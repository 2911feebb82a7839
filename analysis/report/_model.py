"""From an analysis record (the JSON of ``sourcebias analyze``) to what the report shows.

Works on the record dict, not on ``ArticleAnalysis``, so that JSON produced earlier renders the
same way. Every offset is checked against the text: a record that does not belong to its text is
refused with one sentence naming the record and the field.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ..lexicon import LOADED_CATEGORIES
from ._i18n import describe_source, strings, value_label

__all__ = ["PALETTE", "VOICE_COLOURS", "ArticleView", "ReportError", "build_view"]


class ReportError(ValueError):
    """A record cannot be reported; the message names the record and the field."""


# Paul Tol's "light" scheme: colour-blind safe, designed as backgrounds behind black text.
PALETTE: tuple[str, ...] = (
    "#77AADD", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF", "#44BB99", "#BBCC33", "#AAAA00",
)
OTHER_COLOUR = "#DDDDDD"
# Okabe-Ito: vermillion for the outlet's own voice, blue for quoted, bluish green for reported.
VOICE_COLOURS: dict[str, str] = {"narrative": "#D55E00", "quoted": "#0072B2", "reported": "#009E73"}
VOICES: tuple[str, ...] = ("narrative", "quoted", "reported")


def _tint(hex_colour: str, amount: float = 0.55) -> str:
    """Mix a colour with white (amount of white)."""
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    mix = [round(c + (255 - c) * amount) for c in (r, g, b)]
    return "#{:02X}{:02X}{:02X}".format(*mix)


@dataclass(frozen=True)
class SpeakerView:
    key: str  # canonical name, or the mention, or "" when no speaker was found
    label: str
    type: str | None
    affiliation: str | None
    description: str  # "Russian government"; "" when nothing is known
    css: str  # "s0".."s7", or "sx" for the grey of other / unattributed speakers
    colour: str
    tint: str
    n_quotes: int
    chars: int  # non-space characters of the text inside this speaker's quotes
    first: int  # offset of the first quote

    @property
    def full_label(self) -> str:
        return f"{self.label} ({self.description})" if self.description else self.label


@dataclass(frozen=True)
class QuoteView:
    n: int  # 1-based number shown in the text and the table
    type: str
    type_label: str
    start: int
    end: int
    text: str
    speaker: SpeakerView
    mention: str | None
    mention_span: tuple[int, int] | None
    cue: Mapping[str, Any] | None
    cue_span: tuple[int, int] | None
    cue_label: str
    channel: str | None
    intermediary: str | None
    marks: tuple[tuple[int, int], ...]
    tooltip: str


@dataclass(frozen=True)
class TermView:
    n: int
    text: str
    start: int
    end: int
    entry: str
    category: str
    category_label: str
    voice: str
    voice_label: str
    quote_n: int | None
    speaker: SpeakerView | None
    neutral: tuple[str, ...]
    lexicon: str | None
    target: str | None
    scare_quoted: bool
    tooltip: str


@dataclass(frozen=True)
class SourceView:
    name: str
    type_label: str
    affiliation: str
    n_quotes: int
    speaker: SpeakerView | None


@dataclass(frozen=True)
class ArticleView:
    record: Mapping[str, Any]
    text: str
    ui_lang: str
    id: str
    title: str
    outlet: str | None
    date: str | None
    url: str | None  # only http(s) URLs; anything else is shown as text, never as a link
    url_text: str | None
    language: str
    n_words: int | None
    n_sentences: int | None
    quotes: tuple[QuoteView, ...]
    terms: tuple[TermView, ...]
    speakers: tuple[SpeakerView, ...]  # colour order: most quoted first
    sources: tuple[SourceView, ...]
    credits: tuple[str, ...]
    credit_spans: tuple[tuple[int, int], ...]
    features: tuple[tuple[str, Any], ...]
    versions: tuple[tuple[str, str], ...]
    quoted_chars: int
    text_chars: int  # non-space characters of the text

    @property
    def narrative_terms(self) -> tuple[TermView, ...]:
        """Loaded language (labels, contested names, charged words, intensifiers) in the
        outlet's own voice; stance markers are in ``narrative_markers``."""
        return tuple(t for t in self.terms
                     if t.voice == "narrative" and t.category in LOADED_CATEGORIES)

    @property
    def inside_terms(self) -> tuple[TermView, ...]:
        return tuple(t for t in self.terms
                     if t.voice != "narrative" and t.category in LOADED_CATEGORIES)

    @property
    def narrative_markers(self) -> tuple[TermView, ...]:
        """Hedges, factive, assertive and implicative verbs, the conditional … in the outlet's
        own voice."""
        return tuple(t for t in self.terms
                     if t.voice == "narrative" and t.category not in LOADED_CATEGORIES)


def _str(v: Any) -> str | None:
    if v is None:
        return None
    s = str(v).strip()
    return s or None


def _int(v: Any, where: str) -> int:
    if isinstance(v, bool) or not isinstance(v, int):
        raise ReportError(f"{where} is {v!r}, not an integer offset")
    return v


class _Checker:
    def __init__(self, rid: str, text: str | None) -> None:
        self.rid = rid
        self.text = text

    def span(self, obj: Mapping[str, Any], where: str, *, text_key: str | None = "text"
             ) -> tuple[int, int]:
        s = _int(obj.get("start"), f"record {self.rid!r}: {where}.start")
        e = _int(obj.get("end"), f"record {self.rid!r}: {where}.end")
        if self.text is None:  # summary without the text: offsets are taken as they are
            if not 0 <= s <= e:
                raise ReportError(f"record {self.rid!r}: {where} spans {s}-{e}, not a span")
            return s, e
        if not 0 <= s <= e <= len(self.text):
            raise ReportError(
                f"record {self.rid!r}: {where} spans {s}-{e}, outside the text of "
                f"{len(self.text)} characters; was the record produced from this text?")
        if text_key and obj.get(text_key) is not None and obj[text_key] != self.text[s:e]:
            raise ReportError(
                f"record {self.rid!r}: {where} says {obj[text_key]!r} but the text at {s}-{e} "
                f"reads {self.text[s:e]!r}; was the record produced from this text?")
        return s, e

    def opt_span(self, obj: Mapping[str, Any] | None, where: str) -> tuple[int, int] | None:
        if not obj or obj.get("start") is None or obj.get("end") is None:
            return None
        return self.span(obj, where)


def _nonspace_prefix(text: str) -> list[int]:
    out = [0]
    n = 0
    for ch in text:
        n += not ch.isspace()
        out.append(n)
    return out


def _union_chars(spans: Sequence[tuple[int, int]], prefix: Sequence[int] | None) -> int:
    """Non-space characters covered by the union of the spans (0 when the text is unknown)."""
    if prefix is None:
        return 0
    total = 0
    cur_s = cur_e = -1
    for s, e in sorted(spans):
        if s > cur_e:
            if cur_e > cur_s:
                total += prefix[cur_e] - prefix[cur_s]
            cur_s, cur_e = s, e
        else:
            cur_e = max(cur_e, e)
    if cur_e > cur_s:
        total += prefix[cur_e] - prefix[cur_s]
    return total


def _title(record: Mapping[str, Any], text: str, rid: str) -> str:
    title = _str(record.get("title")) or _str(record.get("headline"))
    if title:
        return title
    # A raw article usually opens with its headline on a line of its own.
    first, sep, rest = text.lstrip().partition("\n")
    first = first.strip()
    if sep and rest.strip() and 0 < len(first) <= 200:
        return first
    return rid


def _safe_url(v: Any) -> tuple[str | None, str | None]:
    s = _str(v)
    if s is None:
        return None, None
    try:
        parts = urlsplit(s)
    except ValueError:
        return None, s
    if parts.scheme.lower() in ("http", "https") and parts.netloc and not any(
            c.isspace() or ord(c) < 32 for c in s):
        return s, s
    return None, s


def _join(parts: Sequence[str]) -> str:
    return " · ".join(p for p in parts if p)


def build_view(record: Mapping[str, Any], text: str | None = None, *, ui_lang: str = "en",
               require_text: bool = True) -> ArticleView:
    """Check a record against its text and prepare everything the page and summary show.

    ``text`` defaults to ``record["text"]``. With ``require_text=False`` a record without its
    text is accepted (for the terminal summary): offsets are then not checked and the view's
    text is empty.
    """
    if not isinstance(record, Mapping):
        raise ReportError(
            f"a report needs an analysis record (a dict), got {type(record).__name__}")
    s = strings(ui_lang)
    rid = _str(record.get("id")) or "article"
    if text is None:
        text = record.get("text")
    if not isinstance(text, str):
        if require_text:
            raise ReportError(
                f"record {rid!r} has no article text: pass the text, or write the analysis "
                f"with its text (to_dict(include_text=True))")
        text = None
    check = _Checker(rid, text)
    prefix = _nonspace_prefix(text) if text is not None else None

    raw_quotes = list(record.get("quotes") or ())
    # Speakers: one colour per canonical name, most quoted first.
    spans_by_key: dict[str, list[tuple[int, int]]] = {}
    info: dict[str, tuple[str | None, str | None, int, bool]] = {}
    quote_spans: list[tuple[int, int]] = []
    keys: list[str] = []
    for i, q in enumerate(raw_quotes):
        if not isinstance(q, Mapping):
            raise ReportError(f"record {rid!r}: quotes[{i}] is not an object")
        span = check.span(q, f"quotes[{i}]")
        quote_spans.append(span)
        sp = q.get("speaker") or {}
        key = _str(sp.get("canonical")) or _str(sp.get("text")) or ""
        keys.append(key)
        spans_by_key.setdefault(key, []).append(span)
        if key not in info:
            joint = sp.get("resolved_by") == "joint" or sp.get("type") == "joint"
            info[key] = (_str(sp.get("type")), _str(sp.get("affiliation")), span[0], joint)
    order = sorted(spans_by_key, key=lambda k: (k == "", -len(spans_by_key[k]), info[k][2], k))
    speakers: dict[str, SpeakerView] = {}
    for rank, key in enumerate(order):
        type_, aff, first, joint = info[key]
        named = key != "" and rank < len(PALETTE)
        colour = PALETTE[rank] if named else OTHER_COLOUR
        known = (type_ not in (None, "unknown")) or aff is not None
        speakers[key] = SpeakerView(
            key=key, label=key or s["unattributed"], type=type_, affiliation=aff,
            description=describe_source(type_, aff, ui_lang, joint=joint) if key and known
            else "",
            css=f"s{rank}" if named else "sx", colour=colour, tint=_tint(colour),
            n_quotes=len(spans_by_key[key]), chars=_union_chars(spans_by_key[key], prefix),
            first=first)

    quotes: list[QuoteView] = []
    for i, q in enumerate(raw_quotes):
        sp = q.get("speaker") or {}
        speaker = speakers[keys[i]]
        mention_span = check.opt_span(sp, f"quotes[{i}].speaker")
        cue = q.get("cue") or None
        cue_span = check.opt_span(cue, f"quotes[{i}].cue")
        marks = []
        for j, m in enumerate(q.get("marks") or ()):
            if not (isinstance(m, Sequence) and len(m) == 2):
                raise ReportError(
                    f"record {rid!r}: quotes[{i}].marks[{j}] is not a [start, end] pair")
            marks.append(check.span({"start": m[0], "end": m[1]}, f"quotes[{i}].marks[{j}]"))
        cue_label = ""
        if cue:
            flags = [s["negated"] if cue.get("negated") else "",
                     s["conditional"] if cue.get("conditional") else ""]
            lemma = _str(cue.get("lemma")) or _str(cue.get("text")) or ""
            cat = _str(cue.get("category"))
            cat = value_label(cat, ui_lang) if cat else None
            cue_label = lemma + (f" ({cat})" if cat else "")
            cue_label = ", ".join(x for x in (cue_label, *flags) if x)
        qtype = str(q.get("type"))
        tooltip = _join([
            f"{s['quote']} {i + 1}", value_label(qtype, ui_lang),
            f"{s['speaker']}{s['colon']}{speaker.full_label}",
            f"{s['mention']}{s['colon']}{sp.get('text')}"
            if sp.get("text") and sp.get("text") != speaker.key else "",
            f"{s['cue']}{s['colon']}{cue_label}" if cue_label else "",
            f"{s['channel']}{s['colon']}{q['channel']}" if q.get("channel") else "",
            f"{s['via']}{s['colon']}{q['intermediary']}" if q.get("intermediary") else "",
        ])
        quotes.append(QuoteView(
            n=i + 1, type=qtype, type_label=value_label(qtype, ui_lang),
            start=quote_spans[i][0], end=quote_spans[i][1],
            text=text[slice(*quote_spans[i])] if text is not None else str(q.get("text") or ""),
            speaker=speaker, mention=_str(sp.get("text")), mention_span=mention_span,
            cue=cue, cue_span=cue_span, cue_label=cue_label, channel=_str(q.get("channel")),
            intermediary=_str(q.get("intermediary")), marks=tuple(marks), tooltip=tooltip))

    terms: list[TermView] = []
    for i, t in enumerate(record.get("loaded_terms") or ()):
        if not isinstance(t, Mapping):
            raise ReportError(f"record {rid!r}: loaded_terms[{i}] is not an object")
        start, end = check.span(t, f"loaded_terms[{i}]")
        surface = text[start:end] if text is not None else str(t.get("text") or "")
        qi = t.get("quote_index")
        quote = quotes[qi] if isinstance(qi, int) and 0 <= qi < len(quotes) else None
        voice = str(t.get("voice") or "narrative")
        neutral = tuple(str(x) for x in (t.get("neutral") or ()))
        category = str(t.get("category") or "")
        category_label = value_label(category, ui_lang) if category else ""
        voice_label = value_label(voice, ui_lang)
        if quote is not None:
            voice_label += f" ({s['quote']} {quote.n}, {quote.speaker.label})"
        tooltip = _join([
            f"{s['term']}{s['colon']}{surface}",
            f"{s['entry']}{s['colon']}{t['entry']}"
            if t.get("entry") and t.get("entry") != surface else "",
            f"{s['category']}{s['colon']}{category_label}" if category else "",
            f"{s['voice']}{s['colon']}{voice_label}",
            f"{s['neutral']}{s['colon']}{', '.join(neutral)}" if neutral else "",
            s["scare_quoted"] if t.get("scare_quoted") else "",
        ])
        terms.append(TermView(
            n=i + 1, text=surface, start=start, end=end, entry=str(t.get("entry") or ""),
            category=category, category_label=category_label, voice=voice,
            voice_label=voice_label,
            quote_n=quote.n if quote else None, speaker=quote.speaker if quote else None,
            neutral=neutral, lexicon=_str(t.get("lexicon")), target=_str(t.get("target")),
            scare_quoted=bool(t.get("scare_quoted")), tooltip=tooltip))

    sources = []
    for i, src in enumerate(record.get("sources") or ()):
        if not isinstance(src, Mapping):
            raise ReportError(f"record {rid!r}: sources[{i}] is not an object")
        name = str(src.get("name") or "")
        n_q = src.get("n_quotes")
        sources.append(SourceView(
            name=name, type_label=value_label(_str(src.get("type")), ui_lang),
            affiliation=_str(src.get("affiliation")) or "",
            n_quotes=n_q if isinstance(n_q, int) and not isinstance(n_q, bool) else 0,
            speaker=speakers.get(name)))

    credit_spans = []
    for i, c in enumerate(record.get("credit_spans") or ()):
        if isinstance(c, Mapping):
            credit_spans.append(check.span(c, f"credit_spans[{i}]"))

    url, url_text = _safe_url(record.get("url"))
    n_words = record.get("n_words")
    n_sent = record.get("n_sentences")
    features = record.get("features") or {}
    versions = record.get("versions") or {}
    return ArticleView(
        record=record, text=text or "", ui_lang=ui_lang, id=rid,
        title=_title(record, text or "", rid),
        outlet=_str(record.get("outlet")), date=_str(record.get("date")), url=url,
        url_text=url_text, language=_str(record.get("language")) or "",
        n_words=n_words if isinstance(n_words, int) else None,
        n_sentences=n_sent if isinstance(n_sent, int) else None,
        quotes=tuple(quotes), terms=tuple(terms),
        speakers=tuple(speakers[k] for k in order), sources=tuple(sources),
        credits=tuple(str(c) for c in (record.get("credits") or ())),
        credit_spans=tuple(credit_spans),
        features=tuple(sorted((str(k), v) for k, v in dict(features).items())),
        versions=tuple(sorted((str(k), str(v)) for k, v in dict(versions).items())),
        quoted_chars=_union_chars(quote_spans, prefix),
        text_chars=prefix[-1] if prefix else 0)


def paragraph_starts(text: str) -> list[int]:
    """Offsets where a line of text starts (after a newline), for chart grid lines."""
    out = []
    i = text.find("\n")
    while i != -1:
        if i + 1 < len(text) and not text[i + 1].isspace():
            out.append(i + 1)
        i = text.find("\n", i + 1)
    return out

