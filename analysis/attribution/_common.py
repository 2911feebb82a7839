"""Small pieces shared by the language rules."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CueVerb", "trim_span"]


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
