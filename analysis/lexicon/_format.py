"""The lexicon file format: metadata lines, then a tab-separated table of entries.

```
# name: sourcebias-loaded-fr            lower-case letters, digits and hyphens
# version: 1.0.0                        semantic version, recorded in every output
# language: fr                          fr or en
# licence: MIT (written for sourcebias)
# description: one line
# source.ours: what this provenance tag means (one line per tag used in the source column)
entry	category	pos	neutral	note	weight	source	forms
régime	labeling	n	gouvernement|autorités	camp: ...	1	ours
```

Columns: ``entry`` and ``category`` are required; ``pos`` (x, n, a, v, pre; default x),
``neutral`` (neutral alternatives, ``|``-separated), ``note`` (camp or framing), ``weight``
(0 < w <= 1, default 1), ``source`` (a provenance tag declared as ``# source.TAG:``; default
the lexicon's own name) and ``forms`` (extra surface forms, ``|``-separated) are optional.
Every problem is reported as ``file:line: what is wrong``; a file with any problem is not
loaded at all.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from .._data import DataFileError, read_table
from ._categories import CATEGORIES
from ._inflect import POS, surface_forms

__all__ = ["COLUMNS", "Entry", "Lexicon", "LexiconError", "load_lexicon", "validate_lexicon"]

COLUMNS = ("entry", "category", "pos", "neutral", "note", "weight", "source", "forms")
REQUIRED_COLUMNS = ("entry", "category")
REQUIRED_META = ("name", "version", "language", "licence", "description")
LANGUAGES = ("fr", "en")

_NAME = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
_VERSION = re.compile(r"\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?\Z")
_TAG = re.compile(r"[a-z0-9][a-z0-9_-]*\Z")
_LETTER = re.compile(r"[^\W\d_]")


class LexiconError(DataFileError):
    """A lexicon file is malformed; the message names the file and the line."""


@dataclass(frozen=True)
class Entry:
    """One lexicon row: a lemma or multi-word pattern and what it means."""

    entry: str
    category: str
    pos: str = "x"
    neutral: tuple[str, ...] = ()
    note: str = ""
    weight: float = 1.0
    source: str = ""
    forms: tuple[str, ...] = ()
    line: int = 0

    @property
    def key(self) -> str:
        """What identifies the entry across lexicons (a user row with the same key overrides)."""
        return self.entry.lower()

    def surface_forms(self, lang: str) -> tuple[str, ...]:
        """Lower-cased forms matched in a text: generated inflections, then ``forms``."""
        out = dict.fromkeys(surface_forms(self.entry, self.pos, lang))
        for f in self.forms:
            out.update(dict.fromkeys(surface_forms(f, "x", lang)))
        return tuple(out)


@dataclass(frozen=True)
class Lexicon:
    """A validated lexicon file."""

    name: str
    version: str
    language: str
    licence: str
    description: str
    sources: Mapping[str, str]
    entries: tuple[Entry, ...]
    path: Path
    meta: Mapping[str, str]

    @property
    def tag(self) -> str:
        return f"{self.name}@{self.version}"

    def categories(self) -> dict[str, int]:
        """Entries per category."""
        out: dict[str, int] = {}
        for e in self.entries:
            out[e.category] = out.get(e.category, 0) + 1
        return out


def load_lexicon(path: str | Path) -> Lexicon:
    """Read and validate a lexicon file; raise :class:`LexiconError` on the first problem."""
    lexicon, errors = _load(path)
    if errors:
        more = f" (and {len(errors) - 1} more problem(s))" if len(errors) > 1 else ""
        raise LexiconError(errors[0] + more)
    assert lexicon is not None
    return lexicon


def validate_lexicon(path: str | Path) -> tuple[Lexicon | None, list[str]]:
    """Every problem in a lexicon file, as ``file:line: message`` strings."""
    return _load(path)


def _load(path: str | Path) -> tuple[Lexicon | None, list[str]]:
    try:
        table = read_table(path, required=REQUIRED_COLUMNS)
    except DataFileError as exc:
        return None, [str(exc)]
    p = table.path
    errors: list[str] = []
    meta = dict(table.meta)
    for key in REQUIRED_META:
        if not meta.get(key):
            errors.append(f"{p}:1: metadata line '# {key}: ...' is missing or empty")
    if meta.get("name") and not _NAME.match(meta["name"]):
        errors.append(f"{p}:1: name {meta['name']!r} must be lower-case letters, digits and "
                      "hyphens")
    if meta.get("version") and not _VERSION.match(meta["version"]):
        errors.append(f"{p}:1: version {meta['version']!r} is not a semantic version like 1.0.0")
    lang = meta.get("language", "")
    if lang and lang not in LANGUAGES:
        errors.append(f"{p}:1: language {lang!r} is not one of {', '.join(LANGUAGES)}")
    unknown_cols = [c for c in table.columns if c not in COLUMNS]
    if unknown_cols:
        errors.append(f"{p}: unknown column(s) {', '.join(unknown_cols)}; the columns are "
                      f"{', '.join(COLUMNS)}")
    sources = {k[len("source."):]: v for k, v in meta.items() if k.startswith("source.")}
    for tag in sources:
        if not _TAG.match(tag):
            errors.append(f"{p}:1: provenance tag {tag!r} must be lower-case letters, digits, "
                          "'-' or '_'")
    if errors:
        return None, errors
    entries: list[Entry] = []
    seen: dict[tuple[str, str], int] = {}
    for row, line in zip(table.rows, table.lines, strict=True):
        entry, problems = _entry(row, line, lang, sources, meta["name"])
        errors += [f"{p}:{line}: {msg}" for msg in problems]
        if entry is None:
            continue
        k = (entry.key, entry.pos)
        if k in seen:
            errors.append(f"{p}:{line}: duplicate entry {entry.entry!r} ({entry.pos}); first "
                          f"at line {seen[k]}")
            continue
        seen[k] = line
        entries.append(entry)
    if not entries and not errors:
        errors.append(f"{p}: no entries")
    if errors:
        return None, errors
    return Lexicon(
        name=meta["name"], version=meta["version"], language=lang, licence=meta["licence"],
        description=meta["description"], sources=MappingProxyType(sources),
        entries=tuple(entries), path=p, meta=MappingProxyType(meta),
    ), []


def _entry(row: Mapping[str, str], line: int, lang: str, sources: Mapping[str, str],
           name: str) -> tuple[Entry | None, list[str]]:
    problems: list[str] = []
    text = row.get("entry", "").replace("’", "'")
    if not text:
        return None, ["empty entry"]
    if "  " in text or not _LETTER.search(text):
        problems.append(f"entry {text!r} needs letters and single spaces")
    category = row.get("category", "")
    if category not in CATEGORIES:
        problems.append(f"unknown category {category!r}; use one of {', '.join(CATEGORIES)}")
    pos = row.get("pos", "") or "x"
    if pos not in POS:
        problems.append(f"unknown pos {pos!r}; use one of {', '.join(POS)}")
    elif pos == "pre" and (not text.endswith("-") or " " in text):
        problems.append(f"a prefix entry is one word ending with '-', not {text!r}")
    elif pos != "pre" and (text.startswith("-") or text.endswith("-")):
        problems.append(f"entry {text!r} starts or ends with '-': use pos 'pre' for a prefix")
    weight = 1.0
    if row.get("weight"):
        try:
            weight = float(row["weight"])
        except ValueError:
            weight = -1.0
        if not 0.0 < weight <= 1.0:
            problems.append(f"weight {row['weight']!r} must be a number in (0, 1]")
    source = row.get("source", "") or name
    if row.get("source") and source not in sources:
        declared = ", ".join(sources) or "none"
        problems.append(f"provenance tag {source!r} is not declared with '# source.{source}: "
                        f"...' (declared: {declared})")
    forms = _split(row.get("forms", ""))
    neutral = _split(row.get("neutral", ""))
    if any(not f for f in forms) or any(not f for f in neutral):
        problems.append("an empty item in a '|'-separated list")
    if problems:
        return None, problems
    return Entry(entry=text, category=category, pos=pos, neutral=neutral,
                 note=row.get("note", ""), weight=weight, source=source,
                 forms=tuple(f.replace("’", "'") for f in forms), line=line), []


def _split(cell: str) -> tuple[str, ...]:
    if not cell:
        return ()
    return tuple(part.strip() for part in cell.split("|"))
