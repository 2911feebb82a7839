"""Source typing from the versioned gazetteer, and the per-article list of sources."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace

from .._data import DataFileError, read_table
from .._regex import trie_pattern
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
    aliases: dict[str, Entry]  # every row's, and the user's
    aliases_fr: dict[str, Entry]  # the user's, and our rows of lang fr (for French copy)
    # the user's, and our rows of lang en (for English copy: a French outlet's alias, "point"
    # for Le Point, is a common English word)
    aliases_en: dict[str, Entry]
    roles: dict[str, str]  # role noun (lower) -> type, French
    # role nouns of an ordinary person's occupation or status ("retraité", "prêtre"): such a
    # description takes up only a person the article introduced with it, never merely the
    # one person named just before (column `private` of roles.fr.tsv)
    private_roles: frozenset[str]
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


def _read_aliases(path: str) -> tuple[dict[str | None, dict[str, Entry]], str]:
    """Alias -> entry of a gazetteer file, read once: of every row (key None) and of the rows
    of each language (keys "fr" and "en"; a row without a lang column counts for both)."""
    g = read_table(path, required=("alias", "canonical", "type"))
    views: dict[str | None, dict[str, Entry]] = {None: {}, "fr": {}, "en": {}}
    for row, line in zip(g.rows, g.lines, strict=True):
        if row["type"] not in TYPES:
            raise DataFileError(f"{g.path}:{line}: unknown source type {row['type']!r} "
                                f"(one of {', '.join(sorted(TYPES))})")
        entry = Entry(row["canonical"], row["type"], row.get("affiliation") or None)
        langs = [None, *(lang for lang in (row.get("lang") or "fr,en").split(",")
                         if lang in views)]
        for alias in row["alias"].split("|"):
            for lang in langs:
                views[lang].setdefault(alias.strip().lower(), entry)
    return views, g.tag


def _then(first: dict[str, Entry], then: dict[str, Entry]) -> dict[str, Entry]:
    """``first``'s aliases, then those of ``then`` it lacks (in that order)."""
    out = dict(first)
    for k, v in then.items():
        out.setdefault(k, v)
    return out


@functools.cache
def _gazetteer(user_files: tuple[str, ...]) -> Gazetteer:
    user: dict[str, Entry] = {}  # every row of the user's files (the first file wins)
    tags = []
    for path in user_files:
        views, tag = _read_aliases(path)
        user = _then(user, views[None])
        tags.append(tag)
    ours, tag = _read_aliases("attribution/gazetteer.tsv")
    tags.insert(0, tag)
    roles, private, roles_tag = read_roles("attribution/roles.fr.tsv")
    n = read_table("attribution/nationalities.tsv", required=("code", "fr", "en"))
    nationality = {}
    for row in n.rows:
        for adj in (row["fr"] + " " + row["en"]).split():
            nationality.setdefault(adj.lower(), row["code"])
    return Gazetteer(_then(user, ours[None]), _then(user, ours["fr"]), _then(user, ours["en"]),
                     roles, private, nationality, (*tags, roles_tag, n.tag))


def read_roles(path: str) -> tuple[dict[str, str], frozenset[str], str]:
    """Role noun (lower case) -> source type, the private roles and the file's tag, from a
    file in the format of lexicons/attribution/roles.fr.tsv; a bad row raises DataFileError
    naming the file and line."""
    r = read_table(path, required=("role", "type"))
    roles: dict[str, str] = {}
    for row, line in zip(r.rows, r.lines, strict=True):
        if row["type"] not in TYPES:
            raise DataFileError(f"{r.path}:{line}: unknown source type {row['type']!r}")
        if row.get("private", "") not in ("", "yes"):
            raise DataFileError(f"{r.path}:{line}: private is 'yes' or empty, not "
                                f"{row['private']!r}")
        roles[row["role"].lower()] = row["type"]
    private = frozenset(row["role"].lower() for row in r.rows if row.get("private") == "yes")
    return roles, private, r.tag


def versions() -> dict[str, str]:
    offices = dict([_offices()[1].split("@", 1)])
    return {**dict(t.split("@", 1) for t in gazetteer().tags), **offices}


def versions_en() -> dict[str, str]:
    """The English role table's version (recorded with the English rules' output)."""
    return dict([_roles_en()[1].split("@", 1)])


@dataclass(frozen=True)
class _Holder:
    name: str
    pattern: re.Pattern[str]  # the full name, or a surname that is no first name, in lower case
    needles: tuple[str, ...]  # plain strings one of which the text holds if the pattern matches


@functools.cache
def _offices() -> tuple[dict[tuple[str, str], tuple[_Holder, ...]], str]:
    return read_offices("attribution/offices.tsv")


