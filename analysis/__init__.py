"""sourcebias: who speaks in a news article, and whose words the outlet adopts."""

from __future__ import annotations

from ._pipeline import analyze
from ._types import ArticleAnalysis, Credit, Cue, LoadedTerm, Quote, Source, Speaker

__version__ = "0.1.0"

__all__ = [
    "ArticleAnalysis",
    "Credit",
    "Cue",
    "LoadedTerm",
    "Quote",
    "Source",
    "Speaker",
    "__version__",
    "analyze",
]
