"""French reporting cues: the verb lexicon (lexicons/attribution/cues.fr.tsv), its conjugated
forms, and one compiled pattern that finds them."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .._data import DataFileError, read_table
from .._regex import trie_pattern
from ..lexicon._inflect import fr_third_person
from ._common import CueVerb

CATEGORIES = frozenset(
    {"neutral", "assertive", "distancing", "critical", "conceding", "denying", "directive",
     "emotive"}
)
FRAMES = frozenset({"que", "inv", "invq", "colon", "np", "inf", "de", "a", "pour", "pass", "adj",
                    "sur"})


@dataclass(frozen=True)
class CueForm:
    verb: CueVerb
    kind: str  # participle, finite, gerund, infinitive
    rest: str  # the fixed words of a multi-word cue after the verb ("savoir" in "faire savoir")


@functools.cache
def cue_table() -> tuple[dict[str, list[CueForm]], str]:
    """``form -> [CueForm]`` (several verbs may share a form) and the lexicon tag."""
    table = read_table("attribution/cues.fr.tsv", required=("lemma", "category", "frames"))
    forms: dict[str, list[CueForm]] = {}
    seen: set[str] = set()
    for row, line in zip(table.rows, table.lines, strict=True):
        lemma = row["lemma"]
        if lemma in seen:
            raise DataFileError(f"{table.path}:{line}: duplicate lemma {lemma!r}")
        seen.add(lemma)
        if row["category"] not in CATEGORIES:
            raise DataFileError(f"{table.path}:{line}: unknown category {row['category']!r} "
                                f"(one of {', '.join(sorted(CATEGORIES))})")
        frames = frozenset(row["frames"].split())
        if not frames <= FRAMES:
            raise DataFileError(f"{table.path}:{line}: unknown frame(s) "
                                f"{', '.join(sorted(frames - FRAMES))}")
        verb = CueVerb(lemma, row["category"], frames)
        words = lemma.split()
        head = words[0]
        rest = " ".join(words[1:])
        if head == "se":  # se féliciter, se dire
            head, rest = words[1], " ".join(words[2:])
        elif head.startswith("s'"):  # s'indigner
            head = head[2:]
        # the forms come from the lexicons' conjugator (analysis/lexicon/_inflect.py); the
        # forms and participles columns add what it does not know (irregular verbs)
        conj = fr_third_person(head) or {}
        conj.update({f: ("gerund" if f.endswith("ant") else "finite")
                     for f in row.get("forms", "").split()})
        conj.update({f: "participle" for f in row.get("participles", "").split()})
        if not conj:
            raise DataFileError(f"{table.path}:{line}: irregular verb {lemma!r} needs its forms")
        conj.setdefault(head, "infinitive")
        for form, kind in conj.items():
            forms.setdefault(form, []).append(CueForm(verb, kind, rest))
    return forms, table.tag


@functools.cache
def cue_regex() -> re.Pattern[str]:
    forms, _ = cue_table()
    # matched on the lower-cased text (IGNORECASE makes Python's re several times slower)
    return re.compile(r"(?<![\w-])(?:" + trie_pattern(forms) + r")(?![\w])")