def read_offices(path: str) -> tuple[dict[tuple[str, str], tuple[_Holder, ...]], str]:
    """(lang, role in lower case) -> the holders of that office, and the file's tag, from a
    file in the format of lexicons/attribution/offices.tsv; a bad row raises DataFileError
    naming the file and line."""
    t = read_table(path, required=("role", "holder", "country", "lang"))
    from ._speakers_fr import first_names  # (one table of first names for both languages)

    given = {n.lower() for n in first_names()}
    holders: dict[str, _Holder] = {}
    out: dict[tuple[str, str], list[_Holder]] = {}
    for row, line in zip(t.rows, t.lines, strict=True):
        langs = [x.strip() for x in row["lang"].split(",")]
        if not row["holder"] or any(x not in ("fr", "en") for x in langs):
            raise DataFileError(f"{t.path}:{line}: a holder and lang fr, en or fr,en are needed")
        name = row["holder"]
        if name not in holders:
            low = name.lower()
            surname = low.split()[-1]
            plain = [low] + ([surname] if surname not in given and len(low.split()) > 1
                             else [])
            forms = [_accents_optional(f) for f in plain]
            needles = tuple({n for f in plain for n in (f, _without_accents(f))})
            holders[name] = _Holder(name, re.compile(r"(?<![\w-])(?:" + "|".join(forms) +
                                                     r")(?![\w-])"), needles)
        for role in row["role"].split("|"):
            for lang in langs:
                bucket = out.setdefault((lang, role.strip().lower()), [])
                if holders[name] not in bucket:
                    bucket.append(holders[name])
    return {k: tuple(v) for k, v in out.items()}, t.tag


def _base_letter(c: str) -> str:
    """The letter without its accent (é -> e)."""
    return unicodedata.normalize("NFD", c)[0]


def _without_accents(name: str) -> str:
    return "".join(_base_letter(c) for c in name)


def _accents_optional(name: str) -> str:
    """A pattern for ``name`` that also matches it written without accents (Edouard)."""
    return "".join(f"[{c}{_base_letter(c)}]" if _base_letter(c) != c else re.escape(c)
                   for c in name)


# a bare "président" is the head of state only when the article names no other presidency
_OTHER_PRESIDENCY = re.compile(
    r"\bprésidente?s? (?:du|des|d'(?!état)|de l'|de la (?!république)|de (?!la république))"
    r"|\bpresidents? of (?!the united states)", re.IGNORECASE)


def office_holder(role: str, lang: str, lower_text: str) -> str | None:
    """The holder of the office ``role`` ("le président français", "the secretary of state")
    whom the article (``lower_text``, lower-cased) names: the only one of its holders named
    in it, or None when it names none or several."""
    key = " ".join(_lookup_key(role).split())
    holders = _offices()[0].get((lang, key))
    if not holders:
        return None
    if key in ("président", "president") and _OTHER_PRESIDENCY.search(lower_text):
        return None  # "le président" of the Medef, of a region, of a club
    named = [h.name for h in holders
             if any(n in lower_text for n in h.needles) and h.pattern.search(lower_text)]
    return named[0] if len(named) == 1 else None


def last_outlet_before(text: str, lower: str, pos: int, kind: str,
                       reach: int = 1500) -> tuple[int, Entry] | None:
    """Where and which is the last outlet of the gazetteer of type ``kind`` ("media" or
    "agency") that ``text`` names, with a capital, in the ``reach`` characters before ``pos``:
    "La RTBF a constaté … , rapporte le média" -> RTBF. ``lower`` is ``text`` lower-cased
    character by character."""
    pattern, entries = _outlets(_USER_FILES.get())
    found = None
    for m in pattern.finditer(lower, max(0, pos - reach), pos):
        name = strip_determiner(text[m.start():m.end()])
        if name[:1].isupper() or name[:1].isdigit():  # "Le Temps", not "le temps"
            entry = entries[m.group().replace("’", "'")]
            if entry.type == kind:
                found = (m.start(), entry)
    return found


@functools.cache
def _outlets(user_files: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, Entry]]:
    entries = {a: e for a, e in _gazetteer(user_files).aliases.items()
               if e.type in ("media", "agency")}
    # (after an elided article too: "l'AFP")
    pattern = re.compile(r"(?<![\w-])(?:" + trie_pattern(entries) + r")(?![\w-])")
    return pattern, entries


def lookup(name: str) -> Entry | None:
    """The gazetteer entry for a mention in French copy ("le Kremlin", "Moscou"): the user's
    rows and ours of lang fr, or None."""
    return gazetteer().aliases_fr.get(_lookup_key(name))


