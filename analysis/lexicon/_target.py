"""The actor a label names, when the text states it right next to the label.

French: "le régime syrien" -> "régime syrien"; "le régime de Bachar al-Assad" -> "Bachar
al-Assad"; "les groupes terroristes comme le Front Al-Nosra" -> "Front Al-Nosra"; "le régime en
Syrie" -> "Syrie". English: "the Syrian regime" -> "Syrian regime"; "the Assad regime" ->
"Assad"; "terrorist groups such as al-Qaeda" -> "al-Qaeda". Nothing further than that: a
target is a syntactic neighbour, not a guess.
"""

from __future__ import annotations

import functools
import re

from .._data import read_table
from ._inflect import surface_forms

__all__ = ["find_target"]

_UP = r"[A-ZÀÂÄÉÈÊËÎÏÔÖÙÛÜÇ]"
_PARTICLE = r"(?:al-|el-|ad-|as-|ash-|ben |bin |ibn |von |van |de |du |des |d'|la |le |al |el )"
# a proper name: capitalised words, with particles inside (Bachar al-Assad, Front Al-Nosra)
NAME = rf"(?:(?:al|el|ad|as)-)?{_UP}[\w'-]*(?:[ ](?:{_PARTICLE})?{_UP}[\w'-]*)*"
_WINDOW = 90
# labels of a government: "le régime en Syrie" names the government of Syria
GOVERNMENT_LABELS = frozenset({
    "régime", "junte", "dictature", "clique", "clan", "tyrannie", "pouvoir", "autocratie",
    "regime", "junta", "dictatorship", "autocracy", "tyranny",
})
_IN = {"fr": re.compile(rf"[ ](?:en|au|aux)[ ](?P<name>{NAME})"),
       "en": re.compile(rf"[ ]in[ ](?:the[ ])?(?P<name>{NAME})")}


@functools.cache
def _demonyms(lang: str) -> str:
    table = read_table("loaded/demonyms.tsv", required=("demonym", "lang"))
    forms: set[str] = set()
    for row in table.rows:
        if row["lang"] == lang:
            forms.update(surface_forms(row["demonym"], "a", lang))
    alternatives = "|".join(sorted((re.escape(f) for f in forms), key=len, reverse=True))
    return alternatives


@functools.cache
def _patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    dem = _demonyms(lang)
    if lang == "fr":
        return (
            # régime syrien (de Bachar al-Assad)
            re.compile(rf"[ ](?P<phrase>(?i:{dem}))\b(?:[ ](?:de|du|d')[ ]?(?P<name>{NAME}))?"),
            # régime de Bachar al-Assad / du président Assad
            re.compile(rf"[ ](?:de|du|des|d')[ ]?(?:la[ ]|l')?(?:(?:président|dirigeant|chef|"
                       rf"maréchal|général|colonel|dictateur)[ ])?(?P<name>{NAME})"),
            # groupes terroristes comme le Front Al-Nosra
            re.compile(rf",?[ ](?:comme|tels?[ ]que|telles?[ ]que|notamment|dont|à[ ]savoir|"
                       rf"y[ ]compris|en[ ]particulier|appelée?s?|dits?|dites?)[ ]"
                       rf"(?:(?:le|la|les|du|des)[ ]|l')?(?P<name>{NAME})"),
            # la junte, Min Aung Hlaing / le mouvement terroriste (Hamas)
            re.compile(rf"[ ]?\((?P<name>{NAME})\)"),
        )
    return (
        re.compile(rf"[ ]of[ ](?:the[ ])?(?P<name>{NAME})"),
        re.compile(rf",?[ ](?:such[ ]as|like|including|namely|called)[ ](?:the[ ])?"
                   rf"(?P<name>{NAME})"),
        re.compile(rf"[ ]?\((?P<name>{NAME})\)"),
    )


@functools.cache
def _demonym_set(lang: str) -> frozenset[str]:
    table = read_table("loaded/demonyms.tsv", required=("demonym", "lang"))
    return frozenset(f for row in table.rows if row["lang"] == lang
                     for f in surface_forms(row["demonym"], "a", lang))


_LEFT_WORD = re.compile(r"([\w'.-]+)(?:'s)?[ ]$")
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their",
                          "his", "her", "our", "le", "la", "les", "un", "une", "des", "ce",
                          "cette", "ces"})


def _left_target(text: str, start: int, end: int, lang: str) -> str | None:
    """English modifiers before the label: "the Syrian regime", "the Assad regime"."""
    m = _LEFT_WORD.search(text, max(0, start - 40), start)
    if m is None or m.end() != start:
        return None
    word = m.group(1)
    if word.lower() in _demonym_set(lang):
        return text[m.start(1):end]
    names: list[str] = []
    pos = start
    while m is not None and m.end() == pos and m.group(1)[:1].isupper():
        if m.group(1).lower() in _DETERMINERS or _sentence_initial(text, m.start(1)):
            break
        names.insert(0, m.group(1))
        pos = m.start(1)
        m = _LEFT_WORD.search(text, max(0, pos - 40), pos)
    return " ".join(names) or None


def find_target(text: str, start: int, end: int, lang: str, entry: str = "",
                limit: int | None = None) -> str | None:
    """The actor named next to the label ``text[start:end]`` (entry ``entry``), or None.

    A capitalised entry is itself a name (État islamique, Daech): it gets no target."""
    if entry[:1].isupper():
        return None
    if lang == "en":  # English puts the actor before the label: the Assad regime
        left = _left_target(text, start, end, lang)
        if left is not None:
            return left
    stop = min(len(text), end + _WINDOW if limit is None else min(limit, end + _WINDOW))
    pats = _patterns(lang)
    if entry.lower() in GOVERNMENT_LABELS:
        pats = (*pats, _IN[lang])
    for pat in pats:
        m = pat.match(text, end, stop)
        if m is None:
            continue
        groups = m.groupdict()
        if groups.get("name"):
            return groups["name"].rstrip("'-")
        if groups.get("phrase"):
            return text[start:m.end("phrase")]
    return None


def _sentence_initial(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    return j < 0 or text[j] in ".!?\n\"«“"
