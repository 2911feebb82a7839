"""Attribution: quote marks, cues, speakers, coreference of speakers, sources, credits."""

from __future__ import annotations

from ._extract import Attribution
from ._extract import extract as extract_attributions
from ._sources import sources_of

__all__ = ["Attribution", "extract_attributions", "sources_of"]
