"""Small pieces shared by the language rules."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["FRENCH_MONTH", "FRENCH_MONTHS", "CueVerb", "trim_span"]

#: French month names, in order (dates in incises and complements, embed signatures)
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")
#: the same as a regular-expression group
FRENCH_MONTH = "(?:" + "|".join(FRENCH_MONTHS) + ")"


@dataclass(frozen=True)
class CueVerb:
    """A reporting verb of a cue lexicon: its lemma, stance category and content frames."""

    lemma: str
    category: str
    frames: frozenset[str]


def trim_span(text: str, s: int, e: int) -> tuple[int, int]:
    """``[s, e)`` without the white space at either end."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e
