"""Source typing from the versioned gazetteer, and the per-article list of sources."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace

from .._data import DataFileError, read_table
from .._types import Credit, Quote, Source, Speaker
from ..text import Document

TYPES = frozenset({"person", "government", "military", "organization", "agency", "media",
                   "document", "anonymous", "unknown"})

_DET = re.compile(
    r"^(?:(?:le|la|les|un|une|des|du|de la|the|a|an|ce|cette|ces|son|sa|ses|leur|leurs"
    r"|notre|nos)\s+|l'|d'|de l')",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w'-]+")
# "porte-parole du Kremlin": the body a role speaks for
_BODY_OF = re.compile(r"\b(?:du|de la|de l'|des|d'|de|of the|of)\s+(.+)$", re.IGNORECASE)


@dataclass(frozen=True)
class Entry:
    canonical: str
    type: str
    affiliation: str | None


@dataclass(frozen=True)
class Gazetteer:
    aliases: dict[str, Entry]
    roles: dict[str, str]  # role noun (lower) -> type, French
    nationality: dict[str, str]  # adjective (lower) -> code
    tags: tuple[str, ...]


@functools.lru_cache(maxsize=1 << 16)
def strip_determiner(s: str) -> str:
    return _DET.sub("", s.strip()).strip()


# the user's gazetteer files in force for the extraction under way (see ``user_gazetteers``)
_USER_FILES: ContextVar[tuple[str, ...]] = ContextVar("sourcebias_gazetteers", default=())


@contextmanager
def user_gazetteers(paths: tuple[str, ...]) -> Iterator[None]:
    """Within the block, the user's files (same columns as gazetteer.tsv) add to or override
    the shipped gazetteer; the first file wins over later ones and over ours."""
    token = _USER_FILES.set(tuple(str(p) for p in paths))
    try:
        gazetteer()  # load (and validate) now, so a bad file fails before any work
        yield
    finally:
        _USER_FILES.reset(token)


def gazetteer() -> Gazetteer:
    return _gazetteer(_USER_FILES.get())


def _read_aliases(path: str) -> tuple[dict[str, Entry], str]:
    g = read_table(path, required=("alias", "canonical", "type"))
    aliases: dict[str, Entry] = {}
    for row, line in zip(g.rows, g.lines, strict=True):
        if row["type"] not in TYPES:
            raise DataFileError(f"{g.path}:{line}: unknown source type {row['type']!r} "
                                f"(one of {', '.join(sorted(TYPES))})")
        entry = Entry(row["canonical"], row["type"], row.get("affiliation") or None)
        for alias in row["alias"].split("|"):
            aliases.setdefault(alias.strip().lower(), entry)
    return aliases, g.tag


@functools.cache
def _gazetteer(user_files: tuple[str, ...]) -> Gazetteer:
    aliases: dict[str, Entry] = {}
    tags = []
    for path in user_files:
        user, tag = _read_aliases(path)
        for k, v in user.items():
            aliases.setdefault(k, v)
        tags.append(tag)
    ours, tag = _read_aliases("attribution/gazetteer.tsv")
    for k, v in ours.items():
        aliases.setdefault(k, v)
    tags.insert(0, tag)
    r = read_table("attribution/roles.fr.tsv", required=("role", "type"))
    roles = {}
    for row, line in zip(r.rows, r.lines, strict=True):
        if row["type"] not in TYPES:
            raise DataFileError(f"{r.path}:{line}: unknown source type {row['type']!r}")
        roles[row["role"].lower()] = row["type"]
    n = read_table("attribution/nationalities.tsv", required=("code", "fr", "en"))
    nationality = {}
    for row in n.rows:
        for adj in (row["fr"] + " " + row["en"]).split():
            nationality.setdefault(adj.lower(), row["code"])
    return Gazetteer(aliases, roles, nationality, (*tags, r.tag, n.tag))


def versions() -> dict[str, str]:
    return dict(t.split("@", 1) for t in gazetteer().tags)


def lookup(name: str) -> Entry | None:
    """The gazetteer entry for a mention ("le Kremlin", "Moscou"), or None."""
    return gazetteer().aliases.get(_lookup_key(name))


@functools.lru_cache(maxsize=1 << 16)
def _lookup_key(name: str) -> str:
    return strip_determiner(name).lower().replace("’", "'")


def classify(mention: str, canonical: str | None, is_named_person: bool
             ) -> tuple[str, str | None]:
    """Source type and affiliation of a speaker mention."""
    return _classify(mention, canonical, is_named_person, _USER_FILES.get())


@functools.lru_cache(maxsize=1 << 15)
def _classify(mention: str, canonical: str | None, is_named_person: bool,
              user_files: tuple[str, ...]) -> tuple[str, str | None]:
    g = _gazetteer(user_files)
    for name in (canonical, mention):
        if name:
            entry = lookup(name)
            if entry is not None:
                return entry.type, entry.affiliation
    low = mention.lower().replace("’", "'")
    words = _WORD.findall(low)
    affiliation = None
    for w in words:
        if w in g.nationality:
            affiliation = g.nationality[w]
            break
    if affiliation is None:
        # "porte-parole du Kremlin": the body it speaks for
        m = _BODY_OF.search(mention)
        if m:
            entry = lookup(m.group(1))
            if entry is not None:
                affiliation = entry.affiliation
    kind = None
    head_words = _WORD.findall(strip_determiner(low))[:3]
    for n in (3, 2, 1):
        head = " ".join(head_words[:n])
        if head in g.roles:
            kind = g.roles[head]
            break
        if head.endswith("s") and head[:-1] in g.roles:
            kind = g.roles[head[:-1]]
            break
    if kind is None and ("source" in words or "sources" in words):
        kind = "anonymous"
    if kind is None:
        kind = "person" if is_named_person else "unknown"
    return kind, affiliation


def type_speakers(doc: Document, quotes: list[Quote]) -> list[Quote]:
    """Fill type and affiliation where the language rules left them unknown."""
    out = []
    for q in quotes:
        sp = q.speaker
        if sp is not None and sp.type == "unknown" and sp.text:
            named = bool(sp.canonical and sp.canonical[:1].isupper()
                         and len(sp.canonical.split()) >= 2)
            kind, aff = classify(sp.text, sp.canonical, named)
            sp = replace(sp, type=kind, affiliation=sp.affiliation or aff)
            q = replace(q, speaker=sp)
        out.append(q)
    return out


def sources_of(quotes: Sequence[Quote], credits: Sequence[Credit]) -> tuple[Source, ...]:
    """One entry per distinct source: each speaker (by canonical name) and each credited agency."""
    counts: Counter[str] = Counter()
    first: dict[str, Speaker] = {}
    mentions: dict[str, list[str]] = {}
    for q in quotes:
        sp = q.speaker
        if sp is None:
            continue
        name = sp.canonical or sp.text or "unknown"
        counts[name] += 1
        first.setdefault(name, sp)
        seen = mentions.setdefault(name, [])
        if sp.text and sp.text not in seen:
            seen.append(sp.text)
    out = [Source(name, first[name].type, first[name].affiliation, n, tuple(mentions[name]))
           for name, n in counts.items()]
    for c in credits:
        for agency in c.agencies:
            if agency not in counts:
                entry = lookup(agency)
                out.append(Source(agency, "agency", entry.affiliation if entry else None, 0,
                                  (c.text,)))
                counts[agency] = 0
    return tuple(out)