def lookup_en(name: str) -> Entry | None:
    """``lookup`` for English copy: an English row of the gazetteer first ("Lavrov" -> Sergey
    Lavrov, where French copy has Sergueï Lavrov), then any other."""
    key, g = _lookup_key(name), gazetteer()
    return g.aliases_en.get(key) or g.aliases.get(key)


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


# -- English mentions: the role before the name gives the type (roles.en.tsv) ----------------

_EN_TOKEN = re.compile(r"[\w][\w.'’-]*")
_EN_BOUNDARY = frozenset("of for at with from in on to by about".split())
_EN_DETERMINERS = frozenset("the a an this that these those".split())
_EN_TOPIC = frozenset("on to with by about".split())
# lower-case words that link the words of a proper name ("Observatory for Human Rights")
_EN_NAME_LINKS = frozenset("of for and the on in".split())
_EN_NOT_HELD = frozenset("former ex then onetime one-time late outgoing retired".split())
# roles that speak for a body: the body named with them gives the type
_EN_REPRESENTATIVES = frozenset({"spokesman", "spokeswoman", "spokesperson", "official",
                                 "aide", "adviser", "advisor", "envoy", "representative",
                                 "press secretary", "army spokesman", "military spokesman"})
_EN_BODY_TYPES = frozenset({"government", "military", "organization", "media", "agency"})
# lower-case words inside a name ("Bashar al-Assad", "Ludwig van Beethoven", "Jr.")
_EN_PARTICLES = frozenset("al el bin ibn abu van von der de da di du la le jr. sr. jr sr".split())


@functools.cache
def _roles_en() -> tuple[dict[str, str], str]:
    roles, _private, tag = read_roles("attribution/roles.en.tsv")
    return roles, tag


def role_type_en(word: str) -> str | None:
    """The source type roles.en.tsv gives a one-word role, singular or plural ("ad" and "ads"
    -> document), or None."""
    roles, w = _roles_en()[0], word.lower()
    return roles.get(w) or (roles.get(w[:-1]) if w.endswith("s") else None)


def _en_role_at(low: list[str], i: int, roles: dict[str, str]) -> tuple[int, str] | None:
    """The longest role phrase of ``roles`` starting at token ``i``: (its length, phrase)."""
    for n in (4, 3, 2, 1):
        if i + n > len(low):
            continue
        phrase = " ".join(low[i:i + n])
        if phrase in roles:
            return n, phrase
        if phrase.endswith("s") and phrase[:-1] in roles:
            return n, phrase[:-1]
    return None


def english_source(mention: str, canonical: str | None) -> tuple[str | None, str | None]:
    """Source type and affiliation of an English speaker mention from the gazetteer (the
    person or body named), the role it gives ("Russian Foreign Minister Sergey Lavrov" ->
    government; "Clinton campaign manager Robby Mook" -> person; "the Trump campaign" ->
    organization) and a nationality or country named in it ("Russian", "Iran's", "of the
    Kremlin"). (None, None) when it says nothing of either."""
    return _english_source(mention, canonical, _USER_FILES.get())


# what a body's possessive may own besides a person: "the Institute's Peace Index"
_EN_OWNED_THINGS = frozenset({"program", "programme", "index", "project", "initiative", "center",
                              "centre", "show", "blog", "series", "site", "database", "unit"})
# where the phrase that names the speaker ends: a relative clause, a second apposition
_EN_MENTION_END = re.compile(r",[^,]*,|,?\s+(?:who|whom|whose|which|that)\b|;|\s[—–-]\s")


