"""Attribution: quote marks, cues, speakers, coreference of speakers, sources, credits."""

from __future__ import annotations

from dataclasses import dataclass, field

from .._types import Credit, Quote
from ..text import Document

__all__ = ["Attribution", "extract_attributions", "sources_of"]


@dataclass(frozen=True)
class Attribution:
    quotes: tuple[Quote, ...]
    credits: tuple[Credit, ...]
    versions: dict[str, str] = field(default_factory=dict)


def extract_attributions(doc: Document, gazetteers: tuple[str, ...] = ()) -> Attribution:
    """Quotes, speakers and credits of ``doc``; ``gazetteers`` are the user's extra files
    (same columns as lexicons/attribution/gazetteer.tsv) that add to or override ours."""
    from ._extract import extract
    from ._sources import user_gazetteers

    with user_gazetteers(gazetteers):
        return extract(doc)


def sources_of(quotes, credits):
    from ._sources import sources_of as _sources_of

    return _sources_of(quotes, credits)
