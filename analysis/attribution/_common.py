"""Small pieces shared by the language rules."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["DATELINE", "FRENCH_DAY", "FRENCH_DAYS", "FRENCH_MONTH", "FRENCH_MONTHS", "CueVerb",
           "inside_dashes", "trim_span"]

#: French month names, in order (dates in incises and complements, embed signatures)
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")
#: the same as a regular-expression group
FRENCH_MONTH = "(?:" + "|".join(FRENCH_MONTHS) + ")"
#: French day names, in order (times in incises, adjuncts and speakers' mentions)
FRENCH_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
#: the same as a regular-expression group
FRENCH_DAY = "(?:" + "|".join(FRENCH_DAYS) + ")"

#: a wire dateline opening a paragraph: "MOSCOU (AFP) - ", "LONDON, Jan 5 (Reuters) - ",
#: "PARIS | ", "WASHINGTON (AP) — ": a place in capitals, an optional date or state, an
#: optional agency, then a dash or a bar. It is no part of the sentence's reported content.
DATELINE = re.compile(
    r"(?:[A-ZÉÈÀÇÂÊÎÔÛ][A-ZÉÈÀÇÂÊÎÔÛ'’.-]+(?:[ -][A-ZÉÈÀÇÂÊÎÔÛ][A-ZÉÈÀÇÂÊÎÔÛ'’.-]+){0,3})"
    r"(?:\s*,\s*[\w.]+(?:\s+[\w.]+){0,2})?"
    r"\s*(?:\((?:AFP|AP|Reuters|UPI|CNN|Belga|ATS|Keystone-ATS|DPA|Xinhua|ANSA|EFE|TASS|"
    r"RIA Novosti|Sputnik|APS|MAP|PANA)\)\s*)?"
    r"(?:--|[-—–|])\s+"
    # a place in capitals and small letters, then a bar: "Washington | "
    r"|[A-ZÉÈÀÇ][\w'’.-]+(?:\s[A-ZÉÈÀÇ][\w'’.-]+){0,2}\s+\|\s+")


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


#: the spaced dashes that open and close an aside (" -- " as typed in wire copy)
SPACED_DASHES = (" -- ", " — ", " – ", " - ")


def inside_dashes(text: str, s: int, i: int, end: int) -> bool:
    """Is ``i`` inside an aside between spaced dashes that opened after ``s`` and closes before
    ``end``? ("that BuzzFeed -- which is best known for …, though … -- missed", "l'accusaient de
    complicité - consulté …, il conseilla … - dans le cadre")"""
    return any(text.count(dash, s, i) % 2 == 1 and text.find(dash, i + 1, end) >= 0
               for dash in SPACED_DASHES)
