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


def extract_attributions(doc: Document) -> Attribution:
    from ._extract import extract

    return extract(doc)


def sources_of(quotes, credits):
    from ._sources import sources_of as _sources_of

    return _sources_of(quotes, credits)
