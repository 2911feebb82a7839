"""Loaded-language lexicons: the file format, the loader and validator, the matcher, and the
loaded terms of a document with their voice.

Lexicons are versioned data files in ``lexicons/loaded/`` (see :mod:`analysis.lexicon._format`
for the format); they are loaded and compiled once per process.
"""

from __future__ import annotations

from ._categories import CATEGORIES, LOADED_CATEGORIES, MARKER_CATEGORIES
from ._format import COLUMNS, Entry, Lexicon, LexiconError, load_lexicon, validate_lexicon
from ._matcher import Collision, Match, Matcher
from ._target import find_target
from ._terms import (
    TermResult,
    find_loaded_terms,
    get_lexicon,
    matcher_for,
    scare_quote_span,
    shipped_lexicons,
)

__all__ = [
    "CATEGORIES",
    "COLUMNS",
    "LOADED_CATEGORIES",
    "MARKER_CATEGORIES",
    "Collision",
    "Entry",
    "Lexicon",
    "LexiconError",
    "Match",
    "Matcher",
    "TermResult",
    "find_loaded_terms",
    "find_target",
    "get_lexicon",
    "load_lexicon",
    "matcher_for",
    "scare_quote_span",
    "shipped_lexicons",
    "validate_lexicon",
]
