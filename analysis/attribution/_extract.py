"""Attribution extraction: quote marks, the language's rules, source typing, credits."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .._types import Credit, Quote
from ..text import Document
from . import _credits, _embeds, _en, _fr, _sources
from ._common import DATELINE
from ._marks import find_marked
from ._sources import strip_determiner

_RULES = {"fr": _fr, "en": _en}


@dataclass(frozen=True)
class Attribution:
    """The quotes and credits of one article, with the versions of the rules and data used.
    Offsets are into the document's matching view (``Document.norm``)."""

    quotes: tuple[Quote, ...]
    credits: tuple[Credit, ...]
    versions: dict[str, str] = field(default_factory=dict)


def extract(doc: Document, gazetteers: tuple[str, ...] = ()) -> Attribution:
    """Quotes, speakers and credits of ``doc``; ``gazetteers`` are the user's extra files
    (same columns as lexicons/attribution/gazetteer.tsv) that add to or override ours."""
    rules = _RULES[doc.lang]
    with _sources.user_gazetteers(gazetteers):
        view = _en.single_quote_view(doc.norm, doc.paragraphs) if doc.lang == "en" else None
        if view is not None:
            # British copy quoting with single marks: the rules read the pairs as double
            # marks; the quotes keep the article's text
            seen = replace(doc, norm=view, lower=view.lower())
            marked = find_marked(view, doc.paragraphs)
            quotes = [_with_text_of(doc.norm, q) for q in rules.extract(seen, marked)]
        else:
            marked = find_marked(doc.norm, doc.paragraphs)
            quotes = rules.extract(doc, marked)
        quotes = _without_datelines(doc, quotes)
        quotes.extend(_embeds.embedded_posts(doc, quotes, marked))
        quotes = _sources.type_speakers(doc, quotes)
        versions = {**rules.versions(), **_sources.versions(), **_credits.versions(),
                    **_embeds.versions()}
    quotes.sort(key=lambda q: (q.start, q.end))
    return Attribution(tuple(quotes), tuple(_credits.find_credits(doc)), versions)


def _with_text_of(text: str, q: Quote) -> Quote:
    """``q`` with its text (and its speaker's) read from ``text``, the same offsets."""
    sp = q.speaker
    if sp is not None and sp.start is not None and sp.end is not None:
        sp = replace(sp, text=text[sp.start:sp.end])
    return replace(q, text=text[q.start:q.end], speaker=sp)


def _without_datelines(doc: Document, quotes: list[Quote]) -> list[Quote]:
    """A quote that opens a paragraph starts after its wire dateline ("MOSCOU (AFP) - Le
    président russe …, a indiqué le Kremlin": the content starts at "Le président")."""
    starts = {s for s, _e in doc.paragraphs}
    out = []
    for q in quotes:
        m = DATELINE.match(doc.norm, q.start, q.end) if q.start in starts else None
        if m is not None and m.end() < q.end - 2 and (
                q.speaker is None or q.speaker.start is None or
                not (q.speaker.start < m.end() and q.start < q.speaker.end)):
            q = replace(q, start=m.end(), text=doc.norm[m.end():q.end],
                        marks=tuple((a, b) for a, b in q.marks if a >= m.end()))
        sp = q.speaker
        m = DATELINE.match(doc.norm, sp.start, sp.end) if sp is not None and \
            sp.start in starts and sp.end is not None else None
        if sp is not None and m is not None and m.end() < sp.end:
            # "PARIS | Le constructeur ferroviaire Bombardier a annoncé …": the speaker too
            dateline = doc.norm[m.start():m.end()]
            canonical = sp.canonical
            if canonical and canonical.startswith(dateline):
                canonical = strip_determiner(canonical[len(dateline):])
            q = replace(q, speaker=replace(sp, start=m.end(), text=doc.norm[m.end():sp.end],
                                           canonical=canonical))
        out.append(q)
    return out
