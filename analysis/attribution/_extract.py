"""Attribution extraction: quote marks, the language's rules, source typing, credits."""

from __future__ import annotations

from ..text import Document
from . import Attribution
from ._credits import find_credits
from ._marks import find_marked
from ._sources import type_speakers


def extract(doc: Document) -> Attribution:
    marked = find_marked(doc.norm, doc.paragraphs)
    if doc.lang == "fr":
        from . import _fr as rules
    else:
        from . import _en as rules
    quotes = rules.extract(doc, marked)
    quotes = type_speakers(doc, quotes)
    quotes.sort(key=lambda q: (q.start, q.end))
    credits = find_credits(doc)
    versions = {**rules.versions(), **_sources_versions(), **_credit_versions()}
    return Attribution(tuple(quotes), tuple(credits), versions)


def _sources_versions() -> dict[str, str]:
    from ._sources import versions

    return versions()


def _credit_versions() -> dict[str, str]:
    from ._credits import versions

    return versions()
