"""Agency credits and bylines: "Source: agences et rédaction", "(AFP)", "avec Reuters", "Par X"."""

from __future__ import annotations

import functools
import re

from .._types import Credit
from ..text import Document

VERSION = "1.0.0"

_AGENCIES = (
    r"AFP|Reuters|AP|ATS|Keystone-ATS|Belga|La Presse canadienne|Presse canadienne|PC|"
    r"Associated Press|Agence France-Presse|dpa|ANSA|EFE|Xinhua|TASS|RIA Novosti|Anadolu|"
    r"Bloomberg|agences?|rédaction|Relaxnews|APS|MAP|AIB|ACP"
)
_AGENCY_WORD = re.compile(rf"\b(?:{_AGENCIES})\b", re.IGNORECASE)


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    return (
        # a line "Source: agences et rédaction", "Sources : AFP, Reuters"
        re.compile(rf"^[ \t]*(?:Sources?|Avec|With|Crédit|Credit)\s*:?\s*(?:(?:{_AGENCIES})"
                   rf"(?:\s*(?:,|/|et|and|&)\s*)?)+[ \t.]*$", re.MULTILINE | re.IGNORECASE),
        # "(AFP)", "(Reuters)", "(AFP/Reuters)", "PARIS (AFP) -", Swiss "(afp/nxp)", "(ats/nxp)"
        re.compile(rf"\((?:{_AGENCIES})(?:\s*[/,-]\s*(?:{_AGENCIES}|[a-z]{{2,4}}))*\)",
                   re.IGNORECASE),
        # a line that is only agencies: "AFP", "ATS/AFP", "Belga"
        re.compile(rf"^[ \t]*(?:{_AGENCIES})(?:\s*[/,-]\s*(?:{_AGENCIES}))*[ \t.]*$",
                   re.MULTILINE),
        # "avec AFP", "(avec Reuters)"; the word boundary before it is a look-behind after the
        # literal: Python's re jumps from one "avec" to the next when a pattern opens with a
        # literal, but tries every position of the text when it opens with \b or [Aa]
        re.compile(r"avec(?<!\wavec) (?:l'|l’)?(?:AFP|Reuters|AP|ATS|Belga|agences)\b"),
        # the same with a capital ("Avec AFP" inside a line)
        re.compile(r"Avec(?<!\wAvec) (?:l'|l’)?(?:AFP|Reuters|AP|ATS|Belga|agences)\b"),
        # a byline "Par Jean Dupont" / "By John Smith" on its own line
        re.compile(r"^[ \t]*(?:Par|By) [A-ZÉ][\w'-]+(?: [A-ZÉ][\w'-]+){0,3}[ \t]*$", re.MULTILINE),
        # "Avec agences" / "Source AFP" at the end of the article
        re.compile(rf"^[ \t]*(?:\(|\[)?(?:Avec|Source) (?:{_AGENCIES})(?:\)|\])?[ \t.]*$",
                   re.MULTILINE),
    )


def versions() -> dict[str, str]:
    return {"sourcebias-credits": VERSION}


# a credit line is short; only such lines are tried with the line patterns
_MAX_LINE = 120
_LINE_PATTERNS = (0, 2, 5, 6)  # indexes into _patterns() anchored to a whole line


def _candidates(doc: Document) -> list[tuple[int, int, int]]:
    """(pattern index, start, end) stretches to try: short paragraphs for the line patterns,
    the whole text for the others (which start with a literal the scan can jump to)."""
    out = [(i, ps, pe) for ps, pe in doc.paragraphs if pe - ps <= _MAX_LINE
           for i in _LINE_PATTERNS]
    if "(" in doc.norm:
        out.append((1, 0, len(doc.norm)))
    if "avec " in doc.norm:
        out.append((3, 0, len(doc.norm)))
    if "Avec " in doc.norm:
        out.append((4, 0, len(doc.norm)))
    return out


def find_credits(doc: Document) -> list[Credit]:
    text = doc.norm
    found: list[Credit] = []
    taken: list[tuple[int, int]] = []
    patterns = _patterns()
    for i, lo, hi in sorted(_candidates(doc)):
        for m in patterns[i].finditer(text, lo, hi):
            s, e = m.span()
            while s < e and text[s] in " \t(":
                s += 1
            while e > s and text[e - 1] in " \t.)":
                e -= 1
            if text[m.start():m.start() + 1] == "(" and text[m.end() - 1:m.end()] == ")":
                s, e = m.start(), m.end()
            if any(a < e and s < b for a, b in taken):
                continue
            # the outlet's own newsroom ("rédaction") is credited, but it is not an agency
            agencies = tuple(dict.fromkeys(
                _agency_name(a.group()) for a in _AGENCY_WORD.finditer(text, s, e)
                if a.group().lower() != "rédaction"))
            taken.append((s, e))
            found.append(Credit(text[s:e], s, e, agencies))
    found.sort(key=lambda c: c.start)
    return found


def _agency_name(word: str) -> str:
    low = word.lower()
    if low in ("agence", "agences"):
        return "agences"
    if low == "rédaction":
        return "rédaction"
    if low in ("associated press",):
        return "AP"
    if low == "agence france-presse":
        return "AFP"
    return word.upper() if word.islower() and len(word) <= 4 else word
