"""French reporting cues: the verb lexicon (lexicons/attribution/cues.fr.tsv), its conjugated
forms, and one compiled pattern that finds them."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .._data import DataFileError, read_table
from .._regex import trie_pattern
from ._common import CueVerb

CATEGORIES = frozenset(
    {"neutral", "assertive", "distancing", "critical", "conceding", "denying", "directive",
     "emotive"}
)
FRAMES = frozenset({"que", "inv", "colon", "np", "inf", "de", "a", "pour", "pass", "adj", "sur"})
_VOWELS = "aeiouyéèêëàâîïôûù"


@dataclass(frozen=True)
class CueForm:
    verb: CueVerb
    kind: str  # participle, finite, gerund, infinitive
    rest: str  # the fixed words of a multi-word cue after the verb ("savoir" in "faire savoir")


def _soft(stem: str, ending: str) -> str:
    if ending[:1] in ("a", "o") or ending[:1] == "â":
        if stem.endswith("c"):
            return stem[:-1] + "ç" + ending
        if stem.endswith("g"):
            return stem + "e" + ending
    return stem + ending


def _strong_stem(lemma: str, stem: str) -> str:
    """The stem of the present and future for e/é + consonant verbs (mène, répète, appelle)."""
    if lemma in ("appeler", "rappeler", "jeter", "rejeter", "interpeller"):
        return stem + stem[-1] if not stem.endswith(stem[-1] * 2) else stem
    m = re.match(rf"^(.*[^{_VOWELS}])[eé]([^{_VOWELS}])$", stem)
    if m:
        return m.group(1) + "è" + m.group(2)
    return stem


def conjugate_er(lemma: str) -> dict[str, str]:
    """Third-person forms, participles and infinitive of a regular -er verb -> form kind."""
    stem = lemma[:-2]
    strong = _strong_stem(lemma, stem)
    fut = strong + "er" if strong != stem and lemma not in ("répéter", "compléter") else lemma
    forms = {
        lemma: "infinitive",
        strong + "e": "finite", strong + "ent": "finite",
        _soft(stem, "ait"): "finite", _soft(stem, "aient"): "finite",
        _soft(stem, "a"): "finite", stem + "èrent": "finite",
        fut + "a": "finite", fut + "ont": "finite", fut + "ait": "finite", fut + "aient": "finite",
        stem + "é": "participle", stem + "ée": "participle", stem + "és": "participle",
        stem + "ées": "participle",
        _soft(stem, "ant"): "gerund",
    }
    return forms


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
        if row.get("forms") or row.get("participles"):
            base = head
            conj = {f: ("gerund" if f.endswith("ant") else "finite") for f in row["forms"].split()}
            conj[base] = "infinitive"
            conj.update({f: "participle" for f in row.get("participles", "").split()})
        elif head == "faire":
            conj = {"faire": "infinitive", "fait": "participle", "font": "finite",
                    "faisait": "finite", "faisaient": "finite", "fera": "finite",
                    "ferait": "finite", "faisant": "gerund"}
        elif head == "mettre":
            conj = {"mettre": "infinitive", "met": "finite", "mettent": "finite",
                    "mis": "participle", "mettait": "finite", "mettra": "finite",
                    "mettant": "gerund"}
        elif head.endswith("er"):
            conj = conjugate_er(head)
        else:
            raise DataFileError(f"{table.path}:{line}: irregular verb {lemma!r} needs its forms")
        for form, kind in conj.items():
            forms.setdefault(form, []).append(CueForm(verb, kind, rest))
    return forms, table.tag


@functools.cache
def cue_regex() -> re.Pattern[str]:
    forms, _ = cue_table()
    # matched on the lower-cased text (IGNORECASE makes Python's re several times slower)
    return re.compile(r"(?<![\w-])(?:" + trie_pattern(forms) + r")(?![\w])")
