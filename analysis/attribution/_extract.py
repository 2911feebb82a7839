"""Attribution extraction: quote marks, the language's rules, source typing, credits."""

from __future__ import annotations

from dataclasses import dataclass, field

from .._types import Credit, Quote
from ..text import Document
from . import _credits, _embeds, _en, _fr, _sources
from ._marks import find_marked

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
        marked = find_marked(doc.norm, doc.paragraphs)
        quotes = rules.extract(doc, marked)
        quotes.extend(_embeds.embedded_posts(doc, quotes, marked))
        quotes = _sources.type_speakers(doc, quotes)
        versions = {**rules.versions(), **_sources.versions(), **_credits.versions(),
                    **_embeds.versions()}
    quotes.sort(key=lambda q: (q.start, q.end))
    return Attribution(tuple(quotes), tuple(_credits.find_credits(doc)), versions)