@functools.lru_cache(maxsize=1 << 14)
def _english_source(mention: str, canonical: str | None, user_files: tuple[str, ...]
                    ) -> tuple[str | None, str | None]:
    gaz = _gazetteer(user_files)
    aliases = gaz.aliases_en
    for name in (canonical, mention):
        entry = aliases.get(_lookup_key(name)) if name else None
        if entry is not None:
            return entry.type, entry.affiliation
    roles, _tag = _roles_en()
    cut = _EN_MENTION_END.search(mention)
    words = _EN_TOKEN.findall((mention[:cut.start()] if cut is not None else mention)
                              .replace("’", "'"))
    low = [w.lower() if w.lower() in roles else w.lower().rstrip(".,") for w in words]
    low = [w[:-2] if w.endswith("'s") else w for w in low]
    affiliation, bodies = _en_affiliation(words, low, gaz.nationality,
                                          aliases, roles)
    found = _en_roles(low, roles)
    edge = _en_edge(words, low, found)
    head = _en_head(words, found, edge)
    if head is None:
        return None, affiliation
    pos, phrase = head
    kind = roles[phrase]
    owner = pos + len(phrase.split()) - 1
    owned = words[owner + 1:edge]
    if kind in ("media", "organization") and words[owner].endswith(("'s", "s'")) and \
            any(w[:1].isupper() for w in owned) and \
            not any(w.lower() in roles or w.lower() in _EN_OWNED_THINGS for w in owned):
        # "The network's Jake Tapper", "Crooked Media's Jon Lovett": a person the body owns
        # (not "the Israel Democracy Institute's Peace Index", "the University's Program")
        return "person", affiliation
    in_body = {j for k, n, _e in bodies for j in range(k, k + n)}
    if kind == "government" and ((pos > 0 and pos - 1 not in in_body and roles.get(
            low[pos - 1]) in ("organization", "media")) or any(
                roles[p] in ("organization", "media") for k, _n, p in found if k > edge)):
        # "union President Randi Weingarten", "president of the Planned Parenthood
        # Federation of America": the head of a body, not an office of state
        kind = "person"
    if phrase in _EN_REPRESENTATIVES:
        body = next((e.type for _k, _n, e in bodies if e.type in _EN_BODY_TYPES), None) or next(
            (roles[p] for k, _n, p in found if k != pos and roles[p] in _EN_BODY_TYPES), None)
        kind = body or kind
    return kind, affiliation


def _en_affiliation(words: list[str], low: list[str], nationality: dict[str, str],
                    aliases: dict[str, Entry], roles: dict[str, str]
                    ) -> tuple[str | None, list[tuple[int, int, Entry]]]:
    """The affiliation a mention gives (a nationality adjective, else a body or a country the
    gazetteer knows), and those bodies as (position, words, entry). A word inside a name is
    neither ("David French", "Rep. Steve Israel", "New Mexico"), nor is a topic ("an adviser
    on Syria")."""
    affiliation = None
    bodies: list[tuple[int, int, Entry]] = []
    topic = False  # inside "on Syria", "about Iran": what the speaker deals with
    for i, w in enumerate(low):
        if w in _EN_BOUNDARY:
            topic = w in _EN_TOPIC
        if topic:
            continue
        named = i > 0 and words[i - 1][:1].isupper() and low[i - 1] not in _EN_DETERMINERS \
            and _en_role_at(low, i - 1, roles) is None
        code = nationality.get(w.replace(".", ""))
        if code is not None and affiliation is None and not named:
            affiliation = code
        for n in (3, 2, 1):  # a body the gazetteer knows: "State Department", "the Kremlin"
            entry = aliases.get(" ".join(low[i:i + n])) if i + n <= len(low) else None
            if entry is not None and words[i][:1].isupper():
                if not (n == 1 and named):
                    bodies.append((i, n, entry))
                break
    if affiliation is None:
        affiliation = next((e.affiliation for _i, _n, e in bodies if e.affiliation), None)
    return affiliation, bodies


def _en_roles(low: list[str], roles: dict[str, str]) -> list[tuple[int, int, str]]:
    """The role phrases of a mention that are held, as (position, length, phrase): not after
    "former", "ex-", "retired" …"""
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(low):
        hit = _en_role_at(low, i, roles)
        if hit is None:
            i += 1
            continue
        n, phrase = hit
        if not any(b in _EN_NOT_HELD for b in low[max(0, i - 3):i]) and \
                not low[i].startswith("ex-"):
            found.append((i, n, phrase))
        i += n
    return found


def _en_edge(words: list[str], low: list[str], found: list[tuple[int, int, str]]) -> int:
    """Where the mention's head phrase ends: its first preposition outside a role phrase
    ("secretary of state") and outside a proper name ("University of Denver")."""
    inside = {k for i, n, _p in found for k in range(i, i + n)}
    return next((k for k, w in enumerate(low) if w in _EN_BOUNDARY and k not in inside and
                 not (k + 1 < len(words) and words[k + 1][:1].isupper() and k > 0 and
                      words[k - 1][:1].isupper())), len(low))


def _en_head(words: list[str], found: list[tuple[int, int, str]], edge: int
             ) -> tuple[int, str] | None:
    """The head role: the last one before the edge that only a name follows ("Foreign
    Minister Sergey Lavrov", "the campaign"), not a modifier of a noun ("city council
    member")."""
    head = None
    for i, n, phrase in found:
        rest = words[i + n:edge]
        if i < edge and all(not w[:1].isalpha() or w.lower() in _EN_PARTICLES or
                            any(c.isupper() for c in w) or (
                                w in _EN_NAME_LINKS and k + 1 < len(rest) and
                                rest[k + 1][:1].isupper())
                            for k, w in enumerate(rest)):
            head = (i, phrase)
    return head


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
