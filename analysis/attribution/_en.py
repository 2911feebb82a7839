"""English attribution rules: reporting cues, their speakers and the content they report.

``extract(doc, marked)`` reads a document sentence by sentence (a "unit" is a sentence, or
several when a quotation runs across them). A cue is a reporting verb of
``lexicons/attribution/cues.en.tsv`` (with its frames: which content it takes) or
"according to"; each cue is read in its sentence:

- postposed (``"…," he said`` / ``…, said Mark Jones, a professor`` / ``…, according to X``):
  the content is the clause before the comma, the speaker the noun phrase next to the cue;
- forward (``X said (that) …``, ``X told reporters …``, ``X said: "…"``, ``X urged Y to …``,
  ``X asked whether …``, ``X called Y "…"``): the speaker is the noun phrase before the cue
  (or the subject of the clause for ``…, adding that …`` and ``… and said …``), the content
  runs from the cue to the end of the clause: the next subjectless cue, a new clause with its
  own speaker, ``, but``, ``; ``, a participle, the comma that closes an introductory clause;
- incise (``"…," he said, "…"`` -> two direct quotes; ``The plan, she said, was dead`` -> one
  indirect quote, the whole clause), ``As X noted, …``, ``… was reported by X``.

A lead that frames the sentence is not reported: ``Holding open a book, Beck said, "I …"``
gives the quotation alone, ``In an interview in late May, Manafort bragged …`` gives nothing
(a postposed lead without a verb), and so does a cue inside a relative clause whose gap is in
the content (``a wall, which he said Mexico would pay for``).

Without a cue: a colon header (``Carl Bialik: "…"``); a continuation (rule ``en.floating``,
the same speaker): a paragraph that is one quotation, right after a paragraph that ends with
the speaker's quotation or with a colon -- "where the text makes that clear". A sentence after
``"…," he said.`` in the same paragraph, or a paragraph after one that goes on past its quote,
is not taken: PolNeAR annotates ``"A," he said. "B."`` as one relation with split content,
which the converted gold leaves out (on polnear-train 4% of the sentence continuations and
about a third of the paragraph ones are gold quotes). A sentence whose predicate quotes a
fragment (``He called the protesters "thugs"``: rule ``en.mixed-fragment``, speaker = the
subject) when the verb reports speech or gives a name, or the fragment is four words or more,
or most of the clause: a short term in marks after another verb is a label. A short first
paragraph in Title Case or without final punctuation is a headline and yields no quote.

Quotation marks decide the type: content entirely inside marks is direct (the span is inside
the marks), content that embeds marks is mixed (the whole clause, marks included), the rest is
indirect. Besides ``find_marked``'s pairs, English copy needs doubled apostrophes (''…'') and
“…" pairs mixed across styles; both are handled here.

Speakers keep the mention as written (a pronoun, "who", "Sen. Bernie Sanders (I-Vt.)",
"Mark Jones, a political scientist at Rice University") and get a canonical name: titles and
roles stripped, a surname expanded to the fullest name in the article, he/she/they resolved to
the last compatible speaker or named person, "who" to its antecedent, "the spokeswoman" to the
person the article introduced with that role. Speaker words come from
``lexicons/attribution/speakers.en.tsv``.

Everything is compiled once; the work per sentence is proportional to the cues it holds.
``FLOATING`` and ``MIXED_FRAGMENTS`` switch the two cue-less rules (both on: the contract counts
continued quotations and quoted fragments as quotes).
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from .._data import DataFileError, read_table
from .._regex import trie_pattern
from .._types import Cue, Quote, Speaker
from ..text import Document
from ._common import CueVerb, inside_dashes, trim_span
from ._marks import Marked
from ._sources import (
    english_source,
    last_outlet_before,
    lookup_en,
    office_holder,
    role_type_en,
    versions_en,
)

__all__ = ["extract", "versions"]

RULES_NAME = "sourcebias-rules-en"
RULES_VERSION = "1.211.0"
CUES_FILE = "attribution/cues.en.tsv"
SPEAKERS_FILE = "attribution/speakers.en.tsv"

CATEGORIES = frozenset({"neutral", "assertive", "distancing", "critical", "conceding", "denying",
                        "directive", "emotive", "marker"})
FRAMES = frozenset({"that", "bare", "inv", "colon", "obj", "to", "objto", "np", "wh", "marker",
                    "noun", "as"})
SPEAKER_KINDS = frozenset({"title", "role", "anonymous", "pronoun", "first", "org"})


# --------------------------------------------------------------------------------------------
# lexicons
# --------------------------------------------------------------------------------------------

# small patterns of the rules below, compiled once
_NAME_WITHIN_FIVE = re.compile(r"(?:\s+[a-z][\w'-]*){0,4}\s+[A-Z]")
_SPACE_THEN_WORD = re.compile(r"\s+[^\W_]")
_INITIAL_OR_TITLE_END = re.compile(r"(?:\b[A-Z]|\b(?:Jr|Sr|St|Mr|Mrs|Ms|Dr))\.$")
_INITIAL_OR_TITLE_END_NO_ST = re.compile(r"\b(?:[A-Z]|Jr|Sr|Mr|Mrs|Ms|Dr)\.$")
_INITIAL_OR_TITLE_END_LOOSE = re.compile(r"(?:\b[A-Z]|Jr|Sr|Mr|Mrs|Ms|Dr|St)\.$")
_INITIAL_END = re.compile(r"\b[A-Z]\.$")
_COMMA_OR_PAREN = re.compile(r"\s*(?:,|\()")
# "told POLITICO", "told The Washington Post on Monday", "told reporters in Iowa." and the end
_OBJECT_TO_END = re.compile(r"\s+(?:[\w'’&.-]+\s+){0,5}?[\w'’&-]+\.?\s*[.!]?\s*$"
                            # (or up to an adjunct after a comma: "told British paper The
                            # Sunday Times on Sunday, amid fears …")
                            r"|\s+(?:[\w'’&.-]+\s+){0,7}?[\w'’&-]+\s*,\s*(?:amid|as|while|after|"
                            r"before|despite|following|when|in|on|during)\s")
_PAREN_AFTER = re.compile(r"\s*\([^()]{1,40}\)")
_CONNECTIVES_ONLY = re.compile(r"(?:(?:but|and|so|yet|also|still|now|however),?\s*)+",
                               re.IGNORECASE)


def _qualifier_forms(word: str) -> tuple[str, ...]:
    """How a qualifier of a role may be written near the name it qualifies: "Republican" as
    "R-", "GOP"; "Democratic" as "D-"; a state by its first four letters ("Flor")."""
    low = word.lower()
    if low.startswith("republican"):
        return ("Republican", "R-", "GOP")
    if low.startswith("democrat"):
        return ("Democrat", "D-")
    return (word[:4],)


_DEPUTY_WORDS = frozenset({"vice", "deputy", "assistant", "lieutenant"})
# offices held by many people of both parties, whose holder an article names with the title
# ("Gov. David Ige") and calls by party later ("the Democratic governor"); not "president" nor
# "nominee", which an article gives to several people of several parties
_LOCAL_OFFICES = frozenset({"governor", "senator", "mayor", "congressman", "congresswoman",
                            "representative", "lawmaker", "legislator"})
# a title's abbreviations written before a name
_ROLE_ABBREVIATIONS = {"general": ("gen.",), "admiral": ("adm.",), "senator": ("sen.",),
                       "governor": ("gov.",), "congressman": ("rep.",),
                       "congresswoman": ("rep.",), "representative": ("rep.",),
                       "lieutenant": ("lt.",), "colonel": ("col.",), "sergeant": ("sgt.",),
                       "captain": ("capt.",), "major": ("maj.",), "professor": ("prof.",)}


@functools.lru_cache(maxsize=1024)
def _name_after_role(role: str) -> re.Pattern[str]:
    """ "the spokesman John Smith": a capitalised name after a role word."""
    # (not over a sentence end or a line, "… the indictment. The campaign …", nor a headline's
    # run of capitalised words: four words at most, the first not a function word)
    # (an abbreviated title is not the deputy's: "Lt. Gov. Timothy Murray" is no governor)
    deputy = r"(?<!Lt\. )(?<![Ll]ieutenant )(?<![Vv]ice )(?<![Vv]ice-)(?<![Dd]eputy )" \
        r"(?<![Aa]ssistant )"
    return re.compile(deputy + r"(?i:\b" + re.escape(role) + r")[ \t\xa0]+"
                      r"(?!(?:The|A|An|In|On|At|But|And|After|Before|From|Between|One|This|That|"
                      r"For|With|As)\b)((?:(?:[A-Z]\.|[A-Z][\w'-]*)[ \t\xa0]+){0,3}"
                      r"[A-Z][\w'-]*)(?![\w'-])(?![ \t\xa0]+[A-Z])")

@dataclass(frozen=True)
class _Lexicon:
    forms: dict[str, CueVerb]
    pattern: re.Pattern[str]
    nouns: dict[str, CueVerb]  # speech nouns (frame "noun"): "his comment that …"
    noun_pattern: re.Pattern[str]
    noun_colon_pattern: re.Pattern[str]  # "Clinton's response was: “…”"
    titles: dict[str, str]  # word -> gender ("m", "f" or "")
    roles: dict[str, tuple[str, str]]  # word -> (gender, type)
    anonymous: frozenset[str]
    first: dict[str, str]
    orgs: frozenset[str]
    versions: dict[str, str]


def load_lexicon(cues_path: str | Path = CUES_FILE,
                 speakers_path: str | Path = SPEAKERS_FILE) -> _Lexicon:
    """Read and compile the cue and speaker files; errors name the file and the line."""
    cues = read_table(cues_path, required=("lemma", "category", "frames", "forms"))
    forms: dict[str, CueVerb] = {}
    nouns: dict[str, CueVerb] = {}
    for row, line in zip(cues.rows, cues.lines, strict=True):
        where = f"{cues.path}:{line}"
        if row["category"] not in CATEGORIES:
            raise DataFileError(f"{where}: unknown category {row['category']!r}; "
                                f"use one of {', '.join(sorted(CATEGORIES))}")
        frames = frozenset(row["frames"].split())
        bad = frames - FRAMES
        if bad or not frames:
            raise DataFileError(f"{where}: unknown or missing frame(s) {sorted(bad)}; "
                                f"use {', '.join(sorted(FRAMES))}")
        if "noun" in frames and frames != {"noun"}:
            raise DataFileError(f"{where}: frame 'noun' (a speech noun) takes no other frame")
        verb = CueVerb(row["lemma"], row["category"], frames)
        for form in row["forms"].split("|"):
            form = " ".join(form.lower().split())
            if not form:
                raise DataFileError(f"{where}: empty form in {row['forms']!r}")
            (nouns if "noun" in frames else forms).setdefault(form, verb)
    if not forms:
        raise DataFileError(f"{cues.path}: no cue rows")
    variants = set(forms) | {f[0].upper() + f[1:] for f in forms}
    pattern = re.compile(r"(?<![\w'-])(?:" + trie_pattern(variants) + r")(?![\w-])")
    noun_pattern = re.compile(_POSSESSOR + r"\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>" +
                              trie_pattern(nouns or {"statement"}) + r"),?\s+(?P<that>that)\s+"
                              r"[“\"‘']?(?P<next>[\w'’]+)")
    noun_colon_pattern = re.compile(
        _POSSESSOR + r"\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>" + trie_pattern(nouns or {"statement"})
        + r")(?:\s+(?:was|is|were|are)(?:\s+(?:simple|clear|blunt|short|brief|direct|terse|"
        r"succinct|swift|immediate|unequivocal|characteristic|typical))?)?\s*:\s*(?=[“\"]|'')")
    spk = read_table(speakers_path, required=("word", "kind", "gender", "type"))
    titles: dict[str, str] = {}
    roles: dict[str, tuple[str, str]] = {}
    anonymous: set[str] = set()
    first: dict[str, str] = {}
    orgs: set[str] = set()
    for row, line in zip(spk.rows, spk.lines, strict=True):
        kind, word, gender = row["kind"], row["word"].lower(), row["gender"]
        if kind not in SPEAKER_KINDS:
            raise DataFileError(f"{spk.path}:{line}: unknown kind {kind!r}; "
                                f"use one of {', '.join(sorted(SPEAKER_KINDS))}")
        if gender not in ("", "m", "f"):
            raise DataFileError(f"{spk.path}:{line}: gender must be m, f or empty, "
                                f"not {gender!r}")
        if kind == "title":
            titles[word] = gender
        elif kind == "role":
            roles[word] = (gender, row["type"])
        elif kind == "anonymous":
            anonymous.add(word)
        elif kind == "first":
            first[word] = gender
        elif kind == "org":
            orgs.add(word)
    versions = {cues.name: cues.version, spk.name: spk.version, RULES_NAME: RULES_VERSION}
    return _Lexicon(forms, pattern, nouns, noun_pattern, noun_colon_pattern, titles, roles,
                    frozenset(anonymous), first, frozenset(orgs), versions)


# the owner of a speech noun: "his comment that", "Rick Santorum's claim that"
_POSSESSOR = (r"(?<![\w'’-])(?:(?P<pron>[Hh]is|[Hh]er|[Tt]heir)|"
              r"(?P<name>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*)(?:'s|’s|(?<=s)'|(?<=s)’))")


@functools.cache
def lexicon() -> _Lexicon:
    """The shipped English lexicons, read and compiled once per process."""
    return load_lexicon()


def versions() -> dict[str, str]:
    """Names and versions of the English rules and data files."""
    return {**lexicon().versions, **versions_en()}


# --------------------------------------------------------------------------------------------
# word classes used by the rules (part of sourcebias-rules-en)
# --------------------------------------------------------------------------------------------

def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


SUBJ_PRONOUNS = _words("he she they i we you it who which")
OBJ_PRONOUNS = _words("him her them me us you it")
DETS = _words("the a an his her its their our my your this these those some many several most "
              "all both each every any no other another one two three four five six seven eight "
              "nine ten dozens hundreds thousands few")
# words that end a speaker noun phrase when scanning left from the cue
# prepositions whose object is a noun phrase, never a clause: a cue's -s form after them is a
# noun ("Alongside BLM calls for action", "Despite Trump claims that …")
_NP_ONLY_PREPOSITIONS = _words("amid amidst despite alongside among amongst")
STOP_LEFT = _words(
    "that and but or nor because as when while if after before since although though where "
    "whereas so than until unless whether what how why whom whose is was were are be been "
    "being am do does did not to by with without into onto upon about against between through "
    "during including like unlike also then yet however meanwhile instead indeed later earlier "
    "once even only just still now here there has have had will would could should might may "
    "must can shall said says say told tells according asked there's it's") | \
    _NP_ONLY_PREPOSITIONS
PREPS_IN_NP = _words("of for at from in on with")
# words skipped between a speaker and its cue ("has also repeatedly said")
FILLERS = _words(
    "also has have had 's 'd 've 're 'm 'll will would could should might may must can cannot did "
    "does do not n't never then later first again once already recently previously "
    "repeatedly often frequently publicly privately reportedly initially immediately quickly "
    "simply flatly further long since ever just even only now still today yesterday tonight "
    "earlier last finally originally subsequently separately similarly essentially basically "
    "clearly openly loudly quietly angrily calmly bluntly famously reportedly explicitly "
    "is are was were been being be here there sometimes always almost together usually "
    "otherwise nevertheless nonetheless therefore thus")
WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")
_TIME_WORDS = WEEKDAYS | {"today", "yesterday", "tonight", "now", "later", "earlier"}
MONTHS = _words("january february march april may june july august september october november "
                "december jan feb mar apr jun jul aug sep sept oct nov dec")
NEGATORS = _words("not n't never cannot")
MODALS = _words("would could might may should")
# clause-initial words that cannot start a speaker phrase
LEADING_TRIM = _words("and but or so then yet also still now however meanwhile instead indeed "
                      "even just only finally first later earlier today yesterday here there "
                      "in on at after before during since for from by with of as when while "
                      "if although though because thus hence plus except unless whereas "
                      "something")
# participles / coordinators that make a cue take the subject of its clause
COORD = _words("and but then")
AUX_PASSIVE = _words("was were been being is are be")
LY_NOT_ADVERB = _words("rally family ally belly bully holy july italy daily reply supply apply "
                       "only early kelly billy sally molly emily lily")

# (a subject pronoun and its contracted auxiliary are two tokens: "he's saying", "they're")
_TOKEN = re.compile(r"(?i:\b(?:he|she|they|we|you|i|who)(?='(?:s|re|ve|d|ll|m)\b))"
                    r"|'(?:s|re|ve|d|ll|m)\b|[^\W_](?:[\w&'%-]|\.(?=\w))*\.?|[^\w\s]")
_WORD_START = re.compile(r"\s*([^\W_][\w'&.-]*)")

# quotation marks as they appear in the matching view (curly single quotes are apostrophes there)
OPEN_MARKS = "“\"«„‹"
CLOSE_MARKS = "”\"»“›"
# (and a quotation inside the quotation closing with it: '…what can we do to help?’”')
_QUESTION_CLOSE = frozenset({'?"', '?”', '!"', '!”', "?''", "!''", "?'”", "!'”", "?'\"",
                             "!'\""})
_PERIOD_CLOSE = frozenset({'."', '.”', ".''", ".'”", ".'\""})
_DEGREE_BEFORE = frozenset({"so", "too", "very", "more", "most", "less", "highly", "politically",
                            "racially", "emotionally", "sexually", "deeply", "extremely"})
_NEGATED = re.compile(r"\b(?:not|never|no)\b|n't\b", re.I)
# a doubled apostrophe, or a tripled one: the doubled mark with a single inner mark beside it
# (opening: the doubled mark first; closing: the inner mark first, "one of us,'''")
_DOUBLE_APOS = re.compile(r"(?<!')'''?(?!')")

# end of a content clause: what may follow a postposed cue
_RIGHT_END = re.compile(
    r"\s*(?:[.!?;…)\]]|$|,\s*(?:adding|saying|noting|arguing|explaining|insisting|"
    r"according|who|which|but|and|as|while|when|after|before|because|citing|referring|although|"
    r"though|even|in|at|on|during|with|without|pointing|calling|telling|asking|urging|"
    r"warning|describing|accusing|suggesting|claiming|declaring|stressing|acknowledging|"
    r"admitting|referencing|speaking|where|since|if|so|then|or|not|a|an|the|his|her|their|its|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|just|only|shortly|soon|hours?|days?|"
    r"weeks?|months?|years?|minutes|moments|late|early|last|this|earlier|later|now|also|too|"
    r"amid|despite|following|ahead|prior|from|for|by|to|of|over|under|outside|inside|near|"
    r"\d)\b)", re.I)
# after a noun phrase, "that" + a modal opens a relative clause on the noun ("bragging about the
# wall that will block them", "said in a statement that would be released later that …"),
# not the reported clause
_NOT_RELATIVE_AHEAD = (r"(?!\s+(?:(?:almost|also|just|only|never|still|already|once)\s+)?"
                       r"(?:will|would|can|could|should|may|might|must|does|do|did)\b)")
_TIME = (r"(?:(?:on|early|late|earlier|later|last|this|next)\s+)?(?:monday|tuesday|wednesday|"
         r"thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?"
         r"|(?:earlier|later)\s+(?:this|that|in\s+the)\s+(?:week|month|year|day|morning|evening)"
         r"|(?:last|this|next)\s+(?:week|month|year|night|weekend|spring|summer|fall|winter|quarter|"
         r"morning|afternoon|evening|time)"
         # "said last December that …"
         r"|(?:last|this|next|early|late|in\s+early|in\s+late)\s+(?:january|february|march|april|"
         r"june|july|august|september|october|november|december)"
         r"|(?:on|in|since|by)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
         r"(?:\s+\d{1,2})?(?:,?\s+\d{4})?"
         r"|in\s+(?:19|20)\d\d|(?:\d+|a|two|three|several|few)\s+(?:days|weeks|months|years)\s+ago"
         # "stated a day earlier, “…”", "said two days later"
         r"|(?:a|an|one|two|three|four|five|several|a\s+few|\d+)\s+(?:hours?|days?|weeks?|"
         r"months?|years?)\s+(?:earlier|later|before)"
         r"|(?:just\s+)?(?:yesterday|today|tonight)|just\s+last\s+(?:week|month|year|night|weekend)"
         r"|recently|afterward|afterwards|again|also|too|then|later|twice|"
         r"once\s+again|at\s+least\s+once|"
         r"earlier|once|repeatedly|previously|at\s+the\s+time|in\s+(?:part|response|turn|"
         r"reply|return|particular|an?\s+aside)|at\s+one\s+point|on\s+background|"
         r"on\s+condition\s+of\s+anonymity|on\s+the\s+condition\s+of\s+anonymity|"
         r"for\s+(?:his|her|their|its)\s+part|of\s+course|privately|publicly")
_ADVERB = r"(?!(?:" + "|".join(sorted(LY_NOT_ADVERB)) + r")\b)[a-z]+ly"
_PP = (r"(?:in|during|at|on|via|over|of|with|before|after|from|outside|inside|near|"
       r"through|about(?!\s+\d)|by|while|as|for|under|when|following|"
       r"to(?=\s+(?:the|a|an|his|her|their|its|reporters|supporters|me|him|them|us|"
       r"(?-i:[A-Z]))\b))\s+"
       # (not past a clause joined by "and": "asked for a photo and Clinton said, “…”")
       r"(?:(?!(?:and|but)\s+(?-i:[A-Z])[\w'’.-]*\s+(?-i:said|says|told|tells|asked|wrote|"
       r"[a-z]{2,}ed)\b)[^\W_][\w'&.-]*\s+){0,6}?[^\W_][\w'&.-]*"
       # (a title's period goes on: "of Ms. Merkel:")
       r"(?=\s*(?:[,;:!?\"“”]|(?<!\bMs)(?<!\bMr)(?<!\bMrs)(?<!\bDr)\.|that\b" +
       _NOT_RELATIVE_AHEAD + r"|$))")
# a time at the end of a mention: "a CNN/ORC poll in February", "a poll released Tuesday"
_TIME_TAIL = re.compile(r"\s+(?:(?:conducted|released|published|taken|issued)\s+)?(?:" + _TIME +
                        r")$", re.I)
# (a connective between commas: "Kaine now says, however, that …")
_SKIP_RIGHT = re.compile(r"\s*,?\s*(?:" + _TIME + r"|" + _ADVERB + r"|(?:however|though|"
                         r"moreover|nonetheless|nevertheless|instead|too|in\s+fact|of\s+course|"
                         r"in\s+turn|for\s+(?:his|her|their|its)\s+part)(?=\s*,)|"
                         # "said only that his “numbers don't add up”"
                         r"(?:only|also|again|just|even)(?=\s+that\s+(?:(?:he|she|they|it|we|i|you|there|the|a|"
                         r"an|his|her|their|its|our|this|these|no)\b|(?-i:[A-Z])|[\"“])))\b(?![-'])",
                         re.I)
_SKIP_PP = re.compile(r"\s*,?\s*" + _PP, re.I)
# a channel and whom it was with: "lamented in an interview with the Business Insider politics
# editor Oliver Darcy, “…”" (two phrases, longer than one _PP)
_CHANNEL_WITH = re.compile(
    r"\s*,?\s*(?:in|during|on)\s+(?:an?|the|his|her|their|its)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:interview|statement|speech|conversation|call|letter|e-?mail|appearance|briefing|"
    r"address|op-ed|column|post|message|video|podcast|town\s+hall|news\s+conference|"
    r"press\s+conference)s?\s+(?:with|to|on|for|at|before)\s+"
    r"(?:[^\W_][\w'&.-]*\s+){0,8}?[^\W_][\w'&.-]*"
    r"(?=\s*(?:[,;:]|(?<!\bMs)(?<!\bMr)(?<!\bMrs)(?<!\bDr)\.|that\b))", re.I)
# an aside between dashes after a cue: "said — on Twitter, as it happens — that …"
_DASH_ASIDE = re.compile(r"\s+[—–-]\s[^—–\n\"“”]{1,60}?\s[—–-](?=\s)")
# "that" opening a reported clause; not "that night" (a determiner) nor "that almost
# suggested" (a relative pronoun)
_NOT_THAT_CLAUSE = (r"(?!['’](?:s|ll|d)\b)"  # "that’s basically …": "that" is the subject
                    r"(?!\s+(?:night|day|morning|afternoon|evening|week|weekend|month|year|"
                    r"time|moment|point|spring|summer|fall|autumn|winter)\b)"
                    r"(?!\s+(?:(?:almost|also|just|only|never|still|already|once)\s+)?"
                    r"(?:(?-i:[a-z]{2,}ed)|was|were|is|are|has|have|had)\b)")
_THAT = re.compile(r"\s*,?\s*that\b" + _NOT_THAT_CLAUSE, re.I)
_WH = re.compile(r"\s*(?:whether|if|what|how|why|who|when|where|which)\b", re.I)
# (an infinitive may open a quotation: vowed to “take our fight”, promised to ''be …'')
_TO = re.compile(r"\s*(?:(?:not|never)\s+)?to\s+"
                 r"(?!(?:the|a|an|his|her|their|its|reporters|me|him|them|us|another|"
                 r"supporters|voters|journalists)\b)"
                 r"(?:[“\"‘]|'')?(?-i:[a-z])", re.I)
_BY = re.compile(r"\s*by\s+", re.I)
_COLON = re.compile(r"\s*:")
_OPEN_AFTER = re.compile(r"\s*[,:]?\s*(?:[“\"«„‹]|'')")
# addressee after tell / ask / urge: a pronoun, a capitalised name, or a short common noun phrase
_OBJECT = re.compile(
    r"\s*(?:(?:her|his|their|our|my)\s+(?-i:[a-z])+(?=\s+that\b)"
    r"|(?:her|his|their|our|my)\s+(?:supporters|voters|donors|aides|allies|staff|"
    r"followers|fans|friends|colleagues|audience|listeners|viewers|readers|advisers|"
    r"team|members|constituents|base|critics|rivals|opponents)\b"
    r"|(?:him|her|them|me|us|you|reporters|supporters|voters|donors|aides|allies|"
    r"lawmakers|delegates|students|listeners|viewers|readers|journalists|members|attendees|"
    r"senators|officials|colleagues|friends|followers|fans|residents|workers|people|"
    r"everyone|anyone|interviewers)\b"
    # ("told police she was …", not "told police officials that …")
    r"|(?:police|investigators|authorities|prosecutors|detectives|officers|agents|jurors)\b"
    r"(?!\s+(?-i:[a-z])+\s+that\b)"
    r"|(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w&.'-]*\s+(?:of\s+|the\s+|and\s+)?){0,5}[A-Z][\w&.'-]*"
    r"(?:'s\s+[A-Z\w][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})?"
    # ("told NTV television he saw …": the outlet named, then what it is)
    r"(?:\s+(?:newspaper|broadcaster|news\s+agency|daily|website|magazine)\b"
    r"|\s+(?:television|radio|channel|network)\b(?:\s+(?:channel|station|network)\b)?"
    # (a broadcaster's name after it: "radio Europe 1", "television channel BFM TV")
    r"(?:\s+(?-i:[A-Z])[\w&.'-]*(?:\s+(?-i:[A-Z0-9])[\w&.'-]*){0,2})?)?"
    r"|(?:the|a|an|his|her|their|its|a\s+\w+|the\s+\w+)\s+(?:[\w-]+\s+){0,2}?(?:crowd|audience|"
    r"reporter|reporters|room|group|gathering|rally|panel|committee|jury|judge|court|"
    r"interviewer|host|moderator|newspaper|paper|station|network|magazine|outlet|board|"
    r"senate|house|nation|country|public|press|media|caucus|conference|congregation|"
    r"students|supporters|voters|donors|delegates|members|leaders|editors|staff|team|"
    r"lawmakers|officials|world|president|governor|senator|mayor|agency|daily|times|post|"
    r"journal|show|program|podcast|voter|supporter|donor|student|resident|"
    r"neighbor|neighbour|friend|colleague|visitor|caller|customer|passerby|passer-by)\b)"
    r"(?:\s+and\s+others\b)?", re.U)  # ("told Randolph and others that …")
# a dateline or a tag before the first sentence: "WASHINGTON (AP) — ", "ORLANDO, Fla. -- ",
# "Updated: "
_DATELINE = re.compile(
    r"\s*(?:(?-i:[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,3})(?:,\s*[A-Z][\w.]*(?:\s+[\w.]+)?)?"
    r"\s*(?:\((?:AP|Reuters|AFP|UPI|CNN|The\s+Borowitz\s+Report)\)\s*)?"
    r"(?:—|–|--|(?<=\s)-|-(?=\s))\s*|"  # (a hyphen inside a name is no dateline: BFM-TV)
    r"(?:Updated|Update|UPDATE|UPDATED|EXCLUSIVE|Exclusive|BREAKING|Breaking)\s*:\s*|"
    # a place written in full, then its agency in parentheses: "Washington (CNN) President …"
    r"(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s*\((?:AP|Reuters|AFP|UPI|CNN)\)\s*(?:[—–-]\s*)?)")
# the words a web page puts before a caption or a video, left in scraped text
_PAGE_FURNITURE = re.compile(
    r"\s*(?:(?:Hide|Show) Caption(?:\s+\d+\s+of\s+\d+)?|JUST WATCHED|MUST WATCH|"
    r"Story highlights|Photos?:|Video:|Related:)(?:\s*Photos?:)?\s*")
# an auxiliary right after a noun phrase: the noun phrase is a subject
_AUX_AFTER = re.compile(r"\s+(?:would|will|could|can|should|might|may|must|is|was|are|were|"
                        r"has|had|have|did|does|do|cannot|won't|wouldn't|isn't|wasn't)\b")
_CHANNEL = re.compile(
    r"\b(?:(?P<phone>(?:phone|telephone)\s+(?:interview|call|conversation))"
    r"|(?P<presscon>(?:press|news)\s+conference|press\s+briefing|conference\s+call)"
    r"|(?P<release>press\s+release|news\s+release)"
    r"|(?P<interview>interview)|(?P<statement>statement)"
    r"|(?P<twitter>twitter|tweet(?:s|ed|ing)?)|(?P<facebook>facebook)|(?P<instagram>instagram)"
    r"|(?P<email>e-?mail(?:ed|s)?)|(?P<letter>letter)|(?P<oped>op-ed)|(?P<speech>speech)"
    r"|(?P<rally>rally)|(?P<debate>debate)|(?P<hearing>hearing)|(?P<radio>radio)"
    r"|(?P<tv>television|tv)|(?P<video>video)|(?P<blog>blog\s+post|blog)"
    r"|(?P<townhall>town\s+hall))\b", re.I)
_CHANNEL_QUICK = re.compile("interview|statement|twitter|tweet|facebook|instagram|mail|letter|"
                            "op-ed|speech|rally|debate|hearing|radio|tv|television|video|blog|"
                            "town hall|conference|release|briefing|call|conversation")
_CHANNEL_NAMES = {"phone": "phone interview", "presscon": "press conference",
                  "release": "press release", "interview": "interview", "statement": "statement",
                  "twitter": "Twitter", "facebook": "Facebook", "instagram": "Instagram",
                  "email": "email", "letter": "letter", "oped": "op-ed", "speech": "speech",
                  "rally": "rally", "debate": "debate", "hearing": "hearing", "radio": "radio",
                  "tv": "television", "video": "video", "blog": "blog post",
                  "townhall": "town hall"}
_INTERMEDIARY = re.compile(
    r"\b(?:interview(?:ed)?\s+(?:with|by)|told|telling|tells|tell|speaking\s+(?:to|with)|"
    r"spoke\s+(?:to|with)|appearance\s+on|appearing\s+on|(?:said|says|saying)\s+on|"
    r"(?:wrote|writes|writing)\s+(?:in|for))\s+(?P<name>(?:the\s+)?(?:[A-Z][\w&.'-]*\s*){1,5})")
# an intermediary is a medium: a known outlet, a name built like one, or an acronym (WMUR)
_MEDIA_NAME = re.compile(
    r"\b(?:News|Times|Post|Journal|Radio|TV|Magazine|Press|Herald|Tribune|Network|Edition|"
    r"Daily|Gazette|Hill|Wire|Review|Reporter|Observer|Guardian|Telegraph|Mail|Express|"
    r"Channel|Today|Politico|POLITICO|Breitbart|Axios|Vox|Slate|Salon|Bloomberg|Reuters|Fox|"
    r"HuffPost|Huffington|Atlantic|Newsweek|Forbes|Yahoo|BuzzFeed|Mediaite|Sun|Star|Globe|"
    r"Register|Inquirer|Chronicle|Examiner|Bee|Dispatch|Sentinel|Courier|Report|Insider|"
    r"Beast|Podcast|Show|Hour|Minutes|Nation|Week|Stone|Vogue|Univision|Telemundo|Newsmax|"
    r"Download|Yorker|Blaze|Informer|Universal|Meet the Press|Face the Nation)\b")
_NOT_MEDIA_ACRONYMS = frozenset({"FBI", "CIA", "NSA", "DOJ", "DHS", "EPA", "IRS", "NATO", "UN",
                                 "EU", "US", "USA", "GOP", "DNC", "RNC", "NRA", "ISIS", "TSA",
                                 "FEC", "SEC", "UK", "II", "III", "JR", "SR"})
_POSSESSIVE_S = re.compile(r"['’]s\b")
_PLATFORMS = frozenset({"twitter", "facebook", "instagram", "youtube", "tiktok", "telegram",
                        "x", "truth social", "reddit", "snapchat", "linkedin", "medium"})
_NAME_RUN = re.compile(
    r"(?<![\w.'-])(?:[A-Z][\w'-]*\.?|[A-Z]\.)(?:\s+(?:(?:de|van|von|der|da|del|la|le|al|bin|"
    r"di|du|st\.)\s+)?(?:[A-Z][\w'-]*\.?|[A-Z]\.))+")
# an apposition after an inverted speaker: ", deputy campaign manager for …" to the end
_APPOSITION = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:,\s*(?=\S)(?!(?:who|which|according|adding|saying|noting|as|and|but|"
    r"when|while|after|before|in|at|on|during|with|because|citing|although|though|even|"
    r"where|whose|whom|then|so|adding|but)\b)"
    r"(?![a-z]+ing\b)(?:[^;:\"“”]|[“\"][A-Z][^;\"“”]{0,60}[”\"]){2,200}?)?(?=[\s.!?;)”\"']*$)")
# the first word of a clause reported without "that": a subject
_CLAUSE_START = re.compile(
    r"\s*(?:[“\"«]|''|(?:he|she|they|it|we|i|you|there|this|these|those|the|a|an|his|her|"
    r"their|its|our|my|your|no|all|some|many|most|both|any|every|each|one|two|three|more|"
    r"nobody|none|nothing|everyone|everybody|someone|anyone|people|americans|voters)\b|"
    r"(?:despite|after|before|if|when|while|because|since|although|though|as|in|on|at|for|"
    r"with|without|unless|once|until|given|under|by|during|over|instead)\b[^,.;:!?]{1,80},|"
    r"(?-i:[A-Z0-9$]))", re.I)
_QUANTITY_START = re.compile(
    r"\s*(?:(?:almost|about|around|some|nearly|roughly|more\s+than|less\s+than|fewer\s+than|"
    r"over|up\s+to|another|at\s+least)\s+)?(?:[$€£]?\d|(?:two|three|four|five|six|seven|eight|"
    r"nine|ten|twelve|twenty|thirty|fifty|dozens|hundreds|thousands|millions)\s)", re.I)
_CLAUSE_COMMA = re.compile(r"(?<!\d),|,(?!\d{3}\b)")
# a subordinate or prepositional phrase that opens a clause, up to its comma
_OPENING_PHRASE = re.compile(
    r"\s*(?:despite|although|though|because|if|unless|whether|even\s+if|even\s+though|"
    r"regardless\s+of|win\s+or\s+lose)\b[^,.;:!?]{1,80},", re.I)
# the second half of an interrupted quotation follows a comma: '…," he said, "…'
_SECOND_HALF = re.compile(r"\s*[,:;]\s*(?:[“\"«„‹]|'')")
# a relative pronoun right before the speaker (not "in which", "of what")
# the verb before "that" makes it open a complement clause, not a relative one
_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")
_KNOWING_VERBS = _words("know knows knew known remember remembers remembered believe believes "
                        "believed think thinks thought realize realizes realized understand "
                        "understands understood mean means meant show shows showed shown find "
                        "finds found forget forgets forgot learn learns learned notice noticed "
                        "hope hopes hoped fear fears feared conclude concluded concludes")
_GAP_BEFORE = re.compile(
    r"(?<!\bin )(?<!\bof )(?<!\bby )(?<!\bfor )(?<!\bto )(?<!\bat )(?<!\bon )"
    r"\b(that|which|what|whom|whatever)\s+$", re.I)
# a relative clause after an inverted speaker: '…," said one source who identified Sullivan'
_RELATIVE_AFTER = re.compile(r"\s*,?\s+(?:who|whose|whom)[\s,]")
# the rest of a name up to the sentence's end ("said Christophe DeLoire of Reporters Without
# Borders.": the noun phrase stops at "Without")
# (a place may close it, "… Analysis in Moscow", but not open it: "Jonathan Head in Bangkok")
_CAPITALS_TO_END = re.compile(r"(?:\s+(?:(?-i:[A-Z])[\w.'’&-]*|(?:and|of|for|the|de)"
                              r"(?=\s+(?-i:[A-Z]))))"
                              r"(?:\s+(?:(?-i:[A-Z])[\w.'’&-]*|(?:and|of|for|in|at|the|de)"
                              r"(?=\s+(?-i:[A-Z])))){0,8}(?=[\s.!?]*$)")
_KNOWN_AS = re.compile(r"\s*,\s*(?:(?:also|better|widely)\s+)?known\s+as\b", re.I)
# a place before the comma of "a gynecologist from Englewood, New Jersey": the state follows
_PLACE_THEN_STATE = re.compile(r"\b(?:from|in|near|at)\s+(?-i:[A-Z])[\w.'-]*(?:\s+(?-i:[A-Z])"
                               r"[\w.'-]*)*\s*$", re.I)
# a noun phrase and its relative clause in apposition: "the official, who asked not to be named"
_RELATIVE_APPOSITION = re.compile(r"((?:the|a|an|two|three|several|one)\s+[\w\s'’-]{1,60}?)"
                                  r",\s+((?:who|which|whose)\b.*)", re.I)
# how an apposition after a name opens: "a DNA expert", "who …", "R-Texas", "Democrat of
# Illinois", "Texas Republican"
_APPOSITION_HEAD = re.compile(
    r"(?i:a|an|the|his|her|its|their|our|who|whose|which|one)\s|[RDI]-[A-Z]|"
    r"(?:[A-Z][a-z]+\s+)?(?:Democrat|Republican|Independent)\b")
# what opens an apposition after a subject: "X, a Republican who …,", "X, Corey Lewandowski,"
_APPOSITION_OPENER = re.compile(
    r"\s*(?:(?:a|an|the|who|whose|one|along\s+with|together\s+with|as\s+well\s+as)\s|[A-Z])")
# the first word after an aside, and the next one when it is an auxiliary's verb
_ASIDE_VERB = re.compile(r"\s*(?:(?:also|still|now|already|only|even|probably|likely|never|"
                         r"not)\s+)?([a-z]+(?:n't)?)\b")
# a lead that introduces the clause rather than being reported: "In 2012, X said …"
_INTRO_START = (
    r"\s*(?:(?:and|but|so|yet|still|now|also|however|meanwhile|instead|indeed)\s*,?\s+)?"
    r"(?:in|on|at|after|before|during|when|while|if|as|although|though|because|since|for|"
    r"with|without|despite|like|unlike|until|once|by|from|under|over|amid|following|"
    r"according|asked|speaking|pressed|responding|writing|addressing|appearing|"
    r"earlier|later|last|this|that|then|still|yet|meanwhile|however|instead|now|today|"
    r"yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"separately|similarly|moreover|furthermore|indeed|also|")
_INTRO = re.compile(_INTRO_START + r"but|and|so|here|there)\b", re.I)
# the same, but a conjunction must introduce something ("And Trump, she said, doesn't …" is
# an incise in a clause, "And in 2012, she said …" a lead)
_INTRO_NOT_CONJ = re.compile(_INTRO_START + r"here|there)\b", re.I)
_NP_START = re.compile(
    r"\s*(?:[“\"«]|''|(?:him|her|them|it|himself|herself|themselves|itself|this|that|these|what|"
    r"those|the|a|an|his|her|their|its|our|my|your|all|some|many|both|any|every|each|one|"
    r"two|three)\b|(?-i:[A-Z0-9$]))", re.I)
# an object and its characterisation in marks: "Obama as an “elitist hypocrite”"
_AS_QUOTED = re.compile(r"\s*(?:[\w'’.-]+\s+){1,6}?as\s+(?:(?:an?|the)\s+)?(?:[“\"]|'')",
                        re.I)
# the object of a naming cue, then its name in marks: "calling Christie “New Jersey's Biggest
# Loser,”", "called Donald J. Trump's remarks about a Latino judge ''racist,''"
_NAMED_QUOTED = re.compile(r"\s*(?:[\w'’.-]+\s+){1,8}?(?:[“\"]|'')")
_NAMING_CUES = frozenset({"call", "label", "brand", "dub"})
# an object pronoun and a comma after a cue: "chiding him, “…”"
_PRONOUN_THEN_COMMA = re.compile(r"\s*(?:him|her|them|us|me)\s*,")
# cues whose noun phrase states the claim itself: "denied any involvement" (not "claim": "claimed
# the nomination on Tuesday")
_CLAIM_NP_CUES = frozenset({"deny"})
# a noun whose "that" clause is someone else's idea: "pushed back against the notion that …"
# a relative pronoun right before a cue (and its adverbs): "Clinton, who called …"
_RELATIVE_BEFORE_CUE = re.compile(r"\b(?:who|which)\s+(?:(?:[a-z]+ly|also|then|has|have|had|"
                                  r"would|will|could|did|does|do)\s+){0,3}[a-z]+\s*$")
_IDEA_NOUNS = frozenset({"notion", "idea", "claim", "claims", "argument", "assertion",
                         "suggestion", "belief", "view", "premise", "theory", "assumption",
                         "accusation", "allegation", "allegations", "charge", "charges"})
# a clause of contrast with its own subject: ", while Mike Huckabee …", ", whereas the …"
# a clause of its own after a comma: ", while Mike Huckabee, the former Arkansas governor,
# proposed", ", as Republicans continue to warn that" (after "as", "when", "because",
# "although", "though" only when no comma follows: not ", as the president's spokesman, …")
_WHILE_CLAUSE = re.compile(r",\s+(?:(?P<while>while|whereas)|(?:even\s+|just\s+)?"
                           r"(?:as|when|because|although|though))\s+"
                           r"(?=[A-Z]|(?:the|his|her|their)\s)")
_INFINITIVE = re.compile(r"\bto\s+((?-i:[a-z])[a-z]+)\b")
_COMMA_BEFORE = re.compile(r",\s*$")  # (a comma right before a cue)
# the lowercase particles of a name: "Bill de Blasio", "Ludwig van Beethoven"
_NAME_PARTICLES = "de|van|von|da|di|del|der|bin|al"
# what stands before "to" but is no object of the cue: a prepositional phrase ("asked for help
# from the Federation in order to"), a plea ("pleaded guilty to")
_NO_OBJECT_LEAD = re.compile(r"\s*(?:of|with|from|to|on|in|for|about|over|at|by|into|against|"
                             r"during|guilty|not\s+guilty|innocent)\b|.*\bin\s+order\b", re.I)
# "to" or "not to", after at most a lowercase particle of a name ("de Blasio to")
_TO_AHEAD = re.compile(r"\s*(?:(?:" + _NAME_PARTICLES + r")\s+[A-Z][\w'’.-]*\s+)?((?:not\s+)?to\s)")
# the object of "urged"/"asked" before its infinitive: a pronoun or a name
_OBJECT_BEFORE_TO = re.compile(
    r"\s+(?:him|her|them|us|me|you|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|January|February|March|April|June|July|August|September|October|November|"
    r"December|Today|Yesterday)\b)(?-i:[A-Z])[\w'’.-]*"
    r"(?:\s+(?:(?:and|" + _NAME_PARTICLES + r")\s+)?(?-i:[A-Z])[\w'’.-]*){0,4})\s*")
_ADVERB_END = re.compile(r"(?:\s+(?-i:[a-z]{2,}ly))+$")
# a clause joined by ", and", its subject, then its finite verb
_AND_CLAUSE = re.compile(r",\s+(?:and|but)\s+(?=(?-i:[A-Z])|(?:the|his|her|their|its)\s)")
# a noun phrase that states a claim: "accused him of lying", "described it as a disaster"
# "accused Victoria Toensing, attorney for one of the Benghazi whistleblowers, of …"
# (someone between the cue and "of": not "accused either of hacking", a passive)
_ACCUSED_OF = re.compile(r"\s*(?!(?:either|both|neither|of)\s)(?:[\w'’.,-]+\s+){1,12}?of\s")
_NP_CLAIM = re.compile(r"\s*(?:[\w'.-]+\s+){0,6}?(?:of|as)\s")
_CALL_NAME = re.compile(r"\s*(?:him|her|them|it|this|that|himself|herself|(?:the\s+)?"
                        r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*|"
                        # ("called his vote an irresponsible one")
                        r"(?:his|her|their|its|the|this|that)\s+(?-i:[a-z][\w'-]*))"
                        r"\s+(?:a|an|the)\s")
_CALL_NOT = re.compile(r"\s*(?:on|for|in|at|back|up|out|off|upon|into|to|it\s+(?:off|quits)|"
                       r"(?:him|her|them|me|us)\s+(?:on|at|back|to|from|in|up|over))\b", re.I)
# ("to" + a verb: not "its sale to Royal Dutch Shell", "to the committee")
_TO_OR_IF = re.compile(r"\b(?:to(?=\s+(?:(?:[“\"]|'')\w|(?!(?:the|a|an|his|her|their|its|our|my|"
                       r"your|this|that|these|those|him|them|me|us)\b)(?-i:[a-z])))|whether|if|"
                       r"about|for|what|"
                       r"why|how|when|where|who)\b", re.I)
_WH_AFTER_OBJECT = re.compile(r"\b(?:whether|if|about|what|why|how|when|where|who)\b", re.I)
# a phrase after a cue, then a colon and a quotation
# ", as " after a quotation's closing mark, up to the cue's subject: '“…,” as Trump put it'
_AS_AFTER_QUOTATION = re.compile(r"(?<=[”\"'])\s*,?\s*as\s+[^,.;:!?“”\"]{1,80}$", re.I)
# "As NAME, APPOSITION, [has] CUE": the speaker of an as-clause with its apposition
_AS_NAME_APPOSITION = re.compile(
    r"\s*(?:(?:but|and|so|yet)\s+)?[Aa]s\s+(?P<np>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*,"
    r"\s+[^,;:!?“”\"]{2,80}?),\s*(?:(?:has|have|had|once|later|also|recently)\s+)*")
# what may come right before the subordinator of a clause that closes at its comma: the
# sentence start, a comma, a connective or a degree adverb ("In June 2001, after …", "and
# while he said …", "Not long after …"), not a word of the main clause ("drew Trump's ire
# after he told …")
_CLAUSE_OPENS_BEFORE = re.compile(r"(?:[.,;:(—–―\"“]|\b(?:and|but|so|yet|or|long|shortly|soon|"
                                  r"just|right|even|only|not|well|ever|years|months|weeks|days|"
                                  r"hours|decades|minutes|moments|year|month|week|day|"
                                  r"immediately|hence)\b)\s*$", re.I)
# a demonstrative that announces the quotation: "tweeted this:", "said the following:"
_THIS_COLON = re.compile(r"\s*(?:this|these\s+words|the\s+following)\s*(?P<colon>:)\s*"
                         r"(?:[“\"]|'')", re.I)
_COLON_QUOTE_AHEAD = re.compile(r"[^.!?;:\"“”\n]{1,120}?(?P<colon>:)\s*(?:[“\"]|'')")
# a noun phrase object after a verb (not a time: "said the day before")
_OBJECT_NP = re.compile(r"\s*(?:the|a|an|his|her|their|its|our)\s+(?!(?:day|days|week|weeks|month|"
                        r"months|year|years|night|morning|evening|afternoon|weekend|time|"
                        r"next|following|other|same)\b)[a-z]", re.I)
_PREPOSITION_BEFORE_WH = re.compile(r"\b(?:in|at|on|from|of|than|into|with|by|during|about|for|"
                                    r"over|to|after|before)\s+(?:what|why|how|when|where|who)$",
                                    re.I)
_COORD_BEFORE = re.compile(r"(?:,(?P<mark>[”\"])?\s*(?:and\s+|but\s+)?"
                           r"(?:also\s+|then\s+|later\s+)?|"
                           r"\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?|"
                           # (an -ing cue only: "insisted it was “premature” … while adding")
                           r",?\s+(?:while|before)\s+)$")
# ", and on April 6, 2007, " / ", and later that day, " right before a cue
_AND_ADJUNCT_BEFORE = re.compile(
    r",?[”\"]?\s*(?P<conj>and|but)\s+(?:on|in|at|during|last|earlier|later|then|again|after|"
    r"before)"
    r"\b[^;.“”\"]{0,30},\s*$", re.IGNORECASE)
# where reported content stops: "…, but …", "… and would not …" (a verb phrase of the speaker)
_NEW_CLAUSE_BEFORE = re.compile(
    r"(?:,(?P<mark>[”\"])?\s*(?:and|but|while|whereas|after|before|since|until|although|though|"
    r"even\s+as|even\s+though)|;|\s(?:and|but)(?=\s+(?:he|she|they|we)\s)|"
    r"\s(?:while|whereas))\s+(?:[A-Z][\w.'-]*|the|a|an|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|\d+|some|many|most|other|others|he|she|they|we|it|"
    r"another|several|almost|about|nearly|more|fewer|less|half|all|both|few|"
    r"(?:one|two|three|four)-(?:half|halves|thirds?|quarters?|fifths?)|"
    r"(?-i:[a-z]{3,}(?<!s)s\b))"  # (a bare plural: "…, but officials said those talks …")
    r"(?:\s+[\w.'%-]+){0,6}?(?:,[^,;“”\"]{1,60},)?\s*$")
# a preposition after a cue's -s form that makes it a plural noun: "demands for", "claims of"
_PLURAL_NOUN_NEXT = re.compile(r"\s+(?:for|of|from|over|about|against)\b")
# an object that says what was said: "he will say nothing", "said little"
_OBJECT_NOTHING = re.compile(r"\s+(?:nothing|anything|little|something|not\s+a\s+word|"
                             r"no\s+more)\b", re.I)
# "as" that opens a clause: at the sentence's start, after a comma, "even as", "comes as"
_AS_CONJUNCTION = re.compile(r"(?:^|[,;:(—–]|\s-|\b(?:even|just|only|came|comes|come|coming))"
                             r"\s*as\s+$", re.I)
# the question after "asked by X": its wh-word, "about", "if" or "to"
_QUESTION_WORD = r"(?:whether|if|about|what|why|how|when|where|who|which|to)\b"
_QUESTION_START = re.compile(r"(?:\s*,?\s*(?:" + _TIME + r"))?\s*,?\s*(" + _QUESTION_WORD + r")",
                             re.I)
# a common noun phrase as the one who asks, right before the question
_COMMON_AGENT = re.compile(r"((?:(?:the|a|an|one|two|several|some)\s+)?(?:[a-z][\w'-]*\s+){0,3}?"
                           r"[a-z][\w'-]*)(?=\s*,?\s*" + _QUESTION_WORD + r")")
# "was asked by": the subject before it is the one asked
_AUX_BEFORE_ASKED = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:(?-i:[a-z]+ly)\s+)?$",
                               re.I)
# a sentence that opens with the asking: "Asked by …", "When asked by …"
_ASKED_LEAD = re.compile(r"\W*(?:(?:when|after|once|while|if)\s+)?(?:being\s+)?$", re.I)
# "and" and a participle with its own complement, after a cue in -ing
_AND_PARTICIPLE = re.compile(r",?\s+and\s+(?-i:[a-z]{3,}ing)\s+(?:how|what|why|whether|that|if|the|"
                             r"his|her|their|its|about)\b")
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being|am|'s|'re)\s+(?:[a-z]+ly\s+)?"
                          r"(?-i:[a-z]{3,}ing)\b", re.I)
# a modal whose bare verbs may be coordinated: "he'd sit Putin down and tell him …"
_MODAL = re.compile(r"(?:\b(?:would|will|could|can|should|might|may|must)\b|\w['’]d\b)", re.I)
# a comma, then a count as the next cue's subject: ", 39 have said …"
_COUNT_SUBJECT_BEFORE = re.compile(r",\s+(?!(?:19|20)\d\d\b)\d+(?:,\d{3})*"
                                   r"(?:\s+(?:of\s+them|others|more))?"
                                   r"(?:\s+(?:have|had|also|publicly|already|now))*\s+$")
# "and" (no comma), then a subject and the next cue: "… and others have said", "… and Smith said"
# (a group or a share, never a name or "the": "Congress and President Obama agreed", "Tapper,
# Bash and Blitzer had mentioned" are one subject)
_AND_SUBJECT_BEFORE = re.compile(
    r"\s(?:and|but)\s+(?:others|other\s+\w+|some(?:\s+\w+)?|many(?:\s+\w+)?|most(?:\s+\w+)?|"
    r"several\s+\w+|another\s+\w+|one\s+in\s+\w+|\d+\s+percent|half)"
    r"(?:\s+(?:of\s+)?[\w.'-]+){0,2}?\s+(?:(?:have|has|had|also|later|then)\s+)?$")
# "and" and a name that is the subject of the next cue, after a content that opens with a
# preposition (and so holds no subject the name could join): "asked for a photo and Clinton
# said, “…”"; the word before "and" must not be a name (names joined: "after Nebraska and
# Oklahoma asked"), which content_end checks
_PREPOSITION_CONTENT = re.compile(r"\s*(?:for|about|on|of|with)\s", re.I)
_AND_NAME_BEFORE = re.compile(
    r"\s(?:and|but)\s+(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2}"
    r"\s+(?:(?:also|later|then)\s+)?$")
# verbs after "and" that continue the speaker, not the reported clause ("said A and declined to
# elaborate", "… and added that …")
_SPEAKER_VP = (
    "also", "then", "later", "never", "declined", "refused", "urged", "called", "accused",
    "pointed", "went", "stressed", "vowed", "promised", "pledged", "warned", "predicted",
    "insisted", "argued", "added", "noted", "suggested", "acknowledged", "admitted", "conceded",
    "denied", "repeated", "reiterated", "criticized", "blasted", "slammed", "asked", "told",
    "wrote", "tweeted", "praised", "thanked", "dismissed", "rejected", "described", "returned",
    "mentioned", "explained", "recalled", "announced", "complained",
    # acts of speech that rarely continue a reported clause
    "questioned", "highlighted", "pushed", "reminded", "congratulated", "echoed", "touted",
    "defended", "cited", "challenged", "joked", "apologized", "lamented", "emphasized",
    "underscored", "voiced", "expressed", "cautioned", "encouraged", "invited", "welcomed")
_SPEAKER_VP_SET = frozenset(_SPEAKER_VP)
# "but" ends the reported content when a clause with a subject of its own follows ("…, but Mr.
# Obama was furious") or the speaker's own act ("but declined to …", "but would not say", "but
# did not suggest"); "but did not succeed", "but is now …", "not just a failure, but a
# catastrophe", "not only … but also" go on
_BUT_NEW_SUBJECT = (r"(?-i:[A-Z])|(?:the|this|these|those|his|her|their|its|our|my|your|some|many|"
                    r"most|other|others|one|two|three|four|five|several|each|every|both|neither|"
                    r"\d|i|we|you|he|she|they|it|there|for|in|as|when|if|after|before|since|while|"
                    r"on|at|with|by|under|among|"
                    # "but did not suggest it would be Trump": the speaker's own (non-)act
                    r"(?:did|does|do|would|will|could)(?:\s+not|n['’]t)\s+(?:say|specify|"
                    r"elaborate|suggest|mention|explain|name|answer|respond|comment|address|"
                    r"provide|offer|give|detail|discuss|indicate|identify|disclose|reveal|"
                    r"directly|immediately|publicly|explicitly)|" +
                    "|".join(v for v in _SPEAKER_VP if v.endswith("ed")) + r")\b")
# the heads of the outlet's comment in apposition to a content (group "comment" of
# _CONTENT_CUT): these end any content, the others only a content with a verb of its own
_COMMENT_HEADS = ("recommendation", "claim", "move", "decision", "position", "view", "charge",
                  "statement", "remark", "sign", "reference")
_COMMENT_HEADS_AFTER_CLAUSE = ("swipe", "jab", "dig", "nod", "allusion", "rebuke", "message",
                               "signal", "indication", "departure", "reversal", "shift",
                               "acknowledgm?ent", "admission", "accusation", "assertion",
                               "proposal", "pledge", "promise", "refrain", "theme", "echo")
_CONTENT_CUT = re.compile(
    r"(?<!\ball)(?<!\banything),?\s+but\s+(?=" + _BUT_NEW_SUBJECT + r")"
    r"|;\s|,\s+however\s+(?![\w'-]+,)(?=[\w'-]+\s)"
    r"|\s[—–-]{1,2}\s+(?=and\b|but\b|while\b|whereas\b|although\b|though\b|even\s+as\b)"
    r"|\s[—–-]{1,2}\s+something\b"  # ("… were racist — something Obama indicated")
    # ("he could make no distinction … - noting that, contrary to …": the next report)
    r"|\s[—–-]{1,2}\s+(?=(?:noting|adding|saying|arguing|insisting|explaining|stressing|"
    r"acknowledging|warning|claiming|suggesting)\s)"
    r"|,\s+(?:compared|coupled|combined)\s+(?:with|to)\b"
    # a comparison the outlet adds: "… made up compared to nearly four in 10 …"; a new report
    # in an absolute construction: "… as liberals with about three in 10 saying …"
    r"|\s+compared\s+(?:to|with)\s+(?=(?:nearly|about|almost|just|only|roughly|\d|one|two|three|"
    r"four|five|six|seven|eight|nine|ten)\b)"
    r"|(?P<absolute>\s+(?=with\s+(?:[\w-]+\s+){1,5}?(?:saying|adding|arguing|claiming|"
    r"insisting)\b))"
    # others who did the same: ", as have other prominent Democrats including …"
    r"|,\s+as\s+(?:has|have|had|did|does|do)\s+(?!to\b)"
    # the outlet's comment on the content, in apposition to it: ", a swipe at the recent
    # disturbances", " — a clear message about …", ", an apparent reference to …"
    r"|(?P<comment>(?:,|\s[—–-])\s+an?\s+)(?:(?-i:[a-z][\w-]*)\s+){0,2}?(?:"
    + "|".join(_COMMENT_HEADS + _COMMENT_HEADS_AFTER_CLAUSE) + r")\b"
    r"|,(?P<mark>[”\"])?\s+(?:which|while|whereas|although|though|even\s+though|even\s+as|"
    r"for\s+instance|for\s+example|(?!according\b|including\b|during\b|nothing\b|"
    r"something\b|anything\b|everything\b|bring\b|thing\b|king\b|spring\b)"
    r"[a-z]{3,}ing)\b"
    r"|\s+and\s+(?=[a-z]{3,}ed\s)(?!elected\s+(?:officials|leaders|representatives)\b)"
    r"|\s+on\s+(?:the\s+)?condition\s+(?:of|that)\s"
    r"|,\s+and\s+(?=(?:would|could|will|can|should|has|have|had|did|does|is|was|were|are)\b)"
    r"|,?\s+and\s+(?=(?:" + "|".join(_SPEAKER_VP) + r")\b)"
    # a new clause with its own pronoun subject after a noun-phrase content ("calling him a
    # “nice guy” and he didn't provide any descriptions …"); kept after a clause
    r"|(?P<andpron>\s+and\s+(?=(?:he|she|they|we)\s+(?-i:[a-z])+(?:n't|ed|s)?\b))", re.I)
# a concession of a few words between commas, inside a noun phrase: ", though culturally
# conservative,", ", although brief,"
_CONCESSIVE_ASIDE = re.compile(r",\s+(?:al)?though\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,")
# the cuts of _CONTENT_CUT that may open an aside between a subject and its verb
_SUBJECT_ASIDE = re.compile(r",\s+(?:while|whereas|although|though|even\s+though|even\s+if|"
                            r"compared|coupled|combined)\b", re.I)
_AUX_WORD = re.compile(r"\b(?:could|would|will|can|may|might|must|should|shall|is|are|was|were|"
                       r"has|have|had|do|does|did)\b")
# a word in -ed before a bare noun: an adjective ("unsettled weather"), not a verb and its
# object ("armed his campaign", "celebrated the ruling")
_ADJECTIVE_ED = re.compile(r"[a-z]{3,}ed\s+(?!(?:the|a|an|his|her|their|its|our|my|your|him|"
                           r"them|it|me|us|to|that|this|these|those|on|in|at|for|with|by|from|"
                           r"as|up|down|out|off|back|over|into|against|about|through|after|"
                           r"before|without|under|upon|across|toward|towards|around|behind|"
                           r"beyond|during|since|until|not|never|what|how|why|whether|if)\b)"
                           r"[a-z]+\b")
# a reported clause with a subject pronoun of its own goes on over "and" + a past verb that is
# not one of the speaker's own acts: "said he has been impressed by Ayotte and liked the way
# she responded", "said he was tired and wanted to go home"
_PRONOUN_SUBJECT = re.compile(r"\s*(?:that\s+)?(?:he|she|they|we|i|it)\b(?!['’]s\b)", re.I)
_WORD_AFTER = re.compile(r"[A-Za-z]+")
# a sentence that opens with a subordinate clause: its content stops at the first comma
_SUBORDINATORS = frozenset({"when", "while", "after", "before", "if", "as", "although", "though",
                            "because", "since", "until", "once", "whereas", "whether"})
_SUBORDINATE = re.compile(
    r"\s*(?:(?:and|but|so|yet|indeed|still|now|however|instead|meanwhile|also)\s*,?\s+)?"
    r"(?:even\s+)?(?:when|while|after|before|if|as|although|though|because|since|until|once|"
    r"whereas|where|asked|when\s+asked|if\s+asked)\b", re.I)
# a reported clause that opens with a subordinate clause: "said if he were president, DACA
# and DAPA would be …", "said if elected president he could work …"
_CONDITIONAL_CLAUSE = re.compile(
    r"\s*(?:if|unless|once|when|whenever|because|although|though)\s+(?!asked\b|pressed\b)"
    r"[^.;:!?\"“”]{3,120}?(?:,\s*|\s)(?:he|she|they|we|i|you|it|there|the|a|an|"
    r"(?-i:[A-Z][\w'-]*))\b[^.;:!?\"“”,]{0,60}?(?:\b(?:would|will|could|can|should|might|must|"
    r"is|was|are|were|has|had|have)\b|(?:(?<=\bit)|(?<=\bhe)|(?<=\bshe)|(?<=\bthat)|"
    r"(?<=\bthere))['’]s\b|['’](?:re|ll|d)\b)", re.I)  # (also "it's", not "China's")
# "said much of his discussion was …", "said more than 100 people were …", "said about half
# of the adjustment reflected …", "said nearly 40 percent …"
_QUANTITY_OF = re.compile(r"\s*(?:(?:much|more|most|less|little|fewer)\s+(?:of|than)|"
                          r"at\s+(?:least|most)|(?:about|over|under|only|just)\s+(?:half|a\s+"
                          r"(?:third|quarter|fifth|dozen)|two-thirds|\d[\d,.]*(?:\s+percent|%)?"
                          r"(?=\s+(?:[a-z]+\s+)?(?:of|percent|people|voters|[a-z]+s)\b))|"
                          # "says about $15 billion in equipment … have gone to Iraq"
                          r"(?:about|over|under|only|just|nearly|almost|roughly|some)\s+[$€£]"
                          r"\d[\d,.]*(?:\s+(?:million|billion|trillion))?)\s", re.I)
# a lower-case word may start a clause reported without "that" ("said money is needed")
_BARE_START = re.compile(r"\s*[a-z]")
_BAD_START = re.compile(
    r"\s*(?:to|in|on|at|of|for|with|without|by|about|from|into|during|after|before|over|under|"
    r"through|so|and|but|or|nor|not|no|yes|goodbye|hello|more|less|little|much|something|"
    r"anything|nothing|otherwise|too|as|than|is|was|were|are|be|been|had|has|have|would|will|"
    r"could|should|can|may|might|must|did|does|do|very|just|only|even|also|then|there|here|"
    r"what|which|who|whom|whose|how|why|where|when|whether|if|thank|thanks|sorry|okay|ok|"
    r"publicly|privately|recently|earlier|later|afterward|repeatedly|previously|once|twice|"
    r"again|today|yesterday|tonight|now|being|having|making|doing|getting|last|next|"
    r"afterward|afterwards|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|june|july|august|september|october|november|december|"
    r"worth|via|amid|despite|among|between|like|unlike|toward|towards|upon|within)\b")
_IRREGULAR_PAST = (
    "made|met|wrote|said|told|went|got|came|took|gave|knew|thought|felt|saw|found|kept|left|"
    "lost|won|ran|led|paid|put|set|sent|spent|brought|bought|built|held|heard|meant|began|"
    "became|chose|fell|fought|forgot|grew|hit|hurt|let|rose|sold|stood|struck|taught|"
    "understood|wore|broke|drove|ate|shot|spoke|stole|threw|cut|quit|beat|bet|cost|"
    "dealt|drew|fled|flew|hid|lay|lit|rode|rang|sang|sat|slept|swore|swept|tore|woke|won|"
    "wound|knows|means|wants|needs|thinks|believes|says|goes|does|gets|makes|takes|cast|"
    "spread|shut|read|sought|bought|caught|brought|fought|thought|hung|dug|stuck|swung|won|"
    "kept|felt|dealt|meant|sent|lent|built|bent|spent|lost|left|led|fed|fled|sped")
# auxiliaries and modals: a finite verb whatever follows
_AUXILIARY = ("is|was|are|were|am|has|had|have|will|would|can|could|should|may|might|must|did|"
              "does|do")
_NOT_IN_PP = (r"(?:and|but|or|that|which|who|whom|what|how|why|whether|because|if|when|while|"
              r"where|as|than|so|since|though|although|until|unless|once)\b")
# a prepositional phrase after a cue, then a pronoun subject and its verb: the clause reported
# without "that" ("said on Twitter he was devastated", "said at the end of his visit he was
# inclined", "told Clinton during a hearing in January he would have …")
_PP_BEFORE_SUBJECT = re.compile(
    r"\s*,?\s*(?:in|during|at|on|via|over|with|before|after|from|through|"
    r"to(?=\s+(?:the|a|an|his|her|their|its|reporters|me|him|them|us|(?-i:[A-Z]))\b))\s+"
    r"(?:(?!" + _NOT_IN_PP + r")[^\W_][\w'&.-]*\s+){0,7}?(?!" + _NOT_IN_PP + r")"
    r"[^\W_][\w'&.-]*"
    # (not when "that" follows in the clause: "said in the letter he had sent to Congress
    # that …", a relative clause on the phrase's noun)
    r"(?=\s+(?:he|she|they|we|i|it)\s+(?:(?:also|still|never|only|already|now)\s+)?"
    r"(?:" + _AUXILIARY + r"|[a-z]+n't)\b(?![^,.;:!?]*\bthat\b))", re.I)
_FINITE = re.compile(
    r"\b(?:" + _AUXILIARY + r"|need|cannot|" + _IRREGULAR_PAST + r")\b|n't\b|\w'(?:re|ll|d|ve|m)\b|"
    r"\b(?:it|he|she|that|there|what|who|here|where|which|this)'s\b|"
    r"(?-i:\b[a-z]{2,}ed\b|\b[a-z]{2,}[^s'\W]s\b)|\b(?:i|we|they|you|he|she|it|who)\s+[a-z]",
    re.I)  # a possessive ('s) and a capitalised plural ("Grounds") are not verbs
_SUPERLATIVES = _words("biggest largest greatest best worst highest lowest strongest richest "
                       "poorest oldest newest smallest fastest deadliest most least finest "
                       "leading")


def _finite_in(head: str) -> bool:
    """Has ``head`` a finite verb? A plural after a superlative is a noun: "boasts one of the
    world's biggest armies" (not a clause)."""
    for m in _FINITE.finditer(head):
        before = head[:m.start()].split()
        if m.group().endswith("s") and before and before[-1].lower() in _SUPERLATIVES:
            continue
        return True
    return False


# the same, case-sensitive: "in late May" has no verb
_FINITE_CASED = re.compile(_FINITE.pattern)
# a subject and its contracted verb ("there's", "they're"): a clause starts there, not a
# relative clause's verb
_SUBJECT_CONTRACTION = re.compile(
    r"(?:it|he|she|that|there|here|what|this|i|we|they|you)['’](?:s|re|ll|d|ve|m)", re.I)


def _has_finite(text: str, s: int, e: int) -> bool:
    """Does text[s:e] hold a finite verb? Case-sensitive (a capitalised "May" or "Grounds" is
    a name, not a verb), with a capitalised pronoun and its verb at the start ("It's …")."""
    return _FINITE_CASED.search(text, s, e) is not None or \
        _PRONOUN_VERB_FIRST.match(text, s, e) is not None


def _sure_finite(text: str, s: int, e: int) -> bool:
    """Does text[s:e] hold a finite verb that cannot be a plural noun ("allegations")?"""
    return any(not m.group().endswith("s") or m.group() in ("is", "was", "has", "does")
               for m in _FINITE_CASED.finditer(text, s, e))


# a clause that opens with a capitalised pronoun and its verb: "It's …", "They would …"
_PRONOUN_VERB_FIRST = re.compile(
    r"\W*(?:It|He|She|That|There|What|Here|I|We|They|You)(?:['’](?:s|re|ll|d|ve|m)\b|\s+[a-z])")


_ING_FIRST = re.compile(r"[a-z]+ing\b")
# a participle cue and its "that" clause open the sentence: 'Acknowledging that Trump “says a
# lot of stupid stuff,” Allen did suggest …' (the quotation is the participle's content)
_ING_CUE_THAT_FIRST = re.compile(r"\s*(?:[\w'-]+,?\s+){0,2}?[A-Z]?[a-z]+ing\s+that\s")
# "that" as a determiner before a common noun ("reiterated that approach in his interview"),
# told from a clause's subject ("that the candidate misspoke", "that even some Republicans
# find", "that everyone take a deep breath") when the span holds no finite verb
_DETERMINER_THAT = re.compile(
    r"\s*that\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|these|those|some|many|most|"
    r"all|any|every\w*|each|no|none|not|even|about|only|just|also|there|here|he|she|it|they|"
    r"we|you|i|who|what|nobody|everyone|everybody|someone|somebody|anyone|people|more|less|"
    r"fewer|few|both|neither|either|if|when|while|because|after|before|once|since|unless)\b)"
    r"(?-i:[a-z][a-z-]+)\b", re.IGNORECASE)
# a role in apposition after an inverted speaker, up to its closing comma: ", historian at the
# National First Ladies Library" (then ", is that …")
_ROLE_APPOSITION = re.compile(r",\s*(?:(?:a|an|the)\s+(?:(?-i:[A-Z])[\w'-]*\s+)?)?(?-i:[a-z])"
                              r"[^,;:\"“”()]{2,80}(?=,)", re.IGNORECASE)  # (", a Canadian
# geophysicist,")
# a short name or role phrase and its comma after a closing quotation mark: ' Doug Andres,',
# ' another friend,' (a capital or a determiner first, no verb)
_PHRASE_THEN_COMMA = re.compile(
    r"\s+(?P<np>(?:(?-i:[A-Z])[\w.'’-]*|(?:a|an|the|another|his|her|their|one)\s+[a-z][\w'’-]*)"
    r"(?:\s+[\w.'’-]+){0,4}),\s*", re.IGNORECASE)
# an aside that opens right after the subject: "Clinton, though she praised Garland and said …",
# "Sanders, who endorsed Canova and said …"
_ASIDE_OPENS = re.compile(r"\s*,\s*(?:who|which|though|although|while|even\s+as|after|when)\b",
                          re.IGNORECASE)
# the subject's predicate after the aside's closing comma: ", notably stopped short", ",
# ultimately did not show up"
_PREDICATE_AFTER_ASIDE = re.compile(
    r",\s+(?:(?-i:[a-z]+ly)\s+)?(?:did|does|do|is|was|were|are|has|had|have|would|will|could|"
    r"(?-i:[a-z]{3,}ed))\b")
# "that" and its comma alone: an aside follows inside the clause
_THAT_ONLY = re.compile(r"\s*(?:that\s*)?,\s*", re.IGNORECASE)
_LEADING_THAT = re.compile(r"that(?:\s*,(?!\s*(?:and|or|not|but)\b))?\s+(?=\S)",
                           re.IGNORECASE)  # (not the subject "that": "said that, and not his
# candidacy, was the reason")
# "that" (or a wh-word) then an aside between commas: "said that, while much will depend on
# …, the …", "described how, growing up, Rafael turned into Rafaelito"
_THAT_COMMA_ASIDE = re.compile(r"\s*(?:that|how|why|whether)\s*,[^,.;:!?\"“”]{1,120},",
                               re.IGNORECASE)
# a stretch whose quotation marks hold only short labels: 'wearing “Ted Cruz” campaign pins'
_ONLY_LABELS = re.compile(r"[^“\"]*(?:[“\"][^“”\"]{1,30}[”\"][^“\"]*)*")
# "This includes …", "That means …": a demonstrative subject and its verb, not an intro
_DEMONSTRATIVE_SUBJECT = re.compile(
    r"\s*(?:this|that)\s+(?:(?-i:[a-z]{2,}s)|is|was|will|would|has|had|could|should|can)\b",
    re.I)
_ONLY_CONNECTORS_EN = re.compile(r"\s*(?:(?:and|but|so|yet|still|now|also)\s*,?\s*)?", re.I)
# a verb for sure (no -s form, which may be a plural noun: "Six months ago" has no verb)
_VERB_SURE = re.compile(
    r"\b(?:" + _AUXILIARY + r"|cannot|" + _IRREGULAR_PAST + r")\b|n't\b|(?-i:\b[a-z]{2,}ed\b)",
    re.I)
# a short subject before an incise: a demonstrative, or a name or noun after a conjunction
_SHORT_SUBJECT_LEAD = re.compile(
    r"\s*(?:(?:and|but|yet|so)\s+)?(?:this|that|these|those|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?"
    r"|[a-z]+s"
    # "This last criterion, Cerantonio said, is …": a determiner and its noun
    r"|(?:the|this|that|these|those|his|her|its|their|our|a|an)(?:\s+[\w'’-]+){1,3})\s*,\s*",
    re.I)
# the verb that continues a clause after an incise: ", is by design", ", doesn't forgive"
_VERB_PHRASE = (
    r"(?:(?:also|still|never|only|already|now|really|simply|just)\s+)?(?:" + _AUXILIARY +
    r"|cannot|won't|can't|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|hasn't|haven't|"
    r"wouldn't|shouldn't|couldn't)\b")
_VERB_PHRASE_AFTER = re.compile(r",\s+" + _VERB_PHRASE)
# the same, the verb possibly inside an opening quotation mark: ', “doesn't want …”'
_VERB_PHRASE_AFTER_MARK = re.compile(r",\s+[“\"]?" + _VERB_PHRASE)
# the narration going on after a quotation: a space, then a lower-case word that is not a
# conjunction continuing the quoted clause
_NARRATION_AFTER_MARK = re.compile(r"\s+(?!(?:and|or|but|as|which|that)\b)(?:the|a|an|[a-z]+)\s",
                                   re.I)
# a free relative opening the sentence: "What's unclear, said Dina, is …"
_WH_LEAD = re.compile(r"\s*(?:what|whatever|whoever|whether|how|why)\b", re.I)
# a past-tense verb (or a modal) as the first word of a stretch
_PAST_FIRST = re.compile(r"\s*(?:(?-i:[a-z]{2,}ed)|" + _IRREGULAR_PAST +
                         r"|would|will|could|can|should|might|must|is|was|are|were|has|had)"
                         r"\s", re.I)
_FINITE_AFTER_SUBJECT = re.compile(r"(?:\s+(?:(?-i:[a-z]+ly)|already|also|then|later|now))*" +
                                   _PAST_FIRST.pattern, re.I)
# plural nouns that are also third-person forms of cues
_NOUNY_FORMS = frozenset({"notes", "claims", "calls", "reports", "comments", "promises",
                          "pledges", "remarks", "vows", "demands", "answers", "replies", "posts",
                          "states", "attacks", "charges", "tweets", "blasts", "jokes", "quips",
                          "recalls", "counters", "retorts", "pleas", "cries", "shouts",
                          "call", "report", "claim", "note", "comment", "promise", "pledge",
                          "remark", "vow", "demand", "answer", "reply", "post", "attack",
                          "charge", "tweet", "warning", "blast", "joke", "recall",
                          "shout", "cry", "plea", "quip", "statement"})
_BAD_INVERTED = frozenset({"to", "by", "about", "during", "after", "before", "into", "over",
                           "under", "through", "via", "as", "while", "when", "if", "that",
                           "this", "it", "there", "here", "so", "then", "also", "not"})
# the end of the source after "according to": punctuation (a period only at the sentence end)
# a lead with a determiner and no time word is the clause's subject: "The short of it, according
# to Hall, is …" (not "The next day, according to police, he …")
_SUBJECT_LEAD = re.compile(r"(?:the|a|an|this|that|these|those|his|her|their|its|our)\s+"
                           r"(?!(?:next|following|same|previous|other|first|last)\b)"
                           r"(?![\w-]+\s+(?:day|night|morning|week|month|year|time)s?\b)"
                           r"[^,]*,$", re.I)
_CONJUNCTION_LEAD_END = re.compile(r"\b(?:that|because|since|and|but|so|as|while|although|"
                                   r"though|if|when|where|then),$", re.I)
# a clause after the source's comma: a determiner phrase, then a finite auxiliary or modal
_DET_THEN_CLAUSE = re.compile(r",\s*(?:the|a|an|this|that|these|those|his|her|their|its|most|"
                              r"many|some|all|both|several|two|three|four|five|\d[\d,.]*)\s+"
                              r"(?:(?!who\b|whose\b|which\b|that\b)[\w'’-]+\s+){1,5}?"
                              r"(?:can|could|will|would|is|are|was|were|has|have|had|may|might|"
                              r"must|should|did|does)\b", re.I)
_SOURCE_DESCRIBED = re.compile(r",\s*(?:including|such\s+as|whose|among\s+them)\b", re.I)
_SOURCE_END = re.compile(r"[,;:!?(]|\.\s*$|\.(?=[\"”'])|\s[—–]\s|\s-\s")
# what "according to" may measure a deed by: "according to plan", "according to the rules of
# the house", "according to the Word of God"
_NORM_SOURCE = re.compile(
    r"(?:(?:the|their|his|her|its|our|your)\s+)?(?:[\w-]+\s+){0,2}?(?:plans?|schedule|rules?|"
    r"law|laws|tradition|traditions|custom|customs|protocol|protocols|procedures?|guidelines|"
    r"instructions|regulations|script|terms|the\s+book|Word\s+of\s+God|scriptures?|"
    r"the\s+will\s+of\s+God|God's\s+will)(?:\s+of\s+[\w\s'’-]{1,40})?", re.I)
_THAT_AHEAD_OPENERS = (r"in|at|on|during|to|of|about|for|with|from|after|before|outside|inside|"
                       r"where|when|near|here|there|again|twice|also|repeatedly|privately|"
                       r"publicly|"
                       r"(?-i:[A-Z])|\d")
_THAT_AHEAD = re.compile(
    r"\s*,?\s*(?:(?:" + _THAT_AHEAD_OPENERS + r")(?:[^.;:!?\"“”]|(?<=\d)\.(?=\d)|"
    r"[“\"][^.!?\"“”]{1,40}[”\"]){0,50}?)\b(?P<that>that)\b" + _NOT_THAT_CLAUSE +
    _NOT_RELATIVE_AHEAD,
    re.I)  # (a title in marks: "on the MSNBC show “Morning Joe” that …"; a decimal point:
# "told London's LBC 97.3 radio station that …")
# the same after a longer chain of adjuncts opened by a preposition of time or place ("said in a
# video after the beheading of British aid worker Alan Henning last week that …"; not after an
# object: "admitted X into the country, despite the fact that")
_THAT_AHEAD_LONG = re.compile(
    r"\s*,?\s*(?:in|at|on|during|after|before)\s(?:[^.;:!?\"“”]){0,90}?\b(?P<that>that)\b" +
    _NOT_THAT_CLAUSE + _NOT_RELATIVE_AHEAD, re.I)
_TITLE_THEN_THAT = re.compile(
    r"\s*[“\"][^.!?\"“”]{1,40}[”\"]\s+(?P<that>that)\b" + _NOT_THAT_CLAUSE, re.I)
# an addressee's apposition between commas, then "that": "told Gary Shapiro, the longtime CEO of
# the Consumer Technology Association, that …"
_APPOSITION_THEN_THAT = re.compile(
    r",\s*(?:the|a|an|his|her|its|their)\s[^,.;:!?\"“”]{1,80},\s*(?P<that>that)\b"
    + _NOT_THAT_CLAUSE, re.I)
# a relative aside between commas: "on CNN, where he is now a paid contributor,"
_RELATIVE_ASIDE_EN = re.compile(r",\s*(?:where|who|which|when|whose)\s[^,]*,")
# after a verb that takes an object, the object may open with a determiner: "told a town hall in
# Salem, New Hampshire on Monday that …", "assured the crowd that …"
_THAT_AHEAD_OBJ = re.compile(
    r"\s*(?:a|an|the|his|her|their|its|our)\s[^.;:!?\"“”]{0,70}?\b(?P<that>that)\b"
    + _NOT_THAT_CLAUSE + _NOT_RELATIVE_AHEAD, re.I)
_ADDRESSEE_VERBS = frozenset({"tell", "inform", "assure", "reassure", "remind", "warn",
                              "notify", "advise", "caution", "convince", "persuade", "teach"})
_ING_NOUN_AFTER = re.compile(r"\s+(?:about|of|for|against|over|from|in|on|sign|signs|label)\b",
                             re.I)
_PASSIVE_ASKED = frozenset({"when", "if", "after", "before", "once", "as", "while", "until",
                            "unless", "being"})
_ING_LEFT = frozenset({",", "and", "but", "then", "by", "while", "when", "after", "before",
                       "without", "on", "in", "upon", "since", "also", "even", "repeatedly",
                       "again", "—", "–", "-", "(", ";", ":", "kept", "keeps", "continued",
                       "began", "started", "is", "are", "was", "were", "be", "been", "am",
                       "'s", "'re", "to"})
# prepositions that open an aside between a subject and its cue
_ASIDE_PREPS = frozenset({"in", "at", "on", "during", "speaking", "writing", "via", "from",
                          "before", "after", "appearing", "told", "citing", "quoting",
                          "echoing", "responding", "reacting", "referring"})
# a sentence adverb alone before an incise: "Still, he said, officials have to …"
# connectors that open a sentence: "Still,", "And yet,", "Meanwhile,"
_CONNECTORS = (r"still|but|and|yet|however|instead|indeed|meanwhile|now|so|also|then|moreover|"
               r"furthermore|nevertheless|nonetheless|besides")
_CONNECTIVE_LEAD = re.compile(
    r"\s*(?:(?:and|but|so|yet)\s+)?"  # "But ultimately, other experts say, …"
    r"(?:" + _CONNECTORS + r"|otherwise|finally|first|second|ultimately|"
    r"overall|separately|similarly|likewise|again|in\s+fact|of\s+course|for\s+now|"
    r"in\s+particular|in\s+addition|at\s+the\s+same\s+time|for\s+example|for\s+instance|"
    r"in\s+short|in\s+other\s+words|above\s+all|after\s+all|by\s+contrast|"
    r"on\s+the\s+other\s+hand|in\s+the\s+end|in\s+any\s+case|often|sometimes|perhaps|maybe|"
    r"(?-i:[A-Z][a-z]+ly)|"  # an adverb in -ly opening the sentence: "Often, he says, they …"
    # a time: "Shortly after, Reza said, the attackers started …"
    r"(?:shortly|soon|right|just|long|not\s+long)\s+(?:after|afterward|afterwards|before|later)|"
    r"(?:last|this|next)\s+(?:week|month|year|spring|summer|fall|winter)|"
    r"later|earlier|afterward|afterwards|then|now|today|yesterday|at\s+the\s+time|"
    r"in\s+(?:19|20)\d\d)\s*,\s*",
    re.I)
# … or a relative clause: "Bernie Sanders, who on Tuesday endorsed Clinton, said …"
_ASIDE_OPENERS = _ASIDE_PREPS | {"who"}
# an aside between dashes, then the subject of the main clause after a subordinate one
# ("… cheeseburger - an old favorite - others say"; not "… Muslims — 1.6 billion … — from")
_DASH_PAIR = re.compile(r"\s[—–-]{1,2}\s[^—–,;\n]{1,60}?\s[—–-]{1,2}\s"
                        r"(?=(?-i:[A-Z])|(?:the|his|her|their|its|others|some|many|most|critics|"
                        r"he|she|they|we|it)\s)")
# a connector alone before an incise: "And yet, X says, …", "But, X added, …"
_CONNECTOR_ONLY = re.compile(r"\s*(?:(?:and|but|so)\s+)?(?:" + _CONNECTORS + r"|plus)\s*,?\s*",
                             re.I)
_PARTICIPIAL_INTRO = re.compile(r"(?:,|\bby|\bbefore|\bafter|\bwhile|\bwhen|\bin)\s*$", re.I)
_HEADLINE_WORDS = 20
_LABEL_WORDS = 3  # a marked term this short right before a noun is a label
# nouns that a marked term modifies as a label: 'on "religious freedom" grounds', 'the
# "natural born" standard', 'the "Never Trump" movement'
_LABEL_HEADS = _words("grounds movement movements policy policies campaign label slogan rhetoric "
                      "tag status era wing bill law laws agenda doctrine caucus faction camp "
                      "program plan approach strategy standard exemption exemptions clause "
                      "provision provisions initiative initiatives crowd brand mantra")
_NOUN_AFTER_MARK = re.compile(r" (?:" + "|".join(sorted(_LABEL_HEADS)) + r")\b")


# --------------------------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------------------------

@dataclass
class _Raw:
    """A quote before speaker resolution."""

    type: str
    start: int
    end: int
    cue: tuple[int, int, CueVerb] | None
    rule: str
    speaker: tuple[int, int] | None = None
    how: str = "mention"  # mention, pronoun, relative, subject, object, previous-quote, none
    antecedent: tuple[int, int] | None = None  # for "who" and subject-of-clause speakers
    addressee: tuple[int, int] | None = None  # who was asked ("Rubio was asked by X whether")
    negated: bool = False
    conditional: bool = False
    channel: str | None = None
    intermediary: str | None = None
    marks: tuple[tuple[int, int], ...] = field(default_factory=tuple)
    after: int = 0  # where the text after the cue (and its adjuncts) starts


def _is_word(tok: str) -> bool:
    return tok[0].isalnum()


def _acronym(tok: str) -> bool:
    """An all-capitals word of two letters or more (NOW, AFL-CIO): a name, not a stop word."""
    return len(tok) > 1 and tok.isupper()


def _cap(tok: str) -> bool:
    return tok[0].isupper()


def _close_len(m: Marked) -> int:
    return 2 if m.kind == "''" else (0 if m.kind == _UNCLOSED else 1)


def _outer_end(m: Marked) -> int:
    return m.close + _close_len(m)


def _apostrophe_marks(text: str, paragraphs, marked: list[Marked]) -> list[Marked]:
    """Pairs of doubled apostrophes ('' … ''), the quotation marks of some wire copy."""
    if "''" not in text:
        return []
    spans = [(m.open, _outer_end(m)) for m in marked]
    opens = [s for s, _ in spans]
    out: list[Marked] = []
    para_starts = [p[0] for p in paragraphs]
    open_at: int | None = None
    open_para = -1
    n_par = 1
    for m in _DOUBLE_APOS.finditer(text):
        pos = m.start()
        if m.end() - pos == 3 and pos > 0 and not text[pos - 1].isspace() and \
                text[pos - 1] not in "([—-":
            pos += 1  # closing: the inner quotation's mark, then the doubled one
        k = bisect.bisect_right(opens, pos) - 1
        if k >= 0 and spans[k][0] < pos < spans[k][1]:
            continue
        para = bisect.bisect_right(para_starts, pos) - 1
        before = text[pos - 1] if pos > 0 else " "
        after = text[pos + 2] if pos + 2 < len(text) else " "
        opener = (before.isspace() or before in "([—-") and not after.isspace()
        if open_at is not None and para != open_para:
            # a quote continues over paragraphs only when the next one reopens it
            if opener and pos == _first_non_space(text, paragraphs[para][0]) and \
                    para == open_para + 1:
                open_para = para
                n_par += 1
                continue
            s, e = trim_span(text, open_at + 2, paragraphs[open_para][1])
            out.append(Marked(open_at, paragraphs[open_para][1], s, e, "''", n_par))
            open_at = None
        if open_at is None:
            if opener:
                open_at, open_para, n_par = pos, para, 1
            continue
        if opener and not before.isalnum() and before not in ".,!?;:":
            continue
        s, e = trim_span(text, open_at + 2, pos)
        out.append(Marked(open_at, pos, s, e, "''", n_par))
        open_at = None
    if open_at is not None:
        end = paragraphs[open_para][1]
        s, e = trim_span(text, open_at + 2, end)
        out.append(Marked(open_at, end, s, e, "''", n_par))
    return out


_DOUBLE_MARKS = ('"', "“", "”", "«", "»", "„")
_CLOSER_NEXT = frozenset(" \n.,;:!?)]—–-")
_OPENER_PREV = frozenset(" \n([—–-/")


def single_quote_view(text: str, paragraphs) -> str | None:
    """British copy quotes with single marks ('…', ‘…’, both ' in the matching view): when an
    article has no double mark and pairs of single ones, the view with those pairs written as
    double marks (same length, same offsets), so that every rule reads them as quotations;
    None otherwise. Apostrophes inside words (don't, Trump's) are no marks; a plural
    possessive ("voters' choice") closes a quotation only when nothing else in the paragraph
    can."""
    if "'" not in text or "''" in text or any(c in text for c in _DOUBLE_MARKS):
        return None  # (doubled apostrophes are the double marks of some wire copy)
    chars: list[str] | None = None
    pairs = 0
    n = len(text)
    for ps, pe in paragraphs:
        i = text.find("'", ps, pe)
        while i >= 0:
            prev = text[i - 1] if i > ps else " "
            nxt = text[i + 1] if i + 1 < pe else " "
            if prev in _OPENER_PREV and not nxt.isspace() and not (
                    nxt.isdigit() and text[i + 2:i + 3] == "0"):  # (not "'90s")
                close = clean = None
                j = text.find("'", i + 2, pe)
                while j >= 0:
                    after = text[j + 1] if j + 1 < pe else " "
                    if not text[j - 1].isspace() and (after in _CLOSER_NEXT or j + 1 >= pe):
                        ambiguous = text[j - 1] == "s" and text[j + 1:j + 3].strip()[:1].islower()
                        if close is None:
                            close = j
                        if not ambiguous:
                            clean = j
                            break
                    j = text.find("'", j + 1, pe)
                end = clean if clean is not None else close
                if chars is None:
                    chars = list(text)
                chars[i] = '"'
                if end is not None:
                    chars[end] = '"'
                    pairs += 1
                    i = text.find("'", end + 1, pe)
                    continue
                break  # open to the paragraph's end ('…' over several paragraphs)
            i = text.find("'", i + 1, pe)
    if chars is None or pairs < 2 or len(chars) != n:
        return None
    return "".join(chars)


_UNCLOSED = "unclosed"  # kind given to a quotation left open at the end of its paragraph
_DOUBLE = re.compile(r"[“”\"]")
_COMMA_THEN_CLOSE = (',"', ",”", ",''", ",’")
_CLOSER_OF = {"“": "”", '"': '"', "„": "“", "«": "»", "‹": "›"}


def _repair_marks(text: str, paragraphs, marked: list[Marked]) -> list[Marked]:
    """Re-pair double quotation marks in paragraphs where a curly mark was closed by a straight
    one (“…" or "…”), which pairing by type leaves open to the end of the paragraph.

    English copy mixes “ ” and " freely; within one paragraph they are one family that does not
    nest, so they pair in order, with the shape of each mark (after a space: opening) deciding
    when a mark is a stray."""
    bad_paras: set[int] = set()
    starts = [p[0] for p in paragraphs]
    for m in marked:
        if m.paragraphs != 1 or m.kind not in ('"', "“"):
            continue
        if text[m.close:m.close + 1] != _CLOSER_OF[m.kind]:
            bad_paras.add(bisect.bisect_right(starts, m.open) - 1)
    if not bad_paras:
        return marked
    out = [m for m in marked if bisect.bisect_right(starts, m.open) - 1 not in bad_paras or
           m.kind not in ('"', "“", "”")]
    for k in sorted(bad_paras):
        ps, pe = paragraphs[k]
        open_at: int | None = None
        for mm in _DOUBLE.finditer(text, ps, pe):
            pos, ch = mm.start(), mm.group()
            before = text[pos - 1] if pos > ps else " "
            after = text[pos + 1] if pos + 1 < pe else " "
            if ch == "“":
                shape = "open"
            elif ch == "”":
                shape = "close"
            elif (before.isspace() or before in "([{—–-/:") and not after.isspace():
                shape = "open"
            elif not before.isspace() and (after.isspace() or after in ".,;:!?)]—–-"):
                shape = "close"
            else:
                shape = "?"
            if open_at is None:
                if shape != "close":
                    open_at = pos
            elif shape == "open" and ch == "“":
                open_at = pos  # the previous opener was a stray
            else:
                s0, e0 = trim_span(text, open_at + 1, pos)
                out.append(Marked(open_at, pos, s0, e0, text[open_at], 1))
                open_at = None
        if open_at is not None:
            s0, e0 = trim_span(text, open_at + 1, pe)
            out.append(Marked(open_at, pe, s0, e0, text[open_at], 1))
    out.sort(key=lambda m: m.open)
    return out


_LEAD_WINDOW = 400  # how much of a long sentence before a cue is looked at
_MAX_CONTENT = 1200  # reported content without marks is never longer than this
_ONLY_PUNCT = re.compile(r"[\s,—–-]*")


def _count_words(text: str, s: int, e: int, cap: int) -> int:
    """Words in ``text[s:e]``, counted up to ``cap`` from the end (bounded work)."""
    return min(cap, len(text[max(s, e - 16 * cap):e].split()))


def _without_time_tail(mention: str) -> str:
    """The mention without a time at its end: "a CNN/ORC poll in February" -> "a CNN/ORC
    poll" (not "USA Today", a name)."""
    when = _TIME_TAIL.search(mention)
    if when is None or when.start() == 0:
        return mention
    first = mention[when.start():].split()[0]
    if first[:1].isupper() and first.lower() not in WEEKDAYS and first.lower() not in MONTHS:
        return mention
    return mention[:when.start()]


def _as_clause_end(text: str, pos: int, end: int) -> int:
    """The end of a clause governed by "as X said" (the first comma closes it)."""
    comma = text.find(",", pos, end)
    return end if comma < 0 else comma


def _first_non_space(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def _units(text: str, sentences, marks: list[Marked]) -> list[tuple[int, int]]:
    """Sentences joined where a quotation crosses them or where a sentence starts in lower case
    (``"Why?" he asked.`` is cut after the question mark by the splitter)."""
    if not sentences:
        return []
    starts = [s for s, _ in sentences]
    join = [False] * len(sentences)
    for m in marks:
        i = bisect.bisect_right(starts, m.open) - 1
        j = bisect.bisect_right(starts, max(m.open, _outer_end(m) - 1)) - 1
        for k in range(max(i, 0), j):
            join[k] = True
    for k in range(len(sentences) - 1):
        nxt = sentences[k + 1][0]
        if "\n" in text[sentences[k][1]:nxt]:
            continue
        if text[nxt].islower():
            join[k] = True
        elif (text[sentences[k][1] - 2:sentences[k][1]] in _QUESTION_CLOSE or
              text[sentences[k][1] - 3:sentences[k][1]] in _QUESTION_CLOSE) and (
                len(text[nxt:sentences[k + 1][1]].split()) <= 12 or
                lexicon().pattern.search(text, nxt, min(nxt + 40, sentences[k + 1][1]))):
            join[k] = True
        elif (text[sentences[k][1] - 2:sentences[k][1]] in _PERIOD_CLOSE or
              text[sentences[k][1] - 3:sentences[k][1]] in _PERIOD_CLOSE) and \
                len(text[nxt:sentences[k + 1][1]].split()) <= 5 and \
                lexicon().pattern.search(text, nxt, sentences[k + 1][1]) and \
                not _NEGATED.search(text, nxt, sentences[k + 1][1]):
            # '“… that are missing.” Trump said.': a period inside the marks where the comma
            # belongs, then the attribution ('“….” The campaign did not elaborate.' is a
            # sentence of its own: a negated cue attributes nothing)
            join[k] = True
    out: list[tuple[int, int]] = []
    cur_s = sentences[0][0]
    for k, (_, e) in enumerate(sentences):
        if not join[k]:
            out.append((cur_s, e))
            if k + 1 < len(sentences):
                cur_s = sentences[k + 1][0]
    return out


# --------------------------------------------------------------------------------------------
# the document context
# --------------------------------------------------------------------------------------------

class _Doc:
    def __init__(self, doc: Document, marked: list[Marked]):
        self.text = doc.norm
        self.lower = doc.lower
        self.paragraphs = doc.paragraphs
        self.para_starts = [p[0] for p in doc.paragraphs]
        # a dash opening a paragraph of English copy is a bullet, a byline or a signature
        # ("-- When officers arrived, Rahami fired, Linden police said."), not a dialogue line:
        # the paragraph is read as narration (the marks inside it stay)
        marked = _repair_marks(doc.norm, doc.paragraphs, [m for m in marked if m.kind != "—"])
        marks = sorted([*marked, *_apostrophe_marks(doc.norm, doc.paragraphs, marked)],
                       key=lambda m: m.open)
        n = len(doc.norm)
        marks = [m if (m.close < n and (
            doc.norm.startswith("''", m.close) if m.kind == "''" else
            doc.norm[m.close] in CLOSE_MARKS)) else
            Marked(m.open, m.close, m.start, m.end, _UNCLOSED, m.paragraphs) for m in marks]
        self.marks = marks
        self.mark_opens = [m.open for m in marks]
        self.units = _units(doc.norm, doc.sentences, marks)
        self.unit_starts = frozenset(u[0] for u in self.units)
        # speakers whose request for anonymity was cut from their mention ("A co-worker who
        # asked not to be named"): anonymous sources
        self.anonymous_starts: set[int] = set()

    def mark_at(self, pos: int) -> Marked | None:
        """The marked quote whose marks enclose ``pos`` (inclusive of the marks)."""
        k = bisect.bisect_right(self.mark_opens, pos) - 1
        if k >= 0 and self.marks[k].open <= pos < _outer_end(self.marks[k]):
            return self.marks[k]
        return None

    def marks_in(self, s: int, e: int) -> list[Marked]:
        i = bisect.bisect_left(self.mark_opens, s)
        out = []
        while i < len(self.marks) and self.marks[i].open < e:
            out.append(self.marks[i])
            i += 1
        return out

    def paragraph_of(self, pos: int) -> int:
        return bisect.bisect_right(self.para_starts, pos) - 1


# --------------------------------------------------------------------------------------------
# speaker noun phrases
# --------------------------------------------------------------------------------------------

def _tokens(text: str, s: int, e: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, s, e)]


# a speaker phrase cannot open with a verb: "issued a statement", "hearing him", "committing"
_NOT_A_VERB = (
    r"(?:acting|outgoing|incoming|leading|ruling|governing|presiding|ranking|founding|"
    r"retired|elected|unnamed|embattled|disgraced|indicted|jailed|alleged|unidentified|"
    r"concerned|interested|informed|detained|married|trained|veteran|seasoned|"
    r"respected|noted|celebrated|renowned|united|armed|striking|visiting|reigning|"
    r"sitting|rising|aging|ailing|grieving|leftover|learned|licensed|registered|self|"
    r"morning|evening|building|meeting|hearing|briefing|wedding|spring|thing|king|nothing|"
    r"something|anything|everything|funding|spending|housing|finding|reading|polling|"
    r"setting|offering|ceiling|feeling|red|bed|shed|need|seed|speed|creed|greed)")
_VERB_FIRST = re.compile(
    r"(?!" + _NOT_A_VERB + r"\b)(?-i:[a-z]+(?:ed|ing)|(?:" + _IRREGULAR_PAST + r"))\b(?!-)")
# a name, then a finite verb with its object: the speaker phrase ends before it ("Gov. Jan
# Brewer issued a statement saying …"; not "People briefed on …", "Sean Spicer on Thursday
# evening")
_NAME_THEN_VERB = re.compile(
    r"(?:(?!(?:A|An|The|This|That|These|Those|His|Her|Its|Their|Our|My|Some|Many|One)\b)"
    r"[A-Z][\w.'’-]+(?:(?<=['’]s)\s+[a-z]+)?"  # (a possessor and its noun: "Rubio's campaign")
    r"|(?:The|A|An)\s+(?:[\w'’-]+\s+){0,2}?[a-z]+(?=\s+(?:issued|released|sent|put|"
    r"published|posted|emailed|tweeted|circulated|distributed)\b))"  # ("The town released")
    r"(\s+)(?!" + _NOT_A_VERB + r"\b)(?-i:[a-z]+ed|(?:" + _IRREGULAR_PAST +
    r"))\s+(?:a|an|the|his|her|their|its|this|that|these|those|back|briefly|many|several|up|"
    r"out|down|off|(?-i:[A-Z])|\d)")
# a verb, then a document as its object, right before a participle cue: "blasted a United
# Nations Security Council statement calling for …"
_VERB_THEN_DOCUMENT = re.compile(
    r"(?P<verb>[a-z]+)\s+(?P<doc>(?:a|an|the|this|that|its|their|his|her)\s+"
    r"(?:[\w.'’-]+\s+){0,5}?(?:statement|letter|report|resolution|message|ad|advertisement|"
    r"memo|petition|editorial|op-ed|column|post|tweet|video|bill|motion|proposal))\s+$")
_AUTHORING_VERBS = frozenset(
    "issue issued issuing issues release released releasing releases send sent sending sends "
    "put putting puts publish published publishing publishes post posted posting posts "
    "email emailed emailing emails tweet tweeted tweeting tweets circulate circulated "
    "circulating circulates distribute distributed distributing distributes write wrote "
    "written writing writes sign signed signing signs deliver delivered delivering delivers "
    "make made making makes give gave given giving gives file filed filing files read "
    "reading reads introduce introduced introducing introduces draft drafted drafting drafts "
    "pen penned penning pens author authored authoring authors unveil unveiled unveiling "
    "unveils air aired airing airs run ran running runs launch launched launching launches "
    "share shared sharing shares submit submitted submitting submits offer offered offering "
    "offers".split())
# "the White House hopefuls quickly fired off statements calling for …": an adverb and a verb
# in the past end the subject (not "the Smith family issued", a noun in -ly)
_ADVERB_THEN_VERB = re.compile(
    r"(\s+)(?P<adverb>(?-i:[a-z]{2,}ly))\s+(?-i:[a-z]+ed|(?:" + _IRREGULAR_PAST + r"))\s+"
    r"(?:a|an|the|his|her|their|its|this|that|these|those|back|up|out|down|off|statements?|(?-i:[A-Z])|\d)\b")
# "Mitt Romney on Tuesday joined …": the time is no part of the name
_TIME_AFTER_NAME = re.compile(r"\s+(?:on|late|early|last|this)(?:\s+(?:" + _TIME + r"))?\s*$", re.I)
_ANY_MARK = frozenset("\"“”«»„‹›")
_WHOLE_NAME = re.compile(r"(?:[A-Z][\w'.-]*[ \t]+){1,3}[A-Z][\w'-]+")
_DEMONSTRATIVES = frozenset({"that", "this", "that's", "there", "there's"})
# a noun after "that" or "this" makes it a determiner: "That cable … warned"
_NOUN_NEXT = re.compile(r"\s+(?!(?:is|was|has|had|does|did|would|will|could|may|might|should|"
                        r"must|can|also|only|just|not|never|still|even)\b)(?![a-z]+ly\b)"
                        r"(?![a-z]+(?:s|ed)\b)[a-z]+\b")
_CAUSED_TO = re.compile(r"\b(?:prompted|caused|led|forced|pushed|spurred|moved|inspired|"
                        r"drove|sent)\s+((?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w'-]*|(?:the|other|some|"
                        r"many)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)\s+to\b")
# a party and state in parentheses after a name: "Devin Nunes (R-Calif.),"
_PAREN_AFTER_NAME = r"(?:[ \t]+\([^()\n]{1,30}\))?"
_APPOSED_NAME_BEFORE = re.compile(r",[ \t]*((?:[A-Z][\w'.-]*[ \t]+){1,3}[A-Z][\w'-]+)"
                                  + _PAREN_AFTER_NAME + r",[ \t]*$")
# words that open a phrase before the subject, up to its comma ("To nudge it along, one group
# …", "Over the past two weeks, prosecutors …", "Asked about it, …")
# adverbs of degree or time before the conjunction of an opening clause ("almost
# immediately after", "shortly before", "long before", "right after")
_DEGREE_BEFORE_CONJUNCTION = frozenset({"almost", "immediately", "shortly", "soon", "long",
                                        "right", "just", "only", "well", "not"})
_OPENING_PHRASE_WORDS = frozenset({
    "speaking", "asked", "pressed", "last", "this", "earlier", "later", "to", "over", "about",
    "under", "until", "throughout", "within", "despite", "amid", "through", "across", "around",
    "against", "among", "beyond", "unlike", "like", "upon", "toward", "towards", "outside",
    "inside", "near", "behind", "beside", "along", "above", "below", "beneath", "back"})
_ADJECTIVE_AFTER_DET = frozenset({"earlier", "later"})  # "an earlier report", "the later memo"


def _new_place(words: list[str]) -> bool:
    """Do ``words`` open with "New" and a capitalised word ("New York", "New Jersey")?"""
    return len(words) > 1 and words[0] == "New" and words[1][:1].isupper()


def _office_word(word: str) -> str:
    """``word`` lower-cased, without "-elect" ("President-elect" -> "president") and without
    "vice-" ("Vice-President" -> "president")."""
    w = word.lower()
    w = w[:-6] if w.endswith("-elect") else w
    return w[5:] if w.startswith("vice-") else w


def _title_or_role(word: str, lex: _Lexicon) -> bool:
    w = _office_word(word)
    return w in lex.titles or w in lex.roles


def _personal_title(word: str, lex: _Lexicon) -> bool:
    """A title or role that a person's name can follow: not a modifier ("former", "prime")
    nor a body or a document ("police", "committee", "report")."""
    w = _office_word(word)
    role = lex.roles.get(w)
    return (w in lex.titles and w not in _TITLE_MODIFIERS) or (
        role is not None and (role[1] == "person" or w in _OFFICE_ROLES))


_TITLE_MODIFIERS = frozenset({"former", "vice", "presumptive", "presidential", "prime"})
_OFFICE_ROLES = frozenset({"minister", "ambassador", "diplomat", "official"})


def _reads_as_name(words: list[str], lex: _Lexicon) -> bool:
    """Do the capitalised ``words`` after a title or role read as a person's name: at most four
    words besides particles, none a body, title, role, date or possessive, and a single word
    not an acronym nor a place or body of the gazetteer ("Justice Department", "Defense
    Secretary FBI" are not)."""
    if not 1 <= sum(w.lower() not in _PARTICLES for w in words) <= 4:
        return False
    for w in words:
        low = w.lower().rstrip(".,")
        if (low in lex.orgs or low in lex.titles or low in lex.roles or low in WEEKDAYS
                or low in MONTHS or w.endswith(("'s", "’s")) or not (
                    w[:1].isupper() or low in _PARTICLES)):
            return False
    if len(words) == 1:
        w = words[0].rstrip(".,")
        entry = lookup_en(w)
        # (a person of the gazetteer is named in full there: "Lavrov" -> "Sergey Lavrov")
        if w.isupper() or len(w) < 3 or (entry is not None and entry.canonical.lower() ==
                                          w.lower()):
            return False
    return True


def _role_word(word: str) -> bool:
    """Is ``word`` (or its singular in -s) a role that names people ("prosecutors",
    "officials")?"""
    roles = lexicon().roles
    w = word.lower()
    return any((roles.get(x) or ("", ""))[1] == "person"
               for x in ((w, w[:-1]) if w.endswith("s") else (w,)))


def _paren_open(toks, close: int) -> int | None:
    """The index of the "(" that the ")" at ``close`` closes, at most 8 tokens before it (not
    the first token), or None."""
    k = close
    while k > 0 and toks[k][2] != "(":
        k -= 1
    return k if k > 0 and close - k <= 8 else None


# the words before a bare verb: "to help write", "tried to defend", "would say"
_TO_OR_MODAL = frozenset({"to", "will", "would", "can", "could", "should", "might", "must"})


def _skip_fillers_left(toks, i: int, cue_ing: bool = False, skip_aside: bool = False
                       ) -> tuple[int, bool, bool, bool]:
    """Skip adverbs, auxiliaries and time words left of a cue (and, before a cue in -ing
    (``cue_ing``), a verb that takes it as its complement: "have begun urging"; with
    ``skip_aside``, an adverb between commas: ", however,").

    Returns (index of the last token of the speaker phrase, negated, conditional, passive)."""
    negated = conditional = passive = False
    while i >= 0:
        w = toks[i][2].lower()
        if i > 0 and ((w in MONTHS and toks[i][2][:1].isupper()) or (
                len(w) == 4 and w.isdigit() and w[:2] in ("19", "20"))) and \
                toks[i - 1][2].lower() in ("in", "since", "until", "by"):
            i -= 2  # "LaPierre in December argued", "who in February told", "Kerry in 2009 said"
            continue
        if _capitalised_after_name(toks, i):
            break  # "Theresa May said": a surname, not the modal
        if i > 1 and (toks[i - 2][2].lower(), toks[i - 1][2].lower(), w) in \
                _THREE_WORD_FILLERS:
            i -= 3  # "who has in the past described"
            continue
        if i > 0 and (toks[i - 1][2].lower(), w) in _TWO_WORD_FILLERS:
            i -= 2  # "has at times said", "have in particular noted"
            continue
        if w == "ago" and i > 1:
            # "The State Department less than two weeks ago said": a time between the subject
            # and its verb
            k = i - 2 if toks[i - 1][2].lower() in _TIME_UNITS else i
            if k < i and k >= 0 and (toks[k][2].isdigit() or toks[k][2].lower() in
                                     _COUNT_WORDS):
                k -= 1
                while k >= 0 and toks[k][2].lower() in ("than", "less", "more", "about",
                                                        "nearly", "just", "only", "some"):
                    k -= 1
                i = k
                continue
        if skip_aside and w == "," and i > 2 and toks[i - 2][2] == "," and \
                toks[i - 1][2].lower() in _ASIDE_ADVERBS:
            i -= 3  # "Outside economists and trade experts, however, said"
            skip_aside = False
            continue
        if w == "to" and i > 0 and toks[i - 1][2] in _TO_SAY_VERBS:
            i -= 2  # "Quentin Smith called to complain", "Mr. Obama went on to say"
            if i >= 0 and toks[i + 1][2] == "on" and toks[i][2] in ("went", "goes", "go"):
                i -= 1
            continue
        if cue_ing and w in _CATENATIVES and toks[i][2].islower():
            cue_ing = False
            i -= 1  # "have begun urging", "could not resist suggesting": the subject's
            continue
        if w in NEGATORS or w.endswith("n't"):
            negated = True
        elif w in MODALS:
            conditional = True
        elif w in AUX_PASSIVE:
            passive = True
        if w in FILLERS or w.endswith("n't") or w in WEEKDAYS or w in ("week", "month", "year",
                                                                        "night", "morning"):
            if w in ("week", "month", "year", "night", "morning") and i > 1 and \
                    toks[i - 1][2].lower() == "past" and toks[i - 2][2].lower() in ("this", "the"):
                i -= 2  # "Reince Priebus, the GOP chairman, this past week announced"
                if i > 0 and toks[i - 1][2].lower() in ("over", "in", "during"):
                    i -= 1  # "indications over the past year suggest"
            elif w in ("week", "month", "year", "night", "morning") and i > 0 and \
                    toks[i - 1][2].lower() in ("last", "this", "that", "earlier", "next"):
                i -= 1
            elif w in WEEKDAYS and i > 0 and toks[i - 1][2].lower() in ("on", "last", "this"):
                i -= 1
            i -= 1
            continue
        if (w.endswith("ly") and w.isalpha() and w.islower() and w not in LY_NOT_ADVERB
                and len(w) > 4):
            i -= 1
            if i >= 0 and toks[i][2] in _DEGREE:
                i -= 1  # "Mr. Kerry quite correctly responded"
            continue
        if w.isdigit() and i > 0 and toks[i - 1][2].lower() in MONTHS:
            i -= 2
            if i >= 0 and toks[i][2].lower() == "on":
                i -= 1
            continue
        break
    return i, negated, conditional, passive


_DEFINITE_LEAD = re.compile(r"^(?:the|The)\s+")
_AND_THE_END = re.compile(r"\s(?:and|or)(?:\s+the)?$")
_RELATIVE_IN_MENTION = re.compile(r"(?<=\w)\s+who\s+(?=[a-z])")
_THREE_WORD_FILLERS = frozenset({("can", "be", "heard"), ("could", "be", "heard"),
                                 ("can", "be", "seen"), ("could", "be", "seen"),
                                 ("in", "the", "past"), ("in", "recent", "years"),
                                 ("in", "recent", "months"), ("in", "recent", "weeks"),
                                 ("in", "recent", "days"), ("in", "the", "meantime"),
                                 # "…, at one point calling the mayor a “liar”"
                                 ("at", "one", "point"), ("at", "that", "point"),
                                 ("at", "some", "point"), ("at", "the", "time")})
_RELATIVE_IN_APPOSITION = re.compile(r"\s(?:who|which|that|whose|where|when)\s")
_PREPOSITION_BEFORE = re.compile(r"\b(?:about|of|on|to|for|with|from|against|over)\s+\Z")
_TIME_UNITS = frozenset({"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days",
                         "week", "weeks", "month", "months", "year", "years", "decade",
                         "decades"})
_COUNT_WORDS = frozenset({"a", "an", "one", "two", "three", "four", "five", "six", "seven",
                          "eight", "nine", "ten", "few", "several", "many"})
# an adverb between commas right before the cue: "Outside economists, however, said"
_ASIDE_ADVERBS = frozenset({"however", "though", "too", "meanwhile", "instead", "nonetheless",
                            "nevertheless", "therefore", "moreover", "meantime"})
_ASIDE_BEFORE_CUE = re.compile(r",\s*(?:" + "|".join(sorted(_ASIDE_ADVERBS)) + r")\s*,\s*$",
                               re.I)
_TWO_WORD_FILLERS = frozenset({("so", "much"), ("as", "much"),  # "wasn't so much saying"
                               ("was", "heard"), ("is", "heard"), ("were", "heard"),
                               ("was", "seen"), ("is", "seen"),  # "a reporter can be heard
                               # asking Trump", "Trump was heard saying": the one heard speaks
                               ("at", "times"), ("in", "particular"), ("at", "first"),
                               ("in", "turn"), ("once", "again")})
# verbs whose -ing complement is the cue: the subject is theirs
_CATENATIVES = _words("begin begins began begun beginning start starts started starting continue "
                      "continues continued continuing keep keeps kept resist resisted stop stops "
                      "stopped")
# verbs that a speech verb completes with "to": "called to complain", "went on to say"
_TO_SAY_VERBS = _words("called calls phoned phones wrote writes rose rises emailed texted "
                       "returned on")
_DEGREE = frozenset({"quite", "very", "rather", "pretty", "fairly", "most", "more", "less",
                     "so", "too", "all"})  # before an adverb in -ly


def _capitalised_after_name(toks, i: int) -> bool:
    """Is token ``i`` a modal or filler word written with a capital after a capitalised word,
    so a surname ("Theresa May", "Ryan Will")?"""
    w = toks[i][2]
    return i > 0 and w[:1].isupper() and w.lower() in FILLERS and \
        toks[i - 1][2][:1].isupper() and _is_word(toks[i - 1][2]) and \
        toks[i - 1][2].lower() not in STOP_LEFT


def _addressed_writing(toks, j: int, i: int) -> bool:
    """Is the "to" at token ``j`` (the phrase ending at ``i``) the addressee of a writing
    owned or made definite before it: "Sanders' fundraising email to his supporters notes",
    "The letter to the editor says"? (Not a name, whose canonical form would take over, nor
    the object of a verb: "sent a letter to donors saying".)"""
    if toks[j - 1][2].lower() not in _ADDRESSED_TO or \
            not all(x[2].islower() for x in toks[j + 1:i + 1]):
        return False
    k = j - 2
    while k > 0 and j - 2 - k < 2 and toks[k][2].isalpha() and toks[k][2].islower() and \
            toks[k][2] not in DETS and toks[k][2] not in STOP_LEFT:
        k -= 1  # (its modifiers: "fundraising")
    return k >= 0 and (toks[k][2].endswith(("'s", "’s", "'", "’")) or
                       toks[k][2].lower() in ("the", "this", "that"))


def _np_left(toks, i: int) -> int:
    """Index of the first token of the noun phrase that ends at token ``i`` (``i + 1`` if
    there is none)."""
    if i < 0:
        return 0
    w = toks[i][2]
    lw = w.lower()
    if not _is_word(w) or (lw in STOP_LEFT and not _capitalised_after_name(toks, i)):
        return i + 1
    if lw in SUBJ_PRONOUNS:
        return i
    j = i
    while j >= 0 and i - j < 12:
        t = toks[j][2]
        lw = t.lower()
        if not _is_word(t):
            if t in ("'", "’") and 0 < j < i and toks[j - 1][1] == toks[j][0] and \
                    toks[j - 1][2][-1:] in "sS" and toks[j + 1][2][:1].islower():
                j -= 1  # plural possessive: the Sanders' campaign
                continue
            if t == "," and 0 < j < i and toks[j - 1][1] == toks[j][0] and \
                    toks[j][1] == toks[j + 1][0] and toks[j - 1][2].isdigit() and \
                    toks[j + 1][2].isdigit():
                j -= 1  # a number's thousands: "1,409 teachers"
                continue
            if t == "," and 2 < j < i <= j + 2 and _cap(toks[j - 1][2]) and \
                    toks[j - 2][2] in ("of", "from") and \
                    " ".join(toks[n][2] for n in range(j + 1, i + 1)) in _US_STATES:
                j -= 1  # a city and its state: "Stacy Baker of Columbia, South Carolina says"
                continue
            if t[:1] == "'" and 1 < j < i and toks[j - 1][2].lower() in SUBJ_PRONOUNS and \
                    _is_word(toks[j - 2][2]) and toks[j - 2][2].lower() not in STOP_LEFT:
                j -= 2  # a relative clause without "who": "Several people I've spoken with"
                continue
            break
        if lw in SUBJ_PRONOUNS and j < i and lw not in ("it", "you", "i"):
            break
        if t == "to" and 0 < j < i and _cap(toks[j - 1][2]) and _cap(toks[j + 1][2]) and \
                _is_word(toks[j - 1][2]):
            j -= 1  # a name with "to" inside: "the Committee to Protect Journalists"
            continue
        if lw in PREPS_IN_NP:
            if 0 < j < i and _is_word(toks[j - 1][2]) and toks[j - 1][2].lower() not in STOP_LEFT \
                    and toks[j - 1][2].lower() not in PREPS_IN_NP:
                j -= 1
                continue
            break
        if lw in ("and", "&"):
            nxt = toks[j + 1][2] if j + 1 <= i else ""
            prv = toks[j - 1][2] if j > 0 else ""
            # ("The FBI and Boston Police", "Mr. Obama and his top advisers": joint speakers)
            if j < i and prv and _is_word(prv) and (_cap(prv) or prv.lower() in SUBJ_PRONOUNS) \
                    and (_cap(nxt) or nxt.lower() in SUBJ_PRONOUNS or
                         (_cap(prv) and (nxt.lower() in ("his", "her", "their", "other",
                                                          "fellow") or
                                         _role_word(nxt) or (j + 2 <= i and
                                                             _role_word(toks[j + 2][2]))))):
                # (also "President Obama and aides", "Brotherhood and hard-line allies",
                # "Mr. King and other conservatives")
                j -= 1
                continue
            if j < i and prv and _is_word(prv) and prv.lower() not in STOP_LEFT and (
                    j < 2 or toks[j - 2][2] in (",", '"', "”", "'")):
                j -= 1  # "…, current and former officials said"
                continue
            if j + 1 < i and prv.islower() and nxt.islower() and _is_word(prv) and j >= 2 and (
                    toks[j - 2][2].endswith(("'s", "’s")) or toks[j - 2][2].lower() in DETS):
                j -= 1  # two modifiers of one head: "Europe's security and democracy watchdog"
                continue
            if j + 1 < i and _role_word(prv) and _role_word(toks[i][2]) and \
                    any(toks[n][2].lower() in ("the", "a", "an") for n in range(max(0, j - 4), j)):
                j -= 1  # two roles of one person: "the Florida senator and Republican
                continue  # presidential candidate said"
            break
        if lw == "to" and 0 < j < i and (toks[j - 1][2].lower() == "close" or
                                          toks[j - 1][2].lower() in _RELATION_TO or
                                          _addressed_writing(toks, j, i)):
            j -= 2  # "a source close to him", "an aide to Hillary Clinton", "Sanders'
            continue  # fundraising email to his supporters notes"
        if lw == "as" and 1 < j < i and toks[j - 1][2].lower() in ("many", "much", "few") and \
                toks[j - 2][2].lower() == "as" and toks[j + 1][2][:1].isdigit():
            j -= 3  # a quantity: "as many as 40 percent of Clinton voters said" (and no more:
            break   # "Polls show as many as 30 percent of his backers say")
        if lw in ("that", "this", "these", "those") and 0 < j < i and \
                toks[j - 1][2].lower() in PREPS_IN_NP and toks[j + 1][2][:1].islower():
            j -= 1  # a demonstrative after a preposition: "officials in that city said"
            continue
        if lw == "as" and 1 < j < i and toks[j - 1][2].lower() == "such" and \
                _is_word(toks[j - 2][2]) and toks[j - 2][2].lower() not in STOP_LEFT:
            j -= 2  # "some Democrats such as Senator Tim Kaine of Virginia said"
            continue
        if lw in STOP_LEFT and not (j < i and _acronym(t)) and \
                not _capitalised_after_name(toks, j) and not (
                lw in _ADJECTIVE_AFTER_DET and j > 0 and toks[j - 1][2].lower() in DETS):
            # (an acronym is a name: "NOW President Terry O'Neill", "AS Roma"; "earlier"
            # after a determiner is an adjective: "An earlier report in a … paper said")
            break
        if lw.isdigit() and len(lw) == 4 and j < i:  # a year: "In 2012 Trump said"
            break
        j -= 1
    j += 1
    # trim clause-initial words and prepositional lead-ins
    while j <= i and toks[j][2].lower() in LEADING_TRIM and not _acronym(toks[j][2]) and \
            not (j < i and toks[j][2].lower() == "as" and
                 toks[j + 1][2].lower() in ("many", "much", "few")):
        j += 1  # (not the quantity "as many as 40 percent")
    if 0 < j < i and toks[j][2].lower() in ("least", "most") and toks[j - 1][2].lower() == "at":
        j -= 1  # a quantity: "at least 21,000"
    # a participle with its object is not part of the phrase: "launching a campaign"
    if j < i and toks[j][2].islower() and toks[j][2].endswith("ing") and \
            toks[j + 1][2].lower() in DETS:
        j += 1
    return j


# a subordinate clause opened without a comma: "long before White House officials started to"
_SUBORDINATE_NO_COMMA = re.compile(r"\s(?:before|after|until|because|since|once|unless)\s+"
                                   r"(?=(?-i:[A-Z])|(?:the|his|her|their|its)\s)", re.I)
_VERB_TO_BEFORE_CUE = re.compile(r"\s+(?:[a-z]+ly\s+)?(?-i:[a-z]{2,}ed|" + _IRREGULAR_PAST +
                                 r"|(?-i:[a-z]{2,}(?<!s)s))\s+to\s+")
# a clause of time after a quotation: ', when asked whether …', ' moments after polls closed'
_TIME_CLAUSE_AFTER_MARK = re.compile(r"\s*,?\s*(?:(?:just|moments|shortly|minutes|hours|days|"
                                     r"weeks|soon|right|even)\s+)?(?:when|after|before|until|"
                                     r"while)\b", re.I)
# (not the second of two joined subjects: "Both General Sisi, …, and Mr. Fahmy, …, said")
_BOTH_LEAD = re.compile(r"\s*(?:both|either|neither)\b", re.I)
# ", and NAME, the ROLE," right before a cue: the subject of a new clause
_AND_NAME_APPOSITION_BEFORE = re.compile(
    r",\s+(?:and|but)\s+((?-i:[A-Z][\w'’.-]+)(?:\s+(?-i:[A-Z][\w'’.-]+)){0,3}),\s+"
    r"(?:the|a|an|his|her|its|their)\s[^,;“”\"]{1,80},\s*$")
# a "who" with no punctuation after it (a relative clause that may hold the cue's subject)
_WHO_BEFORE = re.compile(r"\bwho\b[^,;:()\"“”—–]*$", re.I)


# words that open a clause of their own, which a relative clause does not cross
_CLAUSE_OPENERS = frozenset({"that", "as", "because", "while", "when", "if", "although",
                             "though", "whether", "so", "than", "where", "whereas", "unless"})


# words after which "as" is a preposition: "identified himself as", "known as", "served as"
_AS_PREPOSITION_AFTER = frozenset({"himself", "herself", "themselves", "itself", "known",
                                   "described", "identified", "served", "serves", "worked",
                                   "works", "working", "serving", "such"})


def _relative_antecedent(toks, j: int) -> int | None:
    """Start of the noun phrase whose relative clause holds token ``j``: "People who know him
    say", "Democrats who voted to reopen the government said" (the speaker is the noun phrase
    with its clause, not the clause's verb phrase). None when no "who" opens the clause."""
    w = j
    while w > max(0, j - 24):
        w -= 1
        t = toks[w][2]
        if t.replace("’", "'") in ("'d", "'s", "'ve", "'ll") and w >= 1 and \
                toks[w - 1][2].lower() == "who":
            w -= 1  # "who'd rather be working …": a contraction
            t = toks[w][2]
        if t.lower() == "that" and 0 < w < j and _relative_that(toks, w):
            k = _np_left(toks, w - 1)
            return k if k <= w - 1 else None
        if not _is_word(t) or (t.lower() in _CLAUSE_OPENERS and not (
                t.lower() == "as" and toks[w - 1][2].lower() in _AS_PREPOSITION_AFTER)):
            return None  # (not past a clause of its own: "… gathered steam as a number of
            # writers suggested", "so heated over who supported which bill that X said"; but
            # "A man who identified himself as James told")
        if t.lower() == "who":
            if w == 0 or not (toks[w + 1][2][:1].islower() or toks[w + 1][2][:1] in "'’"):
                return None
            prv = toks[w - 1][2]
            if not _is_word(prv) or prv.lower() in STOP_LEFT or prv.lower() in SUBJ_PRONOUNS \
                    or prv.lower() in _PREPOSITIONS_BEFORE_NP:
                return None  # ("over who supported which bill": a question word)
            if not any(x[2][:1].islower() and x[2].lower() not in _NOT_RELATIVE_VERB
                       for x in toks[w + 1:j + 1]):
                return None  # ("who in February told": the cue is the relative's own verb)
            k = _np_left(toks, w - 1)
            if k > w - 1:
                return None
            if k >= 2 and toks[k - 1][2] == "," and toks[k - 2][2][:1].isupper() and \
                    _is_word(toks[k - 2][2]):
                # a name in apposition: "Nate Silver, the polling guru who founded
                # fivethirtyeight.com tweeted"
                n = _np_left(toks, k - 2)
                if n <= k - 2:
                    return n
            return k
    return None


_NP_AUX = frozenset(_AUXILIARY.split("|")) - {"am"}  # (the auxiliaries; "am" may be a time)


def _relative_that(toks, w: int) -> bool:
    """Does the "that" at token ``w`` open a relative clause on the noun before it, its verb
    an auxiliary ("progressive organizations that have endorsed him say")? A complementizer
    "that" is followed by a subject, never by an auxiliary."""
    prv, nxt = toks[w - 1][2], toks[w + 1][2]
    low = prv.lower()
    if nxt in AUX_PASSIVE and not any(t.islower() and t.endswith(("ed", "ing"))
                                      for _a, _b, t in toks[w + 2:]):
        return False  # ("victory that was by no means assured": the cue is its participle)
    return nxt in _NP_AUX and prv.isalpha() and prv.islower() and low not in STOP_LEFT and \
        low not in SUBJ_PRONOUNS and low not in _PREPOSITIONS_BEFORE_NP and \
        low not in lexicon().forms and low not in FILLERS


def _verb_in_aside(toks) -> bool:
    """Has the prepositional aside ``toks`` a finite verb? A word after a determiner or a
    possessive is a noun: "in response to Mr. Trump's remarks", "in their talks"."""
    for n, (_a, _b, t) in enumerate(toks):
        if _FINITE_CASED.fullmatch(t) is None:
            continue
        prev = toks[n - 1][2].lower() if n > 0 else ""
        if t.islower() and t.endswith(("s", "ed")) and (
                prev in _ROLE_DETERMINERS or prev.endswith(("'s", "’s"))):
            continue
        return True
    return False


def _np_holds_verb(text: str, s: int, e: int) -> bool:
    """Does a phrase read after a cue as its speaker hold a verb, so that it is the subject and
    verb of a reported clause ("said his district received applications") rather than a
    speaker ("said a retired general", "said the state's elected official")?"""
    words = text[s:e].split()
    for k in range(1, len(words)):
        w = words[k]
        if w.lower() in _NP_AUX:
            return True
        if k + 1 < len(words) and (_PAST_FIRST.fullmatch(w) or
                                   (w.islower() and w.endswith("ed"))):
            prev = words[k - 1].lower()
            if prev not in DETS and not prev.endswith(("ly", "'s", "’s")):
                return True
    return False


def _np_right(text: str, pos: int, hi: int) -> tuple[int, int] | None:
    """A speaker noun phrase starting at ``pos`` (inverted cue: ``said Mark Jones``)."""
    m = _WORD_START.match(text, pos, hi)
    if not m:
        return None
    first = m.group(1)
    lf = first.lower()
    if lf in ("he", "she", "they", "we", "i"):
        return m.start(1), m.end(1)
    if lf in PREPS_IN_NP or lf in _BAD_INVERTED:
        return None
    if not (_cap(first) or lf in DETS):
        # "said former tech executive Carly Fiorina": a role before a name; "…, say experts,
        # is …": a plural role alone
        if lf in STOP_LEFT or not (_NAME_WITHIN_FIVE.match(text[m.end(1):hi]) or (
                (bare := lf.rstrip(".")).endswith("s") and
                (lexicon().roles.get(bare) or lexicon().roles.get(bare[:-1])))):
            return None
    if lf in ("that", "this", "it"):
        return None
    if lf in DETS and not _SPACE_THEN_WORD.match(text[m.end(1):m.end(1) + 2]):
        return None
    s = m.start(1)
    e = m.end(1)
    n = 1
    prev = lf
    for t in _TOKEN.finditer(text, m.end(1), hi):
        tok = t.group()
        lt = tok.lower()
        if not _is_word(tok) or n >= 16 or (n >= 10 and not tok[:1].isupper()):
            break  # (past ten words only a name goes on: "… of Health Sciences")
        if (lt in STOP_LEFT or lt in ("who", "which", "in", "on", "at", "during", "after",
                                      "before", "from", "to")) and not (
                lt == "to" and (prev == "close" or prev in _RELATION_TO)) and not (
                lt == "with" and prev == "familiar") and not (
                lt == "like" and n == 1 and _NAME_WITHIN_FIVE.match(text[t.end():hi])) and not (
                lt == "and" and (_role_word(prev) or prev in lexicon().titles) and
                _NAME_WITHIN_FIVE.match(text[t.end():hi])):
            # ("said Democratic strategist and CNN contributor Paul Begala", "said former
            # Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell": two
            # roles of one person before the name go on)
            # ("said a source close to the senator", "said a longtime adviser to both
            # Clintons": a role's "to" is part of the phrase)
            break
        prev = lt
        e = t.end()
        n += 1
    if e > s and text[e - 1] == "." and not _INITIAL_OR_TITLE_END.search(text[s:e]):
        e -= 1
    return s, e


# a time phrase that opens a clause and ends with its comma: "the day after the primary,",
# "a week later,", "every December,"
_TIME_LEAD = re.compile(
    # "Hours later, she …", "Minutes before the vote, …": a bare plural of time, then the word
    # that places it
    r"\s*(?:hours|days|weeks|months|years|minutes|moments|decades)\s+(?:later|earlier|ago|"
    r"before|after)\b[^,.;:!?\n]{0,50},|"
    # "Early in his campaign, Trump …", "Late Tuesday, …" (not "Rex Early said")
    r"\s*(?:early|late)\s+(?:in|on|last|this|that|next|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|today|yesterday)\b[^,.;:!?\n]{0,50},|"
    r"\s*(?:the|a|an|one|two|three|four|five|six|several|this|that|last|next|every|each)\s+"
    r"(?:[\w-]+\s+)?(?:day|days|week|weeks|month|months|year|years|night|morning|afternoon|"
    r"evening|weekend|decade|december|january|february|march|april|may|june|july|august|"
    r"september|october|november|spring|summer|fall|autumn|winter)"
    r"(?:\s+(?:after|before|following)\s[^,.;:!?\n]{1,50}|\s+(?:later|earlier|ago|before))?,",
    re.I)

# a counted stretch of time that places the clause, with or without its comma: "A few minutes
# later they reversed themselves", "Thirteen years earlier, she had voted"
_TIME_AGO_LEAD = re.compile(
    r"\s*(?:a\s+few|a\s+couple\s+of|several|some|many|\d+|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty|"
    r"(?:dozens|hundreds)\s+of)\s+(?:more\s+)?(?:seconds|minutes|hours|days|weeks|months|years|"
    r"decades|moments)\s+(?:later|earlier|ago|after\s+that|before\s+that)\b,?", re.I)

# a month is a date, not a name ("April Mellody"), when a number follows: "February 2010"
_DIGIT_NEXT = re.compile(r"\s+\d")
# the US states and their abbreviations: a city's state after its comma stays in the speaker
_US_STATES = frozenset("""Alabama Alaska Arizona Arkansas California Colorado Connecticut
    Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine
    Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio
    Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin
    Wyoming Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass.
    Mich. Minn. Miss. Mo. Mont. Neb. Nev. Okla. Ore. Pa. Tenn. Tex. Va. Vt. Wash. Wis. Wyo.
    D.C. N.Y. N.J. N.H. N.C. S.C. N.D. S.D. N.M. R.I. W.Va.
    AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM
    NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC""".split()) | frozenset({
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota",
    "Rhode Island", "South Carolina", "South Dakota", "West Virginia"})
# a state's abbreviation after a place and its comma: "Tex.,", "N.H.,", "D.C.,"
# the states as one alternation, the longest first ("West Virginia" before "Virginia")
_US_STATE_NAMES = "|".join(re.escape(st) for st in sorted(_US_STATES, key=len, reverse=True))
_STATE_AFTER_PLACE = re.compile(r"\s*(?:[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2}|" + _US_STATE_NAMES +
                                r"),")
# a place's state after its comma, at the end of a phrase: "in Santa Monica, Calif. “…”"
_COMMA_STATE = re.compile(r"\s*,\s*(?:" + _US_STATE_NAMES +
                          r")(?![\w-])(?=\s*[,;:\"“”]|\s+[\"“]|\s*$|(?<=\.)\s)")

# ... and after a verb whose object is the addressee, it may open with any word: "told
# conservative radio host Hugh Hewitt on Wednesday that …", "telling customers at a popular
# Manchester, New Hampshire, breakfast spot that …" ("disclosed information that …" is a
# relative clause)
_THAT_AHEAD_ADDRESSEE = re.compile(
    r"\s*(?!(?:to|not|never|of|about|against|that)\b)[a-z][a-z-]+\s"
    r"(?:(?!to\s)(?:,\s*(?:" + _US_STATE_NAMES + r"),|[^,.;:!?\"“”])){0,70}?\b(?P<that>that)\b"
    + _NOT_THAT_CLAUSE + _NOT_RELATIVE_AHEAD)

# common verbs of a plural subject, which end its noun phrase ("Some observers see pressure …")
_PLURAL_VERBS = frozenset({"see", "think", "believe", "want", "know", "fear", "hope", "feel",
                           "expect", "seem", "appear", "remain", "oppose", "support", "blame",
                           "need", "worry", "doubt", "view", "consider", "regard", "recognize",
                           "accept", "reject", "prefer", "like", "love", "hate", "favor",
                           "favour"})


# a verb in -s and its object right after a bare cue form: "the AP report merits the …"
_S_VERB_THEN_OBJECT = re.compile(r"\s+(?-i:[a-z]{3,}[^s\W]s)\s+(?:the|a|an|his|her|their|its|no|"
                                 r"our|this)\s")
_JUST_A_COMMA = re.compile(r"\s*,\s*")
# a participle lead: "Alarmed by the unrest in Nevada, Senator Harry Reid … said"
_PREPOSITION_NEXT = re.compile(r"\s+(?:by|at|over|about|with)\b")
# an auxiliary right after a plural noun: "friends have", "critics were"
_AUX_AFTER_NOUN = frozenset("have had are were will would could can should may might must do did "
                            "also".split())


def _subject_np(text: str, s: int, hi: int) -> tuple[int, int] | None:
    """The subject at the start of a clause: skip conjunctions and introductory phrases that
    end with a comma, then take a pronoun, a name run or a short determiner phrase."""
    pos = s
    dateline = _DATELINE.match(text, s, hi)
    if dateline is not None:
        pos = dateline.end()  # "WASHINGTON (AP) — Sen. X …", "Updated: Rick Santorum …"
    furniture = _PAGE_FURNITURE.match(text, pos, hi)
    if furniture is not None:
        pos = furniture.end()  # "Hide Caption 3 of 12 Photos: BFM-TV … reported"
    for _ in range(5):
        m = _WORD_START.match(text, pos, hi)
        if not m:
            return None
        ago = _TIME_AGO_LEAD.match(text, pos, hi)
        if ago is not None:
            pos = ago.end()
            continue
        w = m.group(1).lower()
        if w in _DEGREE_BEFORE_CONJUNCTION:
            nxt = _WORD_START.match(text, m.end(1), hi)
            after = nxt.group(1).lower() if nxt is not None else ""
            if after in LEADING_TRIM or after in _DEGREE_BEFORE_CONJUNCTION:
                pos = m.end(1)  # "Almost immediately after she did, David Axelrod …"
                continue
        if _AGE_EPITHET.fullmatch(w) and text[_first_non_space(text, m.end(1)):][:1].isupper():
            pos = m.end(1)  # an age before the name: "76-year-old Morton Blackwell endorsed"
            continue
        if w in _CLAUSE_ADVERBS or (
                w == "even" and text[_first_non_space(text, m.end(1)):][:1].isupper()):
            # ("Even Lindsey Graham, who …, said": not "Even if …")
            pos = m.end(1)
            if text.startswith(",", pos):
                pos += 1
            continue
        if w.endswith("ing") and m.group(1)[0].isupper():
            nxt = _WORD_START.match(text, m.end(1), hi)
            if _PAST_FIRST.match(text, m.end(1), hi) or (
                    nxt is not None and nxt.group(1).lower() in lexicon().forms):
                break  # a name, not a participle: "Ebeling stood up and said …"
        if w.endswith("ly") and w not in LY_NOT_ADVERB and text.startswith(",", m.end(1)) and \
                w not in lexicon().first:
            pos = m.end(1) + 1  # "Recently, Tom Emanuel of Laconia … stood"
            continue
        if w in LEADING_TRIM or w.endswith("ing") or w in _OPENING_PHRASE_WORDS or \
                (w.endswith("ed") and _PREPOSITION_NEXT.match(text, m.end(1), hi)) or \
                w in WEEKDAYS or _TIME_LEAD.match(text, pos, hi) or (
                    w in MONTHS and _DIGIT_NEXT.match(text, m.end(1), hi)):
            c = text.find(",", pos, hi)
            while 0 < c < hi - 1 and text[c - 1].isdigit() and text[c + 1].isdigit():
                c = text.find(",", c + 1, hi)  # (not a number's comma: "$70,000")
            if c < 0 or c - pos > 150:
                return None
            pos = c + 1
            state = _STATE_AFTER_PLACE.match(text, pos, hi)
            if state is not None:
                pos = state.end()  # "at a rally in Beaumont, Tex., Mr. Trump …"
            aside = _RELATIVE_ASIDE_EN.match(text, c, hi) if state is None else None
            if aside is not None:
                pos = aside.end()  # "Outside the Justice Center, where the jury met, two …"
            continue
        break
    m = _WORD_START.match(text, pos, hi)
    if not m:
        return None
    first = m.group(1)
    if first.lower() in SUBJ_PRONOUNS - {"who", "which", "it"}:
        return m.start(1), m.end(1)
    toks = _tokens(text, m.start(1), min(hi, m.start(1) + 120))
    if not toks:
        return None
    e = None
    if _cap(first) and first.lower() not in DETS:
        stop = len(toks)
        for n, (_a, b, t) in enumerate(toks):
            if _is_word(t) and (_cap(t) or t.lower() in ("of", "the", "and", "for", "de") or
                                _GLUED_ARTICLE.match(t)):  # ("Abdel-Fattah el-Sissi")
                e = b
                continue
            if t in ("'", "’"):
                continue
            stop = n
            break
        if e is not None:
            # "Republican presidential candidate Donald Trump said": a capitalised modifier,
            # a lowercase role, then the name right before the verb
            role_name = _ROLE_THEN_NAME.match(text, e, hi)
            if role_name is None:
                role_name = _ROLE_THEN_NAME_VERB.match(text, e, hi)
                last = role_name.group(1).split()[-1].lower() if role_name is not None else ""
                if not (_role_word(last) or last in ("front-runner", "frontrunner", "hopeful",
                                                     "moderator", "anchor", "host")) or \
                        _VERB_SURE.search(role_name.group(1)):
                    role_name = None  # ("Clinton celebrated in Florida": a verb, a place)
            if role_name is not None and not any(
                    w.lower() in lexicon().forms or w.lower() in STOP_LEFT
                    for w in role_name.group(1).split()):
                e = role_name.end(2)
            elif not text[m.start(1):e].endswith(("'s", "’s", "s'", "s’")):
                # "Six Gannett newspapers …", "Federal officials …", "Other Republican
                # candidates …": a capitalised modifier, then the group it qualifies (a
                # possessive is taken below: "NATO's secretary general")
                head = _LOWER_HEAD.match(text, e, hi)
                if head is not None and (head.group(2).lower() in _GROUP_HEADS or
                                         _role_word(head.group(2).lower())) and not any(
                        w.lower() in lexicon().forms or w.lower() in STOP_LEFT
                        for w in head.group(0).split()):
                    e = head.end()
        if e is not None and text[e - 1:e] in ("s", "S") and text[e:e + 1] in ("'", "’") and \
                text[e + 1:e + 2] == " ":
            e += 1  # a possessive after an s: "Ambassador Stevens' deputy"
        if e is not None and text[m.start(1):e].endswith(("'s", "’s", "s'", "s’")):
            # a possessive names the owner: "Hillary Clinton's right-hand woman"
            for _a, b, t in toks[stop:stop + 3]:
                lt = t.lower()
                if not (_is_word(t) and t.islower()) or lt in STOP_LEFT or \
                        lt in lexicon().forms or _PAST_FIRST.match(" " + t + " "):
                    break
                e = b
    elif first.islower() and (_role_word(first) or first in _GROUP_HEADS):
        # a bare plural of a role or a group: "Over the past weeks, prosecutors charged …",
        # "Outside the scene of the attack, officers combed …"
        e = m.end(1)
    elif first.lower() in DETS or first.lower() in ("multiple", "numerous", "various"):
        for k, (_a, b, t) in enumerate(toks):
            lt = t.lower()
            if not _is_word(t) or (k > 6 and not (k <= 12 and _cap(t) and _cap(toks[k - 1][2]))) \
                    or (k > 0 and lt in STOP_LEFT and not (
                    k == 1 and lt in _ADJECTIVE_AFTER_DET)) or (k > 0 and lt in lexicon().forms):
                break
            nxt = toks[k + 1][2].lower() if k + 1 < len(toks) else ""
            if k > 1 and t.islower() and lt.endswith("s") and not lt.endswith("ss") and (
                    nxt in _AUX_AFTER_NOUN or nxt in lexicon().forms):
                e = b  # "Her liberal friends have mocked …": the noun, then its verb
                break
            if k > 1 and t.islower() and (lt.endswith("ed") or _IRREGULAR_VERB.fullmatch(lt) or
                                          (lt.endswith("s") and not lt.endswith("ss")) or
                                          lt in _PLURAL_VERBS) and \
                    lt not in _GROUP_HEADS:
                # "The mayor branded …", "Some observers see …": the verb ends it (not "Six
                # Gannett newspapers", "Other Republican candidates": the group named)
                break
            e = b
    if e is None:
        return None
    while e > m.start(1) and text[e - 1] in ".'":
        if text[e - 1] == "." and _INITIAL_OR_TITLE_END_NO_ST.search(text[m.start(1):e]):
            break
        e -= 1
    # drop trailing connector words
    words = text[m.start(1):e].split()
    while words and words[-1].lower() in ("of", "the", "and", "for", "de", "who", "which"):
        words.pop()  # (and a relative pronoun: "Another person who has been consulted …")
    if not words:
        return None
    return m.start(1), m.start(1) + len(" ".join(words))


# --------------------------------------------------------------------------------------------
# content
# --------------------------------------------------------------------------------------------

# prepositional phrases to the sentence's end after an inverted speaker, with no verb, after a
# quotation: "“…,” said a source at one of the top Russian banks in the gold trade. “…”"
_PP_CHAIN_TO_END = re.compile(
    r"\s+(?:at|of|in|with|from|for|on)\s+(?:(?!(?:is|was|are|were|has|have|had|will|would|"
    r"said|says|who|which|that)\b)[\w'’&.-]+\s+){1,14}?"
    r"(?!(?:is|was|are|were|has|have|had|will|would|said|says)\b)[\w'’&-]+"
    r"\.(?=\s+[A-Z“\"]|\s*$)")


def _skip_right(text: str, pos: int, hi: int, subject: bool = True) -> int:
    """Skip time words, adverbs and short prepositional phrases after a cue; with
    ``subject``, a phrase before a pronoun subject and its verb too (not after a postposed
    cue, whose content is before it: '“…,” Lewis said at the Capitol before a game he had
    not intended to see')."""
    for _ in range(6):
        if _CONDITIONAL_CLAUSE.match(text, pos, hi):
            break  # "said when it comes to leaks, it's important …": the clause's own opening
        # (the phrase before a pronoun and its verb first: "said in a statement it was
        # inexplicable" is no phrase to the end)
        m = _SKIP_RIGHT.match(text, pos, hi) or \
            (subject and _PP_BEFORE_SUBJECT.match(text, pos, hi)) or \
            _SKIP_PP.match(text, pos, hi) or _CHANNEL_WITH.match(text, pos, hi) or \
            _DASH_ASIDE.match(text, pos, hi) or _TO_NAME.match(text, pos, hi)
        if not m or m.end() == pos:
            break
        pos = m.end()
        if text[pos - 1:pos].isalpha() and (state := _COMMA_STATE.match(text, pos, hi)):
            pos = state.end()  # "said in an interview in Santa Monica, Calif. “…”"
    return pos


def _trim_content(text: str, s: int, e: int) -> tuple[int, int]:
    s, e = trim_span(text, s, e)
    while s < e and text[s] in ",:;—–-":
        s += 1
        s, e = trim_span(text, s, e)
    if (e > s and text[e - 1] in CLOSE_MARKS) or text[max(s, e - 2):e] == "''":
        return s, e
    while e > s and text[e - 1] in ".,;:!?—–- ":
        if text[e - 1] in "!?":
            break
        e -= 1
    return trim_span(text, s, e)


def _inner_span(text: str, m: Marked) -> tuple[int, int]:
    """The span of a direct quote in the marks ``m``: their inside, without a final period,
    comma, semicolon or colon."""
    ds, de = m.start, m.end
    while de > ds and text[de - 1] in ".,;:":
        de -= 1
    return ds, de


def _quotation_to_end(d: _Doc, pos: int, ue: int) -> Marked | None:
    """The quotation that opens at ``pos`` and runs to the end of the unit (punctuation aside),
    or None: 'Carl Bialik: “…”', 'Said Trump: “…”'."""
    q = d.mark_at(pos)
    if q is None or q.open != pos or d.text[_outer_end(q):ue].strip(" .,!?;:…"):
        return None
    return q


def _label(text: str, m: Marked) -> bool:
    """Is a marked term a label rather than someone's words? A short term that modifies the
    noun right after it: 'on "religious freedom" grounds', 'a "Stop Trump" movement'
    (contract: marks around a single term used as a label make no quote)."""
    if m.end <= m.start or len(text[m.start:m.end].split()) > _LABEL_WORDS or \
            not text[m.end - 1].isalnum():
        return False
    return _NOUN_AFTER_MARK.match(text, _outer_end(m)) is not None


def _typed(doc: _Doc, s: int, e: int) -> tuple[str, int, int, tuple[tuple[int, int], ...]]:
    """Type and span of a content stretch: direct when it is one marked quote."""
    text = doc.text
    s, e = _trim_content(text, s, e)
    if e <= s:
        return "indirect", s, e, ()
    inside = doc.marks_in(s, e)
    inside = [m for m in inside if m.open >= s and m.open < e and not _label(text, m)]
    first = doc.mark_at(s)
    if first is not None and first.open == s:
        tail = text[_outer_end(first):e]
        if not tail.strip(" .,;:!?"):
            ds, de = _inner_span(text, first)
            return "direct", ds, de, ((ds, de),)
    if inside:
        # a mark that closes after the content end belongs to the content (mixed quote)
        last = inside[-1]
        if _outer_end(last) > e and _outer_end(last) - e <= 3:
            e = _outer_end(last)
        return "mixed", s, e, tuple((m.start, min(m.end, e)) for m in inside)
    return "indirect", s, e, ()


# --------------------------------------------------------------------------------------------
# the rules
# --------------------------------------------------------------------------------------------

_NOUN_BEFORE = frozenset({"a", "an", "the", "his", "her", "its", "their", "our", "in", "of", "for",
                          "with", "on", "at", "from", "into", "than", "about", "were", "was",
                          "no", "among", "amid", "between", "other", "such", "every"})
# cues that are also nouns, and a determiner with a name before one (no verb can follow a
# singular name without its -s)
_NOUN_HOMOGRAPHS = frozenset({"report", "claim", "comment", "answer", "reply", "note",
                              "promise", "pledge", "vow", "boast", "call", "demand", "remark"})
_NAMED_DET_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|its|his|her|their)\s+"
                               r"(?:[A-Z][\w.&'’-]*\s+){1,4}$")
# a name and a reporting verb that end the sentence: what follows a cue is then no content
_NAME_THEN_CUE_TO_END = re.compile(r"\s*(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*\s+(?:said|says|"
                                   r"told\s+\S+|added|adds|wrote|writes|noted|notes)"
                                   r"(?:\s+[\w'’-]+){0,3}\s*[.!?]?\s*$")
# what "tell" does without reporting anything: "telling the truth", "told lies"
_TELL_NO_REPORT = re.compile(r"\s+(?:(?:you|me|us|him|her|them)\s+)?(?:the\s+truth|lies|a\s+lie|"
                             r"the\s+difference)\b", re.I)
_PHRASAL_AFTER = re.compile(r"\s+(up|off|down|out)\b", re.I)
# verb + particle that is no longer a report ("point out", "speak out" stay cues)
_NOT_SPEECH_PARTICLES = {"add": ("up",), "write": ("off", "down", "up"), "call": ("off",),
                         "tell": ("off",)}
_HAS_CONTRACTIONS = frozenset({"he's", "she's", "who's"})  # "has" before a participle
# what an infinitive "to add" reports: a that-clause, a colon or a quotation
_ADD_REPORTS = re.compile(r"\s*(?:that\b|:|,?\s*(?:[“\"]|''))")
# a source's request for anonymity: "asked not to be named", "requested anonymity"
_ANONYMITY_ASKED = re.compile(r"\s+(?:not\s+to\s+be\s+(?:named|identified|quoted|"
                              r"publicly\s+identified)\b|(?:for\s+)?anonymity\b)")
_ASKED_ANONYMITY_IN = re.compile(r",?\s+who\s+(?:asked|requested)\s+(?:not\s+to\s+be|"
                                 r"anonymity)")
# a participle that places a person: "a contractor working in Iraq", "a man living in Ohio"
_PARTICIPLE_PLACE = re.compile(r"(?P<head>.+?)\s+(?:working|living|based|stationed|serving|"
                               r"staying|traveling|travelling|visiting|born|raised)\s+"
                               r"(?:in|at|near|on|for|outside)\s+\S")
# what may qualify an addressee: a participle or a relative pronoun ("a voter passing by who")
_OBJECT_MODIFIER = re.compile(r"\s*(?:(?-i:[a-z]+ing)\b|who\b|whom\b)")
_SAID_NEXT = re.compile(r"\s+(?:said|say|says|told|tell|tells|claimed)\b")
_OPENING_BEFORE = re.compile(r"(?:^|[“\"(—–\n-])\s*$")


def _find_cues(doc: _Doc, lex: _Lexicon) -> list[tuple[int, int, CueVerb]]:
    """Every reporting cue of the document outside quotation marks, in order."""
    out = []
    text = doc.text
    forms = lex.forms
    for m in lex.pattern.finditer(text):
        start = m.start()
        if start and text[start - 1] in "<@#/_=":
            continue
        form = m.group()
        verb = forms.get(form) or forms.get(" ".join(form.lower().split()))
        if verb is None:
            continue
        before = text[max(0, start - 14):start]
        # a capitalised form inside a sentence is a name ("United States", "State Department")
        if form[0].isupper() and start not in doc.unit_starts and \
                not _OPENING_BEFORE.search(before):
            continue
        # a noun after a determiner is not a cue ("the statement", "a report")
        if verb.category != "marker":
            prev = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
            asked_by = form == "asked" and _BY.match(text, m.end()) is not None
            progressive = prev in ("was", "were") and form.lower().endswith("ing")
            if (prev in _NOUN_BEFORE and not asked_by and not progressive) or (
                    prev.endswith(("'s", "s'", "’s", "s’")) and not (
                    prev.replace("’", "'") in _HAS_CONTRACTIONS and
                    (form.endswith(("ed", "ing")) or
                     form.lower() in ("said", "told", "written")))):
                # (but "he's said …", "she's written that …": "has" + participle; "he's
                # predicting that …", "he was telling reporters that …": a progressive)
                continue
            if prev in _ADJECTIVE_AFTER_DET:
                words = text[max(0, start - 24):start].split()
                if len(words) >= 2 and words[-2].lower() in _NOUN_BEFORE:
                    continue  # "an earlier report", "their later statement"
            # a participle after a number is an adjective ("758 pledged delegates"), and
            # after a degree adverb ("so politically charged that", "racially charged signs")
            # (not after a number that closes an aside: "Murphy, who was elected in 2012,
            # argued", "a candidate in the primary on June 3, announced"; nor after an age that
            # is the subject: "“What if …?” the 43-year-old asked")
            if form.endswith("ed") and ((prev[:1].isdigit() and not prev.endswith((",", ")"))
                                         and not _AGE_EPITHET.fullmatch(prev))
                                        or prev in _DEGREE_BEFORE):
                continue
            if form.endswith("ing") and prev in _DEGREE_BEFORE:
                continue  # "one of the most telling indicators": an adjective too
        if doc.mark_at(start) is not None:
            continue
        if form.endswith("s") and form.lower() != "says" and _SAID_NEXT.match(text, m.end()):
            continue  # a noun, the subject of the next cue: "…, reports said.", "claims say"
        window = text[max(0, start - 48):start]
        if verb.category != "marker" and any(w in window for w in _AUTHOR_FRAME_HINTS) and \
                _AUTHOR_FRAME_BEFORE.search(window):
            continue  # "it is reasonable to ask if", "one could argue that": the author's own
        if verb.lemma == "add" and _QUANTITY_START.match(text, m.end()):
            continue  # a sum, not a report: "the economy adding 151,000 jobs", "added 1 million"
        if verb.lemma == "add" and before.endswith(" to ") and \
                not _ADD_REPORTS.match(text, m.end()):
            continue  # "agreed not to add any centrifuges": an act (not "went on to add that")
        if form in _NOUN_HOMOGRAPHS and not before.rstrip().endswith("s") and \
                _NAMED_DET_BEFORE.search(text, max(0, start - 40), start):
            continue  # "The FEC report covering …", "a Clinton campaign pledge": a noun
        if verb.lemma == "tell" and _TELL_NO_REPORT.match(text, m.end()):
            continue  # "Oswald was telling the truth when he said …": no report
        if verb.lemma in ("ask", "request") and _ANONYMITY_ASKED.match(text, m.end()):
            continue  # "who asked not to be named": the source's condition, not a report
        # a particle that makes another verb: "added up to", "has written off efforts"
        particle = _PHRASAL_AFTER.match(text, m.end())
        if particle is not None and particle.group(1).lower() in \
                _NOT_SPEECH_PARTICLES.get(verb.lemma, ()):
            continue
        out.append((start, m.end(), verb))
    return out


# what opens a role before a name in apposition: "his wife, Gabriela Lazar,"
_ROLE_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our"})
_PRONOUN_SUBJECT_START = re.compile(r"(?:he|she|they|we|I|it)\b", re.IGNORECASE)
# an anaphoric anonymous description: "the source", "these officials", "the U.S. official"
_ANONYMOUS_ANAPHOR = re.compile(r"(?:the|these|those|this|that)\s+(?:[\w.-]+\s+){0,2}?"
                                r"(?P<head>source|official|aide|person|diplomat|officer|"
                                r"spokesman|spokeswoman|spokesperson|insider)s?")
_CUT_ENDS = frozenset("at of in for with from to on by and the a an".split())
# how an anonymous description first introduces its source
_INDEFINITE_OPENERS = frozenset("a an one two three four five several some many senior "
                                "multiple".split())
# "declined to comment", "declined comment", not a figure that "declined by 0.2%"
_DECLINED = r"declined(?=\s+(?:to|comment|further|an?\s+interview|interviews|requests?)\b)"
# the author's own continuation of a report: ", but did not …", " but later backtracked"
_AUTHOR_CONTINUATION = re.compile(
    r"(?:(?<=[,\"”’])\s+but\s+(?:(?:later|then|also|still|otherwise)\s+)?(?:did\s+not|didn't|"
    r"didn’t|does\s+not|doesn't|doesn’t|would\s+not|wouldn't|wouldn’t|could\s+not|couldn't|"
    r"couldn’t|has\s+not|hasn't|hasn’t|have\s+not|haven't|had\s+not|hadn't|" + _DECLINED +
    r"|refused|stopped\s+short|backtracked|gave\s+no|offered\s+no|provided\s+no)"
    r"|,?\s+and\s+(?:" + _DECLINED + r"|refused|would\s+not\s+elaborate|did\s+not\s+elaborate|"
    r"would\s+not\s+say|did\s+not\s+say)"
    # the author's comparison with the speaker's past: "claiming vaccines cause autism, as they
    # once did"
    r"|,\s+as\s+(?:he|she|they|it|we)\s+(?:once\s+|often\s+|always\s+|previously\s+|"
    r"long\s+)?(?:did|do|does|had|has|have)(?=\s*[.,;)]|\s*$))\b")
_CHANNEL_NOUNS = ("tweet", "post", "statement", "interview", "video", "letter", "mail", "op-ed",
                  "speech")
# the channel of the cue at the end of its content: "calling it a “life and death” issue in a
# series of tweets"
_TRAILING_CHANNEL = re.compile(
    r",?\s+(?:in|during)\s+(?:a|an|his|her|their|its)\s+(?:series\s+of\s+|pair\s+of\s+|"
    r"string\s+of\s+)?(?:[\w-]+\s+)?(?:tweets?|posts?|statements?|interviews?|videos?|"
    r"letters?|emails?|e-mails?|op-eds?|speech|speeches)\s*[.,;]?\s*$")
# literals one of which _AUTHOR_FRAME_BEFORE needs (a cheap test before the regex)
_AUTHOR_FRAME_HINTS = ("It", "it", "ne ", "eedless", "uffice")
# the author's reasoning before a cue's base form: an impersonal "it is (worth, fair,
# reasonable …) to", a generic "one could / one might / one must", "needless to", "suffice it to"
_AUTHOR_FRAME_BEFORE = re.compile(
    r"(?:\b[Ii]t(?:'s|\s+is|\s+was|\s+would\s+be|\s+seems|\s+remains)\s+(?:\w+\s+){0,2}?"
    r"(?:fair|reasonable|worth|safe|important|interesting|fitting|tempting|easy|hard|difficult|"
    r"possible|impossible|wrong|right|accurate|inaccurate|unfair|necessary|natural|"
    r"instructive|notable|telling|ironic|striking)\s+to\s+"
    r"|\b[Ii]t(?:'s|\s+is|\s+was|\s+would\s+be)\s+(?:also\s+|perhaps\s+|still\s+)?worth\s+"
    r"|\b[Oo]ne\s+(?:could|might|can|must|may|should|would)\s+(?:(?:well|also|even|easily|"
    r"only|reasonably|fairly)\s+)?"
    r"|\b(?:[Nn]eedless|[Ss]uffice\s+it)\s+to\s+)$")


_SPOKEN_CLAUSE_CUES = frozenset({"say", "add", "insist", "argue", "explain", "reply", "answer",
                                 "write"})
# a comma, an interjection or none, then a pronoun subject and a verb: speech without marks
_COMMA_SPOKEN_CLAUSE = re.compile(
    r",\s*(?:(?:hey|look|well|listen|folks|you know|okay|OK|yes|no),\s*)?"
    r"(?=(?:I|we|you|they|he|she|it|there)\b"
    r"(?!\s*,)(?:\s+|['’]))", re.I)

# after an addressee, a comma and a clause with its own subject and finite verb: "Trump told
# CNN, his policy would merely be …", "told ABC's George Stephanopoulos, he is less concerned"
# (not an apposition: "told Gary Shapiro, the longtime CEO of …")
_CLAUSE_AFTER_OBJECT = re.compile(
    r",\s+(?=(?-i:I|[Ww]e|[Yy]ou|[Tt]hey|[Hh]e|[Ss]he|[Ii]t|[Tt]here)\s+(?!\w+ing\b)(?-i:[a-z])"
    r"|(?-i:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Tt]his|[Tt]hese|[Tt]hose)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:" + _AUXILIARY + r"|" + _IRREGULAR_PAST + r"|(?-i:[a-z]{2,}ed)|"
    r"(?:probably|also|still|now|already|only|often)\s+(?-i:[a-z]+s))\b)", re.I)


def _right_kind(text: str, pos: int, hi: int) -> str:
    """What follows a cue (after adjuncts): end, colon, quote, that, wh, to or clause."""
    if _COLON.match(text, pos, hi):
        return "colon"
    if _OPEN_AFTER.match(text, pos, hi):
        return "quote"
    if _THAT.match(text, pos, hi):
        return "that"
    if _RIGHT_END.match(text, pos, hi) or not text[pos:hi].strip():
        return "end"
    if _WH.match(text, pos, hi):
        return "wh"
    if _TO.match(text, pos, hi):
        return "to"
    return "clause"


# a perfect participle's auxiliary right before a cue: "…, having (once) said that …"
_HAVING_BEFORE = re.compile(r"\bhaving\s+(?:(?:also|already|once|previously|repeatedly|"
                            r"publicly|privately|recently|first)\s+)?$", re.I)
# an aside between dashes right before the cue ("insiders in the next two states — Nevada and
# South Carolina — said", "the suspects' sisters -- Ailina and Bella Tsarnaev -- said"): the
# subject ends where the aside opens
_DASH_ASIDE_BEFORE = re.compile(r"(?<=\S)\s*(—|–|--|(?<=\s)-(?=\s))\s*"
                                r"(?:(?!—|–|--| - )[^\n]){2,200}?\s*\1\s*"
                                r"(?:(?:both|all|each|also)\s+)?\Z")  # ("— … — both suggested")
# "when asked about concerns that …": a noun that takes its own that-clause (not "when asked
# about it that he would run", the cue's content after an adjunct)
_ASKED_ABOUT = re.compile(
    r"\bwhen\s+asked\s+about\s+(?:[\w'’]+\s+){0,3}?(?:concerns?|reports?|claims?|"
    r"allegations?|suggestions?|speculation|rumou?rs?|fears?|criticism|idea|possibility|"
    r"notion|fact|accusations?|charges?|assertions?|comments?|remarks?|worries|"
    r"complaints?)\s*$", re.I)
# a document and the one who got it: "a letter … obtained by The Associated Press warns"; a
# source and the one who asked it: "A witness interviewed by congressional staff said",
# "voters surveyed by Pew say"
_OBTAINED_BY = re.compile(r"\s(?:(?:obtained|seen|reviewed|viewed|acquired|interviewed|surveyed|"
                          r"polled|questioned|contacted|reached|quoted|cited)\s+by|"
                          r"(?:speaking|talking)\s+(?:to|with))\s+\Z")  # ("Another source
# speaking to Fox News said")
# a cue coordinated by "and" ("… and said", "- and says", "and later told"), and the relative
# pronoun after a comma or a dash that may open its clause
_AND_BEFORE = re.compile(r"\band\s+(?:(?:also|then|later|[a-z]+ly)\s+)?\Z")
_RELATIVE_OPENS = re.compile(r"(?:,|\s[—–-]{1,2})\s+(who)\s")
_FINITE_CUE_FORM = re.compile(r"(?:[a-z]+(?:ed|s)|said|told|wrote|spoke|gave|made|put|thought|"
                              r"took|went|felt|knew|saw|held|led|brought|sought|swore)\b", re.I)
_DASH_IN = re.compile(r"\s[—–-]{1,2}\s")
_PREPOSITIONS_BEFORE_NP = frozenset({"of", "between", "among", "in", "on", "at", "from", "with",
                                     "for", "about", "by", "to", "into", "over", "against"})
# words in a relative clause that are not its verb: "who in February told", "who last week"
_NOT_RELATIVE_VERB = _PREPOSITIONS_BEFORE_NP | DETS | frozenset({
    "last", "next", "week", "month", "year", "weekend", "ago", "earlier", "later", "then", "also",
    "once", "recently", "previously", "reportedly", "allegedly", "publicly", "privately"})
# a sentence that opens with the cue's participle clause: "Having announced that …, Judge
# Berman proceeded …", "After saying he was nervous …, the man ended up …", "Noting that …,
# Trump attacked …" (the clause's own subject, after its comma, is the speaker)
_PARTICIPIAL_LEAD = re.compile(
    r"\s*(?:(?:and|but|so|yet)\s+)?(?:(?:after|before|upon|on|while|when|since|in|by|"
    r"without)\s+)?(?P<having>having\s+)?(?:(?:also|already|first|repeatedly|publicly|"
    r"privately|previously|recently|once|again)\s+)?", re.I)
# an article: the noun phrase of a relative clause, not a "that"-clause's opening
_DET_WORD = re.compile(r"\b(?:a|an|the)\b", re.I)
# words that open a clause before its subject ("Moreover, Jeffrey D. Sachs … noted")
_CLAUSE_ADVERBS = frozenset({"but", "and", "so", "yet", "still", "now", "meanwhile", "also",
                             "then", "moreover", "likewise", "furthermore", "additionally",
                             "similarly", "however", "instead", "indeed", "besides",
                             "nevertheless", "nonetheless", "separately", "finally"})
# a work named after the cue, then its title in marks: "in his 2012 book, ''An American Son''"
_WORK_BEFORE = re.compile(r"\b(?:book|memoir|memoirs|novel|film|movie|documentary|article|essay|"
                          r"column|op-ed|song|album|play|poem|report|study|show|program|"
                          r"programme|podcast|series|titled|entitled|called)\s*,?\s*$", re.I)
_TITLE_WORDS = re.compile(r"(?:(?:[A-Z0-9][\w'’:&!?-]*|a|an|the|of|and|or|in|on|to|for|at|by|"
                          r"with|from)\s*){1,10}[.,!?]?")
# an opening mark ahead (a which-clause that goes on in the speaker's words), a name in marks
_OPEN_MARK_SOON = re.compile(r"[^“”\"]*?(?:[“\"]|'')")
_TITLE_CASE = re.compile(r"\s*[A-Z][\w'’.-]*(?:\s+(?:of|the|and|for|[A-Z][\w'’.-]*))*\s*")
# a subordinate clause alone before the cue's subject: "As Obama lectured the nation, …"
_LONE_SUBORDINATE = re.compile(
    r"\s*(?:(?:and|but|so|yet)\s+)?(?:even\s+)?(?:as|when|while|if|because|although|though|"
    r"after|before|since|until|once|whereas)\b[^,;:“”\"]*,\s*", re.I)
# a closing mark right after a comma ("''core Al Qaeda,''"); a negation before "to"; a break
# between clauses (a comma, a dash)
_CLOSE_AFTER_COMMA = re.compile(r"[”\"]|''")
_NOT_BEFORE = re.compile(r"\b(?:not|never)\s+$", re.I)
_CLAUSE_BREAK = re.compile(r",\s|\s[—–]\s|\s--\s")
# a verb of permission, its object, then the cue's infinitive: "allow businesses to deny",
# "enables users to tell" (an act made possible, not one that took place; "forced him to admit"
# and "caused others to warn" report acts that did)
_PERMITTED_TO = re.compile(
    r"\b(?:allow|let|enable|permit)(?:s|ed|ted|d|ing|ting)?\s+"
    r"(?:[\w'’.-]+\s+){1,4}to\s+(?:[a-z]+ly\s+)?$", re.I)
# an addressee named after "to", skipped after a cue when the content or the end follows:
# "confirmed to Fox News.", "complained to Charlie Rose that", "explained to CBS why"
_TO_NAME = re.compile(r"\s*to\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*"
                      r"(?=\s*(?:[,.;:!?“\"]|(?:that|whether|why|how|what|if|when)\b|$))")


class _UnitReader:
    """Reads the cues of one sentence (unit) and produces raw quotes."""

    def __init__(self, doc: _Doc, lex: _Lexicon, us: int, ue: int,
                 cues: list[tuple[int, int, CueVerb]]):
        self.doc, self.lex, self.us, self.ue, self.cues = doc, lex, us, ue, cues
        self.text = doc.text
        self.out: list[_Raw] = []
        self.cue_starts = [c[0] for c in cues]

    def cue_at(self, pos: int) -> bool:
        """Does a reporting cue start at ``pos``?"""
        k = bisect.bisect_left(self.cue_starts, pos)
        return k < len(self.cue_starts) and self.cue_starts[k] == pos

    # the end of forward content: the next coordinated cue, "according to", or the unit end
    def bare_under_modal(self, s: int, cs: int, ce: int, verb: CueVerb, after_cue: int) -> bool:
        """Is the cue at ``cs`` a bare verb coordinated under a modal of the content, not with
        the report's own cue? ("says he'd sit Putin down and tell him …": "says" would be
        coordinated with "tells")"""
        text = self.text
        if text[cs:ce].lower() != verb.lemma or not _MODAL.search(text, s, cs):
            return False
        k = bisect.bisect_right(self.cue_starts, after_cue) - 1
        if k < 0 or self.cues[k][1] != after_cue:
            return False
        mcs, mce, main = self.cues[k]
        form = text[mcs:mce].lower()
        return form != main.lemma and not form.endswith("ing")

    def content_end(self, s: int, after_cue: int, subordinate: bool = False,
                    relative: bool = False, dash: str = "") -> int:
        """End of forward content starting at ``s``: the next subjectless cue (", adding …",
        "… and said …"), "according to", a coordinated verb phrase of the speaker ("… and would
        not say", "…, but …"), the comma that closes an introductory clause ("When he said X,
        …"), the end of the paragraph or of the sentence."""
        text = self.text
        ue = min(self.ue, s + _MAX_CONTENT)
        end = ue
        k = bisect.bisect_right(self.cue_starts, s)
        for cs, ce, verb in self.cues[k:k + 3]:  # the next cues decide; later ones are nested
            if cs >= end:
                break
            before = text[max(s, cs - 14):cs].lower()
            if verb.category == "marker":
                tail = before.rstrip()
                if tail.endswith(",") and not _THAT_ONLY.fullmatch(text, s, cs):
                    # (not "reported that, according to an analysis of her calendar, 85 of …":
                    # an aside inside the clause)
                    end = before_comma(text, s, cs)
                    break
                if tail.endswith(_COMMA_THEN_CLOSE) and self.doc.mark_at(cs - 1) is None:
                    # '… “cares about people like me,” according to a poll': the marks stay
                    end = text.rfind(tail[-1], s, cs) + 1
                    break
                continue
            adj = _AND_ADJUNCT_BEFORE.search(text, max(s, cs - 48), cs)
            if adj is not None and self.doc.mark_at(adj.start("conj")) is None:
                # "described him as “…,” and on April 6, 2007, said that …": a coordinated
                # cue after its own adjunct starts a new quote (the marks stay with the first)
                end = adj.start("conj")
                break
            m = _COORD_BEFORE.search(before)
            if m and m.group().strip() in ("and", "or") and \
                    self.bare_under_modal(s, cs, ce, verb, after_cue):
                continue
            if m and (text[cs:ce].lower().endswith("ing") or (
                    ("and" in m.group() or "but" in m.group()) and
                    "while" not in m.group() and "before" not in m.group())):
                # the next cue has no subject of its own: it starts a new quote
                if self.doc.mark_at(cs) is None:
                    end = cs - len(m.group())
                    if m.group("mark"):  # '… a “phony theology,” saying': keep the mark
                        end = max(s, cs - 14) + m.end("mark")
                    break
            # "… was a “big deal,” AFP reported.": an outer report of the whole sentence
            outer = _OUTER_REPORT_BEFORE.search(text, max(s, cs - 60), cs)
            if outer is not None and outer.start() > s + 3 and \
                    _FEW_WORDS_TO_END.match(text, ce, self.ue) and \
                    (outer.group("mark") or self.doc.mark_at(outer.start()) is None):
                end = outer.start() + 1 + len(outer.group("mark") or "")
                break
            # "…, a spokesman for the police, Mario Viola, told CNN.": the same, with the
            # source's apposition
            app = self.unmarked_apposition((cs, ce, verb)) if verb.category != "marker" \
                else None
            if app is not None and app[0] - 1 > s + 3 and self.doc.mark_at(app[0] - 1) is None:
                end = app[0] - 1
                break
            inverted = _COMMA_BEFORE.search(text, max(s, cs - 3), cs)
            if inverted is not None and inverted.start() > s + 3 and "inv" in verb.frames and \
                    "obj" not in verb.frames and _FINITE_CUE_FORM.fullmatch(text, cs, ce) and \
                    self.doc.mark_at(inverted.start()) is None and \
                    _SOURCE_TO_END.match(text, ce, self.ue):
                # "…, reported the Washington Examiner.": the same, the cue first
                end = inverted.start() + 1
                break
            # "…, and one in four said …": a new clause with its own speaker
            m = _NEW_CLAUSE_BEFORE.search(text, max(s, cs - 80), cs)
            if m is not None and m.start() > s + 3 and not text.startswith(" to be ", ce) and (
                    m.group("mark") or self.doc.mark_at(m.start()) is None):
                # ('“President Obama,” though Beck … said': the marks stay with the first)
                end = m.end("mark") if m.group("mark") else m.start()
                break
            # "… will not attend the convention and others have said …": after a whole clause,
            # "and" with a subject of its own opens a new report (not "that the mayor and the
            # governor said …": the clause has no verb before "and")
            m = _AND_SUBJECT_BEFORE.search(text, max(s, cs - 60), cs)
            if m is None and not text[cs:ce].lower().endswith("s"):
                m = _COUNT_SUBJECT_BEFORE.search(text, max(s, cs - 40), cs)
            if m is not None and m.start() > s + 3 and self.doc.mark_at(m.start()) is None and \
                    not text[cs:ce].lower().endswith("ing") and _has_finite(text, s, m.start()):
                # ("… have said they support Clinton, 39 have said they support Sanders": a
                # count after a comma is the next clause's subject)
                end = m.start()
                break
            if _PREPOSITION_CONTENT.match(text, s) and \
                    (m := _AND_NAME_BEFORE.search(text, max(s, cs - 40), cs)) is not None and \
                    self.doc.mark_at(m.start()) is None and \
                    not text[s:m.start()].split()[-1][:1].isupper():
                end = m.start()
                break
        pe = self.doc.paragraphs[self.doc.paragraph_of(s)][1]
        if self.doc.mark_at(s) is None:
            end = min(end, pe)
        if subordinate or relative or self.opening_subordinate(after_cue) is not None:
            # (the sentence opens with a subordinate clause and the cue is in it: "When he
            # said X, …"; not "Even as …, Democrats have said …", the cue in the main clause):
            # the content ends at the clause's comma, or before it
            if dash:
                # "Donald Trump - who previously said he would … - said at a rally": a relative
                # clause between dashes ends at the closing dash
                k = text.find(f" {dash} ", s, end)
                if k > s:
                    end = k
            c = s
            comma = text.find(",", s, end)
            aside = _DASH_PAIR.search(text, s, comma if comma >= 0 else end)
            if aside is not None and self.doc.mark_at(aside.start()) is None:
                # "While some friends say Mr. Clinton would look zippier if he ate the
                # occasional cheeseburger - an old favorite - others say …": the outlet's aside
                # between dashes closes the subordinate clause before any comma
                end = c = aside.start()
            while c < end:
                c = text.find(",", c + 1, end)
                if c < 0:
                    break
                if self.doc.mark_at(c) is None and not (
                        text[c - 1:c].isdigit() and text[c + 1:c + 2].isdigit()):
                    end = c  # (not a number's comma: "about 12,000 voters")
                    break
                close = _CLOSE_AFTER_COMMA.match(text, c + 1)
                if close is not None and c + 1 < end:
                    end = close.end()  # ("that he had decimated ''core Al Qaeda,'' on …")
                    break
        if text[after_cue - 3:after_cue].lower() == "ing":
            # "telling CNN that Trump is a “faker” and questioning how he …": a participle
            # coordinated with the cue's own ends the content
            for m in _AND_PARTICIPLE.finditer(text, s, end):
                # (not a progressive of the content's own: "was hiring and expanding its …")
                if self.doc.mark_at(m.start()) is None and \
                        not _PROGRESSIVE.search(text, s, m.start()):
                    end = m.start()
                    break
        own_subject = _PRONOUN_SUBJECT.match(text, s) is not None
        aside = _THAT_COMMA_ASIDE.match(text, s, end)
        for m in _CONTENT_CUT.finditer(text, s if aside is None else aside.end(), end):
            opening = m.group().strip()[:1]
            if opening and opening in "—–-" and \
                    text.find(f" {opening} ", m.end(), min(end, m.end() + 50)) >= 0:
                continue  # "those old - and previously unreported - postings": an aside
            if inside_dashes(text, s, m.start(), end):
                # "that BuzzFeed -- which is best known for …, though its news team wins
                # awards -- missed its …": a cut inside an aside between dashes
                continue
            if _CONCESSIVE_ASIDE.match(text, m.start(), end):
                continue  # "Trump could crack traditionally Democratic, though culturally
                # conservative, areas of the state": an aside inside a noun phrase
            if m.group().endswith("which") and self.quoted_relative(m.end(), end):
                # "that he was hoping for a large turnout, which “will help elect JoAnne
                # Kloppenburg to the Supreme Court.”": a relative clause in the speaker's
                # words belongs to the content (one mixed quote, as the contract's "qui «ne
                # sont pas concernés par la trêve»")
                continue
            if m.group().endswith("which") and self.verb_after_aside(m.start()):
                # "said the decision, which struck down …, illustrates …": an aside on the
                # clause's subject, whose verb comes after it
                continue
            clause = text.rfind(" and that ", s, m.start())  # (the second of two that-clauses)
            if _SUBJECT_ASIDE.match(m.group()) and self.verb_after_aside(m.start()) and \
                    not _has_finite(text, s if clause < 0 else clause + 10, m.start()):
                # "says the email scandal, while troublesome, was dealt with …", "that Trump's
                # success, coupled with that of Bernie Sanders, were factors": the same
                continue
            if m.group("absolute") is not None and _sure_finite(text, s, m.start()):
                continue  # ("said the talks ended with both sides saying …": the speaker's)
            if m.group("comment") and m.group().split()[-1].lower() not in _COMMENT_HEADS and \
                    not _has_finite(text, s, m.start()):
                continue  # ("calling his wall, a signature campaign promise, a matter of …")
            if m.group("andpron") and (_has_finite(text, s, m.start()) or
                                       not _finite_in(text[m.end():min(end, m.end() + 40)])):
                continue  # (the second clause of a reported clause: both are the speaker's)
            if m.group().strip().lower() == "and" and not _has_finite(text, s, m.start()):
                adjective = _ADJECTIVE_ED.match(text, m.end(), end)
                comma = text.find(",", adjective.end(), end) if adjective is not None else -1
                if adjective is not None and _AUX_WORD.search(
                        text, adjective.end(), comma if comma >= 0 else end):
                    # "said the heat and unsettled weather could last": an adjective in the
                    # subject (not "called him a “wreck” and contrasted the candidate …")
                    continue
            if m.group("mark") and m.start() > s + 3:
                inner = self.doc.mark_at(m.start())
                if m.group().rstrip().endswith("which") and (
                        _OPEN_MARK_SOON.match(text, m.end(), min(end, m.end() + 40)) or (
                            inner is not None and
                            _TITLE_CASE.fullmatch(text, inner.start, m.start()))):
                    # ('“…,” which “included …”': the clause goes on in the speaker's words;
                    # '“Force Protection Bravo,” which is defined …': a name's description)
                    continue
                return m.end("mark")  # ('to “Go to hell!,” while telling …': the marks stay)
            if self.doc.mark_at(m.start()) is None and m.start() > s + 3:
                if own_subject and m.group().strip().lower() == "and" and \
                        text[m.start() - 1] != "," and not self.cue_at(m.end()):
                    # (", and removed it", "and questioned how": the speaker's own acts)
                    verb = _WORD_AFTER.match(text, m.end())
                    if verb is not None and verb.group().lower() not in _SPEAKER_VP_SET:
                        continue
                return m.start()
        return end

    def read(self) -> list[_Raw]:
        for cue in self.cues:
            if any(r.start <= cue[0] < r.end for r in self.out[-6:]):
                continue  # inside the content of a quote just read
            self.read_cue(cue)
        for r in self.out:
            if r.cue is not None and r.cue[2].category != "marker":
                cs, ce = r.cue[0], r.cue[1]
                after = max(r.after, ce)
                r.channel = self.channel(cs, ce, after)
                r.intermediary = self.intermediary(cs, after) or r.intermediary
        return self.out

    def read_cue(self, cue: tuple[int, int, CueVerb]) -> None:
        cs, ce, verb = cue
        text, us, ue = self.text, self.us, self.ue
        if verb.category == "marker":
            self.read_according(cue)
            return
        if verb.lemma == "ask" and text[cs:ce].lower() == "asked" and \
                _BY.match(text, ce, ue) and self.read_asked_by(cue):
            return
        if text[cs:ce].lower().endswith("ing"):
            quoted = _QUOTED_AS.search(text, max(us, cs - 150), cs)
            if quoted is not None and self.read_quoted_as(cue, quoted):
                return
            passive = _PASSIVE_QUOTED_AS.search(text, max(us, cs - 150), cs)
            if passive is not None and self.read_quoted_passive(cue, passive):
                return
        if self.read_participial_lead(cue):
            return
        # a participle in -ing, or a perfect one, which reads the same way: "…, having
        # referred to him as a “reformer”" (the tokens on the left stop before "having")
        having = _HAVING_BEFORE.search(text, max(us, cs - 24), cs)
        ing_form = text[cs:ce].split()[0].lower().endswith("ing") or having is not None
        left_end = having.start() if having is not None else cs
        dashes = _DASH_ASIDE_BEFORE.search(text, max(us, left_end - 240), left_end) \
            if not ing_form else None
        if dashes is not None and self.doc.mark_at(dashes.start(1)) is None:
            left_end = dashes.start()
        aside = _ASIDE_BEFORE_CUE.search(text, max(us, left_end - 40), left_end) \
            if not ing_form else None
        # (not after an apposition, "Boudreau, a retired professor, however, said", where the
        # clause's subject decides; nor before a participle, "She did equivocate, however,
        # adding")
        skip_aside = aside is not None and not any(ch in ",;:" for ch in text[us:aside.start()])
        lo = max(us, left_end - 60)
        while True:
            toks = _tokens(text, lo, left_end)
            last = len(toks) - 1
            paren: list[tuple[int, int, str]] = []
            paren_at = last  # the index of the token the parenthesis follows
            if last > 0 and toks[last][2] == ")":
                # "Sen. Marco Rubio (R-Fla.) said": the parenthesis belongs to the speaker
                k = _paren_open(toks, last)
                if k is not None:
                    paren = toks[k:]
                    toks = toks[:k]
                    last = paren_at = len(toks) - 1
            i, negated, conditional, passive = _skip_fillers_left(toks, last, ing_form,
                                                                  skip_aside)
            if not paren and 0 < i < last and toks[i][2] == ")":
                # "Sen. Ron Johnson (R-Wis.) kept asking her why": the parenthesis before the
                # words skipped belongs to the speaker too
                k = _paren_open(toks, i)
                if k is not None:
                    paren, i = toks[k:i + 1], k - 1
                    paren_at = i
            j = _np_left(toks, i)
            if not ing_form and 0 < j <= i and toks[j][2].lower() not in SUBJ_PRONOUNS:
                # (a participle's subject is the clause's, not a relative clause's antecedent:
                # "members of the Committee who signed a letter calling on Trump to cancel";
                # a name may end the relative clause: "GOP leaders who'd rather be working
                # on a campaign for Cruz or Rubio or Ben Carson said")
                k = _relative_antecedent(toks, j)
                if k is None and lo > max(us, left_end - 240) and \
                        _WHO_BEFORE.search(text, max(us, left_end - 240), toks[j][0]):
                    lo = max(us, left_end - 240)  # the "who" may be before the window
                    continue
                j = j if k is None else k
            if lo == us or (j > 0 and i >= 0):
                break
            lo = max(us, left_end - 240)  # the phrase may start before the window: look further
        speaker: tuple[int, int] | None = None
        how = "mention"
        if j == i and toks[i][2].islower() and toks[i][2].lower() not in SUBJ_PRONOUNS and \
                i > 0 and (toks[i - 1][2].lower() in _TO_OR_MODAL or
                           toks[i - 1][2].lower() == "help"):
            j = i + 1  # "to help write": a verb, not a speaker
        if j <= i:
            speaker = (toks[j][0], toks[i][1])
            if paren and i == paren_at:
                speaker = (speaker[0], paren[-1][1])
            if text[speaker[1] - 1] == "." and not _INITIAL_OR_TITLE_END_LOOSE.search(
                    text[speaker[0]:speaker[1]]):
                speaker = (speaker[0], speaker[1] - 1)
            if j >= 3 and toks[j - 1][2].lower() == "of" and toks[j - 2][2] == ")" and \
                    (k := _paren_open(toks, j - 2)) is not None and k >= 1 and \
                    _cap(toks[k - 1][2]) and (n := _np_left(toks, k - 1)) <= k - 1:
                # "Senator Lindsey Graham (R) of South Carolina said": the name before the
                # party, then its state
                speaker, j = (toks[n][0], speaker[1]), n
            w = text[speaker[0]:speaker[1]].lower()
            if w in SUBJ_PRONOUNS:
                how = "pronoun"
        if speaker is None and i > 0 and toks[i][2] == "," and \
                not ing_form:
            # "One of the authors of that report, Ari Fleischer, said …": the name in
            # apposition right before the cue is the speaker
            m = _APPOSED_NAME_BEFORE.search(text, max(us, cs - 80), cs)
            if m is not None and text[m.start() - 1:m.start()].isalnum() and \
                    m.group(1).split()[0].lower() not in self.lex.titles and \
                    not any(w.lower() in self.lex.orgs for w in m.group(1).split()) and \
                    not any(ch in _ANY_MARK for ch in text[us:m.start()]) and \
                    "''" not in text[us:m.start()] and \
                    self.names_a_role(text[max(us, m.start() - 100):m.start()]) and \
                    not self.name_then_body(us, m.start()):
                speaker = (m.start(1), m.end(1))
                j = next((n for n, t in enumerate(toks) if t[0] >= m.start(1)), j)
                i = next((n for n in range(len(toks) - 1, -1, -1) if toks[n][1] <= m.end(1)), i)
        post_app = self.unmarked_apposition(cue) if not ing_form else None
        if post_app is not None:
            speaker, how = post_app[1], "mention"
        if speaker is not None:
            cut = min((c for c in (_NAME_THEN_VERB.search(text, speaker[0], speaker[1]),
                                   _ADVERB_THEN_VERB.search(text, speaker[0], speaker[1]))
                       if c is not None and c.groupdict().get("adverb") not in LY_NOT_ADVERB),
                      key=lambda c: c.start(1), default=None)
            if cut is not None:  # "Gov. Jan Brewer issued a statement saying …": the name
                end = cut.start(1)
                when = _TIME_AFTER_NAME.search(text, speaker[0], end)
                speaker = (speaker[0], when.start() if when is not None else end)
                read = _VERB_THEN_DOCUMENT.match(text, cut.end(1), cs) if ing_form else None
                if read is not None and read.group("verb").lower() not in _AUTHORING_VERBS:
                    # "Netanyahu blasted a United Nations Security Council statement calling
                    # for …": a document someone else wrote speaks (not "issued a statement")
                    speaker, how = read.span("doc"), "object"
        if text[cs:ce].split()[0].endswith("s") and toks and (
                toks[-1][2].lower() in _NP_ONLY_PREPOSITIONS or (
                    speaker is not None and 0 < j and
                    toks[j - 1][2].lower() in _NP_ONLY_PREPOSITIONS)):
            return  # "Alongside BLM calls for action, …", "despite claims from the White
            # House that …": a noun, in a prepositional phrase
        if speaker is not None and (_VERB_FIRST.match(text, speaker[0], speaker[1]) or (
                0 < j < i and toks[j - 1][2].lower() in _TO_OR_MODAL and
                toks[j][2].islower() and toks[j][2].isalpha() and
                toks[j][2].lower() not in DETS and
                toks[j + 1][2].lower() in ("his", "her", "their", "its"))):
            # "X issued a statement saying …", "criticized Clinton's record, saying …", "tried
            # to defend his remarks calling …" (a verb and the subject's own words): a verb
            # phrase is no speaker; the clause's subject is, when there is one
            subj = self.clause_subject(cs)
            if subj is not None and subj[1] <= speaker[0] and self.plausible_subject(subj):
                speaker, how = subj, "subject"
        if ing_form and having is None and speaker is not None and how == "mention" and \
                0 < j <= i and toks[j - 1][2].lower() == "to" and \
                text[speaker[0]:speaker[1]].lower() not in SUBJ_PRONOUNS:
            # "Ted Cruz is making a pitch to New York voters saying …", "Clinton responded to
            # Vargas' question on Facebook writing, “…”": a participle after a preposition's
            # object is the clause subject's
            subj = self.clause_subject(cs)
            head = text[subj[0]:subj[1]].split()[-1] if subj is not None else ""
            if subj is not None and subj[1] <= toks[j - 1][0] and self.plausible_subject(subj) \
                    and (head.lower() in SUBJ_PRONOUNS or self.lex.roles.get(head.lower()) or
                         _SPEAKING_HEAD.fullmatch(head) is not None or
                         (head[:1].isupper() and not head.endswith("ly"))):
                # (a subject that may speak: not "The issue", "Most importantly")
                speaker, how = subj, "subject"
        if not ing_form and speaker is not None and how == "mention" and 0 < j <= i and (
                (toks[j - 1][2].lower() in ("in", "during", "at", "on") and
                 text[speaker[0]].islower()) or
                toks[j - 1][2].lower() in ("about", "over", "against")):
            # "but in a later interview said he had …": the object of a preposition is no
            # subject; the clause's subject speaks
            subj = self.clause_subject(cs)
            if subj is not None and subj[1] <= toks[j - 1][0] and self.plausible_subject(subj):
                speaker, how = subj, "subject"
        obtained = _OBTAINED_BY.search(text, max(us, speaker[0] - 30), speaker[0]) \
            if speaker is not None else None
        if obtained is not None:
            # "A Feb. 1 letter from the American Legion obtained by The Associated Press warns
            # that …": the document speaks, not the outlet that obtained it
            near = _tokens(text, max(us, obtained.start() - 120), obtained.start())
            k = _np_left(near, len(near) - 1)
            if k < len(near):
                speaker = (near[k][0], near[-1][1])
        if dashes is not None and speaker is not None and \
                text.rfind(",", us, speaker[0]) >= 0:
            # "Ahmed al-Aguizi, a spokesman for the Freedom and Justice Party -- the
            # Brotherhood's political arm -- said", "Neil Sroka, communications director of
            # the group Democracy for America, or DFA - which was founded … - said": the name
            # the appositions follow (not "Rebels, where Morsy was said to be detained, the
            # Muslim Brotherhood's political wing -- … -- said": a clause between)
            subj = self.clause_subject(cs)
            if subj is not None and subj[1] < speaker[0] and text.startswith(",", subj[1]) and \
                    text[subj[0]].isupper() and \
                    not _STRICT_FINITE.search(text, subj[1], dashes.start()):
                speaker, how = subj, "subject"
        elif dashes is not None and speaker is not None and 0 < j <= i and \
                toks[j - 1][2].lower() in _PREPOSITIONS_BEFORE_NP:
            # "The similarities between the London Bridge and Westminster Bridge attack —
            # both involving … — suggest": the phrase's head, not the preposition's object
            subj = self.clause_subject(cs)
            if subj is not None and subj[1] <= toks[j - 1][0] and \
                    not _STRICT_FINITE.search(text, subj[1], dashes.start()):
                speaker, how = subj, "subject"
        left_stop = toks[j - 1] if 0 < j <= len(toks) else None
        if j > i and i >= 0:
            left_stop = toks[i]
        if self.nouny(cs, ce, speaker):
            return
        if speaker is not None and verb.lemma in _EVIDENCE_VERBS and \
                text[speaker[0]:speaker[1]].split()[-1].lower() in _EVIDENCE_NOUNS:
            return  # "Satellite images confirm that …": evidence, not a source that speaks
        form = text[cs:ce].lower()
        if ing_form and not self.participle_ok(toks, i, j, speaker, ce):
            return  # "a German warning about …", "heard on a microphone telling …"
        if form == "asked" and (cs == _first_non_space(text, us) or (
                0 <= i < len(toks) and toks[i][2].lower() in _PASSIVE_ASKED)):
            speaker, how = None, "none"  # "Asked whether …", "when asked about …"
            base = dict(negated=negated, conditional=conditional, after=ce)
            content = self.right_content(verb, _right_kind(text, _skip_right(text, ce, ue), ue),
                                         _skip_right(text, ce, ue))
            if content is not None:
                self.forward(cue, None, "none", content[1], content[0],
                             {**base, "subordinate": True})
            return
        lead_end = (left_stop[1] if left_stop else us)
        lead_tok = left_stop[2] if left_stop else ""
        if post_app is not None:
            lead_end, lead_tok = post_app[0], ","
        if speaker is not None and lead_tok == "," and not ing_form:
            # '“…,” Doug Andres, a spokesman for House Speaker Paul Ryan told the Post',
            # '“…,” another friend, Mariam Emara told CNN': an apposition whose closing comma
            # is missing; the phrase after the quotation belongs to the speaker
            first = _first_non_space(text, us)
            opening = self.doc.mark_at(first)
            if opening is not None and opening.open == first and opening.close < lead_end:
                glued = _PHRASE_THEN_COMMA.fullmatch(text, _outer_end(opening), lead_end)
                # (a name on one side of the comma: not "the bespectacled, 71-year-old
                # diplomat", two descriptions)
                if glued is not None and (text[glued.start("np")].isupper() or
                                          text[speaker[0]].isupper()):
                    speaker = (glued.start("np"), speaker[1])
                    lead_end, lead_tok = _outer_end(opening), text[_outer_end(opening) - 1]
        as_app = _AS_NAME_APPOSITION.fullmatch(text, us, cs)
        if as_app is not None:
            # "As John Cornyn, the No. 2 in the GOP leadership, put it: …": the name and its
            # apposition, not the apposition alone
            self.read_as(cue, as_app.span("np"), "mention", negated, conditional)
            return
        # "As X noted, CONTENT." / "As reported by X, CONTENT."
        as_lead = (lead_tok.lower() == "as" and speaker is not None) or (
            speaker is None and 0 <= i < len(toks) and toks[i][2].lower() == "as")
        if as_lead:
            if not (passive and speaker is not None):  # "As the Constitution was being read"
                self.read_as(cue, speaker, how, negated, conditional)
            return
        # passive: "was first reported by MSNBC"
        if passive and speaker is None and i >= 0 and toks[i][2].lower() in AUX_PASSIVE and \
                not ing_form:
            self.read_passive(cue, toks, i)
            return
        if passive and not ing_form:
            if speaker is not None:
                return  # "he was told", "she was asked": the speaker is not the subject
            if 0 <= i < len(toks) and toks[i][2].lower() in ("that", "which", "who"):
                return  # "donations that were not reported until …": no one reports
        else:
            passive = False
        pos = ce
        inverted = None
        mid_incise: tuple[tuple[int, int], int] | None = None
        lead_sep = (toks[i][2] if 0 <= i < len(toks) else "")
        app = None
        if speaker is None and lead_sep == "," and not ing_form:
            # "…," Mark Jones, a political scientist at Rice University, said.
            app = self.apposition_speaker(toks[i][1] - 1)
        aside = None
        if speaker is None and app is None and lead_sep == "," and \
                not ing_form:
            # "Sen. Brian Schatz (D-Hawaii), in an interview with Huffpost, called …"
            aside = self.aside_subject(toks[i][0])
            if aside is not None:
                speaker, how = aside, "mention"
                if text[aside[0]:aside[1]].lower() in SUBJ_PRONOUNS:
                    how = "pronoun"
        # a whole quotation of one word before the cue: '“No,” said Michael H. Wong of …'
        one_word_quote = lead_sep in ("”", '"', "'") and \
            (closed := self.doc.mark_at(toks[i][0])) is not None and \
            closed.open <= _first_non_space(text, us)
        if speaker is None and app is None and "inv" in verb.frames and \
                verb.lemma not in ("tell", "inform") and lead_sep in (",", "”", '"', "'") and \
                not ing_form and \
                ((lead_n := _count_words(text, us, toks[i][0], 2)) >= 2 or lead_sep == "," or
                 one_word_quote):
            # "…," said Mark Jones, a political scientist.
            inverted = _np_right(text, pos, ue)
            if inverted is not None and (run := _CAPITALS_TO_END.match(text, inverted[1], ue)):
                inverted = (inverted[0], run.end())  # "Reporters Without Borders"
            words = text[inverted[0]:inverted[1]].split() if inverted is not None else []
            # (a name, a role, or a noun after a possessive: "Bill Clinton's legacy" is no one)
            owned = next((k for k, w in enumerate(words) if w.endswith(("'s", "’s"))), -1)
            if inverted is not None and lead_sep == "," and \
                    not any(w[:1].isupper() or self.lex.roles.get(w.lower()) or _role_word(w)
                            for w in words[owned + 1:]) and \
                    not _sure_finite(text, us, toks[i][0]):
                # "The defendants, including police officers and city officials, denied the
                # allegations": no clause before the comma, and no one after the verb
                inverted = None
            if inverted is not None and (self.subject_lead(us, toks[i][0], inverted) or
                                         _np_holds_verb(text, *inverted) or
                                         text[inverted[0]:inverted[1]].lower() in _TIME_WORDS):
                inverted = None  # (a time is no speaker: '"…," the mayor, …, said Tuesday')
            if inverted is not None:
                # "said Rep. Bobby Scott (D-Va.) at the time": party and state, then more
                paren = _PAREN_AFTER.match(text, inverted[1], ue)
                if paren is not None and _RIGHT_END.match(
                        text, _skip_right(text, paren.end(), ue), ue):
                    inverted = (inverted[0], paren.end())
                after_np = _skip_right(text, inverted[1], ue)
                rest = text[after_np:ue]
                # "The paradox of Nancy, says Carl Anthony, historian at the National First
                # Ladies Library, is that …": the speaker's role, then the verb
                role = _ROLE_APPOSITION.match(text, after_np, ue)
                verb_at = role.end() if role is not None and \
                    _VERB_PHRASE_AFTER_MARK.match(text, role.end(), ue) else after_np
                if lead_sep == "," and _VERB_PHRASE_AFTER_MARK.match(text, verb_at, ue) and \
                        _count_words(text, us, toks[i][0], 9) <= 8 and (
                            not (_sure_finite(text, us, toks[i][0]) or
                                 _PRONOUN_VERB_FIRST.match(text, us, toks[i][0])) or
                            _WH_LEAD.match(text, us, toks[i][0])):
                    # "Obama, said Miller, “doesn't want …”", "What's unclear, said Dina, is
                    # what happened": an inverted incise between a subject and its verb, the
                    # whole clause reported (contract)
                    mid_incise = (inverted, verb_at)
                    inverted = None
                elif lead_n < 2 and not one_word_quote:
                    inverted = None  # (one word before the comma: only a mid-clause incise)
                elif _RIGHT_END.match(text, after_np, ue) or (
                        # ('“…,” said Rick, before making the extraordinary claim that …', "…,
                        # says Haddad, while …": the adjuncts skipped ran into the next report;
                        # not "said the Islamic State, also known as ISIL": a name's apposition)
                        _RIGHT_END.match(text, inverted[1], ue) and
                        not _KNOWN_AS.match(text, inverted[1], ue)) or (
                        # (the adjuncts skipped may open the apposition: "said Henin, clearly
                        # emotional.")
                        (_COMMA_OR_PAREN.match(rest) or
                         _COMMA_OR_PAREN.match(text, inverted[1], ue)) and
                        _APPOSITION.match(text, inverted[1], ue)) or \
                        (lead_sep != "," and _PP_CHAIN_TO_END.match(text, after_np, ue)) or \
                        _RELATIVE_AFTER.match(text, after_np, ue) or (
                            lead_sep != "," and _PARTICIPLE_AFTER.match(text, after_np, ue)):
                    speaker, how = inverted, "mention"
                    if text[inverted[0]:inverted[1]].lower() in SUBJ_PRONOUNS:
                        how = "pronoun"
                    pos = inverted[1]
                    ext = _APPOSITION.match(text, pos, ue)
                    rel = _RELATIVE_IN_APPOSITION.search(text, pos, ext.end()) \
                        if ext is not None else None
                    if rel is not None and "," in text[_first_non_space(text, pos) + 1:
                                                        rel.start()]:
                        rel = None  # (a relative after a second apposition: "one of the
                        # guests, Samuel R. Berger, who was …": the name before it speaks)
                    if ext is not None and not self.lex.pattern.search(text, pos, ext.end()) \
                            and not _sure_finite(text, pos, rel.start() if rel else ext.end()):
                        # (not a clause: "…, say experts, ISIS will remain self-financing"; a
                        # relative clause may have its verb: "another veteran speechwriter who
                        # worked in the Bush White House")
                        speaker = (speaker[0], _trim_content(text, speaker[0], ext.end())[1])
                    pos = ue
                else:
                    inverted = None
            else:
                inverted = None
        obj_end = None
        if "obj" in verb.frames or "objto" in verb.frames:
            mo = _OBJECT.match(text, pos, ue)
            if mo and mo.end() > pos and not (
                    "bare" in verb.frames and _AUX_AFTER.match(text, mo.end(), ue) and
                    mo.group().strip().lower() not in OBJ_PRONOUNS):
                # (a name followed by a verb is the subject of a bare clause: "warned Peña
                # Nieto would be viewed like “a traitor”")
                obj_end = mo.end()
        # the lead: what comes before the speaker phrase (or the cue when there is none)
        lead_text = text[us:min(lead_end, us + _LEAD_WINDOW)]
        lead_words = _count_words(text, us, lead_end, 4)
        participle = speaker is None and ing_form
        closing_mark = self.doc.mark_at(lead_end - 1) if lead_tok in ("”", '"', "'") else None
        # a quotation, not a title in marks (“Sunday Morning Futures,”)
        closing = closing_mark is not None and (
            closing_mark.open <= _first_non_space(text, us) or (
                len(text[closing_mark.start:closing_mark.end].split()) >= 5 and
                # (not 'on Fox News' "Special Report with Bret Baier," Hemingway said')
                not _looks_like_title(text[closing_mark.start:closing_mark.end].split()))) and \
            not _ING_CUE_THAT_FIRST.match(text, us, closing_mark.open)
        postposed_left = (lead_tok in (",", "”", '"', "'") and
                          (lead_words >= 3 or closing or (
                              lead_words == 2 and lead_text.split()[0].lower() in DETS)) and
                          speaker is not None and aside is None and
                          not participle)
        if speaker is not None and _relative_word(text[speaker[0]:speaker[1]]):
            postposed_left = False
        if speaker is None and app is not None:
            if app is not None:
                speaker, how = app[1], "mention"
                lead_end, lead_tok = app[0], text[app[0] - 1]
                lead_text = text[us:min(lead_end, us + _LEAD_WINDOW)]
                postposed_left = True
        short_subject = False
        if inverted is not None:
            postposed_left = True
        elif lead_tok == "," and 1 <= lead_words <= 4 and \
                speaker is not None and aside is None and not participle and \
                "bare" in verb.frames and _SHORT_SUBJECT_LEAD.fullmatch(lead_text) and \
                (not postposed_left or not _has_finite(text, us, lead_end)) and \
                _VERB_PHRASE_AFTER.match(text, _skip_right(text, pos, ue), ue):
            # "This, she said, is by design", "And Trump, Sunshine said, doesn't forgive": a
            # short subject, the incise, then its verb: an incise inside the clause
            postposed_left = short_subject = True
        after = obj_end if obj_end is not None else pos
        after_adj = _skip_right(text, after, ue, subject=not postposed_left)
        kind = _right_kind(text, after_adj, ue)
        if kind == "that" and _ASKED_ABOUT.search(text, after, after_adj):
            kind = "end"  # "told MSNBC when asked about concerns that …": the noun's clause
        if kind == "quote" and _WORK_BEFORE.search(text, max(after, after_adj - 40), after_adj):
            title = self.doc.mark_at(_OPEN_AFTER.match(text, after_adj, ue).end() - 1)
            if title is not None and _TITLE_WORDS.fullmatch(text, title.start, title.end) and \
                    not text[_outer_end(title):ue].strip(" .,!?;:…"):
                # "Mr. Rubio said in his 2012 book, ''An American Son.''": the work's title
                after_adj, kind = _outer_end(title), "end"
        spoken = _COMMA_SPOKEN_CLAUSE.match(text, after_adj, ue) \
            if obj_end is None and verb.lemma in _SPOKEN_CLAUSE_CUES and not postposed_left \
            else None
        if spoken is not None and ("," in text[us:cs] or
                                   any(ch in _ANY_MARK for ch in text[after_adj:ue])):
            spoken = None  # (after a lead, an incise: the whole clause; marks: their reader)
        if spoken is not None and any(
                w.strip(".,;:!?").lower() in self.lex.forms
                for w in text[spoken.end():ue].split()[1:3]):
            spoken = None  # "…, he said": an incise after the comma, not the content
        if obj_end is not None and not postposed_left and kind in ("end", "clause") and \
                text[pos:obj_end].strip().lower() != "you":
            # (not "let me tell you, he has not …", "what I am telling you, you cannot": a
            # phrase of the speaker's own)
            after_clause = _CLAUSE_AFTER_OBJECT.match(text, obj_end, ue)
            if after_clause is not None:
                after_adj, kind = after_clause.end(), "clause"
        if lead_tok in ("”", '"', "'") and postposed_left and obj_end is not None and \
                kind == "clause" and \
                _OBJECT_MODIFIER.match(text, after_adj, ue):
            # "“…,” Jim Bennett, 57, told a voter passing by who seemed …": the addressee's
            # participle or relative clause, no content of its own
            kind = "end"
        if postposed_left and not closing and obj_end is not None and kind == "clause":
            stop = text.find(",", after_adj, ue)
            seg_end = stop if stop >= 0 else ue
            if text[after_adj:after_adj + 1].isupper() and \
                    len(text[after_adj:seg_end].split()) <= 6 and \
                    not _has_finite(text, after_adj, seg_end) and \
                    _has_finite(text, us, lead_end) and \
                    (stop < 0 or _RIGHT_END.match(text, seg_end, ue)):
                # "…, security sources told British paper The Sunday Times on Sunday, amid
                # fears …": the addressee goes on, no clause follows
                kind = "end"
        if spoken is not None:
            # "but I said, hey, you've got to change the culture", "Trump said, look, we have
            # to build the wall": speech without marks after a comma (an interjection, then a
            # pronoun subject and its verb)
            after_adj, kind = spoken.end(), "clause"
        if self.noun_participle_between(after + 1, after_adj):
            kind = "end"  # "said about the article alleging that …": the next cue's content
        if obj_end is not None and kind in ("end",) and "obj" in verb.frames and \
                not postposed_left:
            # "told reporters" followed by nothing: the object was probably the content start
            after_adj = _skip_right(text, pos, ue)
            kind = _right_kind(text, after_adj, ue)
        if kind == "quote" and not postposed_left and "that" in verb.frames:
            title = _TITLE_THEN_THAT.match(text, after_adj, ue)
            if title is not None:  # 'said on the show "Morning Joe" that …': a title
                after_adj, kind = title.start("that"), "that"
        if kind in ("clause", "end") and verb.frames & {"that", "obj"} and (
                not postposed_left or (not closing and not _VERB_SURE.search(lead_text))):
            # "said Sunday in Madison, Wisconsin, that …", "told delegates here that …" (also
            # after an introduction with no verb: "During the recordings, he told the pilot
            # that …")
            ahead = after_adj
            m = _THAT_AHEAD.match(text, ahead, ue) or _THAT_AHEAD_LONG.match(text, ahead, ue)
            if m is None and obj_end is not None:
                m = _APPOSITION_THEN_THAT.match(text, obj_end, ue)
                if m is not None:
                    ahead = obj_end
            finite = _FINITE_CASED  # (a name is no verb: "told Charlie Rose that")
            if m is None and "obj" in verb.frames:
                ahead = pos
                m = _THAT_AHEAD_OBJ.match(text, ahead, ue)
                if m is None and verb.lemma in _ADDRESSEE_VERBS:
                    m = _THAT_AHEAD_ADDRESSEE.match(text, ahead, ue)
                    # (an addressee is a noun phrase: a plural in -s is no verb, "warned
                    # federal agencies in the past that")
                    finite = _VERB_SURE
            if m is not None and not finite.search(
                    _RELATIVE_ASIDE_EN.sub(",", text[ahead:m.start("that")])) and \
                    not self.noun_participle_between(ahead, m.start("that")):
                # ("said on CNN, where he is now a paid contributor, that …": the aside's verb
                # is not the clause's)
                after_adj, kind = m.start("that"), "that"
        if kind in ("that", "clause") and text[pos:after_adj].strip():
            first = _first_non_space(text, after_adj)
            relative = _THAT_RELATIVE.match(text, first + 4, ue) \
                if text.startswith("that ", first) else None
            if relative is not None:
                # "said in an interview with Fox News that aired Sunday that …": the first
                # "that" opens a relative clause on the channel, the content the second
                after_adj, kind = relative.start("that"), "that"
        base = dict(negated=negated, conditional=conditional, after=after_adj)
        if mid_incise is not None:
            (a, b), comma = mid_incise
            pos2 = _first_non_space(text, comma + 1)
            typ, s, e, marks = _typed(self.doc, _first_non_space(text, us),
                                      self.content_end(pos2, ce))
            self.add(_Raw(typ, s, e, cue, "en.incise", (a, b),
                          "pronoun" if text[a:b].lower() in SUBJ_PRONOUNS else "mention",
                          **base, marks=marks))
            return
        if speaker is None and not postposed_left and \
                _PERMITTED_TO.search(text, max(us, cs - 60), cs):
            return  # "a law could allow businesses to deny service": an act permitted, not said
        if speaker is None and not postposed_left:
            # no subject next to the cue: participle (", saying"), coordination (" and said"),
            # an infinitive ("to say") or an apposition/relative between subject and cue
            subj = self.clause_subject(cs)
            if subj is not None:
                speaker, how = subj, "subject"
        if closing and postposed_left and kind in ("clause", "that") and \
                closing_mark is not None and \
                any(r.start <= closing_mark.start < r.end for r in self.out):
            # 'admitted that they had “been friends for some time,” he claimed they had never
            # met': the quotation is the earlier report's, the cue reports what follows it
            postposed_left = closing = False
        elif closing and postposed_left and kind in ("clause", "to", "wh"):
            kind = "end"  # '"…," he told advisers afterward': no content after the cue
        if text.startswith(",", after_adj) and (kind == "clause" or (
                kind == "end" and not postposed_left and speaker is not None and (
                    _CONNECTIVE_LEAD.fullmatch(lead_text) or
                    # "She said at the time, the messages were sent …": the subject, its cue
                    # and adjuncts, then a comma and the clause
                    (after_adj > ce and not lead_text.strip() and
                     self.comma_then_clause(cue, speaker, passive, after_adj))))):
            # ("Still, he said, the foundation had …": ", the" may also end a content)
            if not postposed_left:
                if speaker is not None and _CONNECTIVE_LEAD.fullmatch(lead_text):
                    # "Ultimately, he said, officials have to decide …": an incise in the
                    # clause, whose span is the whole clause (contract); after a connector
                    # alone nothing is reported yet, the clause starts after the incise ("And
                    # yet, Mrs. Clinton's aides say, Syria remains …", as the French rules)
                    pos2 = _first_non_space(text, after_adj + 1)
                    content = self.right_content(verb, _right_kind(text, pos2, ue), pos2)
                    if content is not None and content[0] == "clause":
                        # (from the incise's first comma: what the adjuncts skipped after it
                        # may be the clause's own, "as long as there is follow-through, …")
                        lead = _first_non_space(text, text.find(",", ce, after_adj + 1) + 1) \
                            if _CONNECTOR_ONLY.fullmatch(lead_text) else \
                            _first_non_space(text, us)
                        typ, s, e, marks = _typed(self.doc, lead, self.content_end(pos2, ce))
                        self.add(_Raw(typ, s, e, cue, "en.incise", speaker, how, **base,
                                      marks=marks))
                elif self.comma_then_clause(cue, speaker, passive, after_adj):
                    # "Marco Rubio says, win or lose in Tuesday's primary, he's staying in the
                    # race": the speaker opens the sentence, a comma after the cue, a clause
                    pos2 = _first_non_space(text, after_adj + 1)
                    lead = _first_non_space(text, us)
                    if lead == speaker[0]:
                        self.forward(cue, speaker, how, pos2, "clause", base)
                    else:  # "Ultimately, Carson added, he did not …": the whole clause
                        # (contract), which starts after the incise when a connector alone
                        # precedes it ("But, Carson added, he did not …")
                        if _CONNECTOR_ONLY.fullmatch(text, lead, speaker[0]):
                            lead = pos2
                        typ, s, e, marks = _typed(self.doc, lead, self.content_end(pos2, ce))
                        self.add(_Raw(typ, s, e, cue, "en.incise", speaker, how, **base,
                                      marks=marks))
                return  # "after the interview concluded, Maher stated …": no content
            after_adj = _first_non_space(text, after_adj + 1)
        if postposed_left and kind == "colon" and not closing:
            colon_end = _COLON.match(text, after_adj).end()
            if "colon" in verb.frames and (self.framed_quote(colon_end) or
                                           not text[colon_end:ue].strip()):
                # "In a statement, Guy Cecil said: “Karl Rove …”": the lead frames the quote;
                # "When Wallace died, Clinton said:" ends its paragraph: the next one is the
                # content
                self.forward(cue, speaker, how, after_adj, "colon", base)
                return
            start2 = _first_non_space(text, colon_end)
            if "colon" in verb.frames and lead_tok == "," and text[start2:start2 + 1].isupper() \
                    and _has_finite(text, us, lead_end) and \
                    _has_finite(text, start2, self.content_end(start2, ce)):
                # "That strife is one of the reasons to oppose him, the president often says:
                # In his view, Mr. Trump would worsen …": the clause before the incise and the
                # one after its colon are both the speaker's
                self.postposed(cue, speaker, how, lead_end, lead_tok, base, incise=True)
                self.forward(cue, speaker, how, after_adj, "colon", base)
                return
            kind = "end"
        content = self.right_content(verb, kind, after_adj)
        if postposed_left and kind == "clause" and content is None and \
                text.startswith(",", _skip_right(text, after, ue)) and not (
                    not short_subject and _INTRO_NOT_CONJ.match(lead_text) and
                    not _FINITE.search(lead_text)):
            # "It's to our advantage, he says, to help write the rules": an incise
            first = self.postposed(cue, speaker, how, lead_end, lead_tok, base, incise=True)
            if first is not None and first.type != "direct":
                end = self.content_end(after_adj, ce)
                typ, s, e, marks = _typed(self.doc, first.start, end)
                first.type, first.start, first.end, first.marks = typ, s, e, marks
                first.rule = "en.incise"
            return
        if postposed_left and kind == "end" and not closing and "bare" in verb.frames and \
                len(lead_text.split()) <= 8 and not _VERB_SURE.search(lead_text):
            comma = _skip_right(text, after, ue)
            if text.startswith(",", comma):
                # "Six months ago, the senator said, the media considered him …": a lead with no
                # verb, the cue between commas, then a clause: an incise inside the clause,
                # whose span is the whole clause (contract)
                pos2 = _first_non_space(text, comma + 1)
                content2 = self.right_content(verb, _right_kind(text, pos2, ue), pos2)
                if content2 is not None and content2[0] == "clause" and \
                        not _ING_FIRST.match(text, pos2, ue):  # not "…, adding that"
                    typ, s, e, marks = _typed(self.doc, _first_non_space(text, us),
                                              self.content_end(pos2, ce))
                    self.add(_Raw(typ, s, e, cue, "en.incise", speaker, how, **base,
                                  marks=marks))
                    return
        if postposed_left:
            if content is None or kind == "end":
                if "inv" in verb.frames and not (
                        (kind == "clause" and not closing and not verb.frames & {"bare", "obj"})
                        or (kind == "clause" and not closing and "obj" not in verb.frames and
                            _OBJECT_NP.match(text, after_adj, ue))
                        or (kind == "to" and not closing and not verb.frames & {"to", "objto"}
                            and not text[after:after_adj].strip())):
                    # ("In 2009, the club charged a $100,000 fee", "Later, the court agreed to
                    # hear the case": a verb that reports no clause, followed by its object or
                    # an infinitive, is no postposed cue; nor is one followed by a noun phrase
                    # that is no clause: "With his campaign in disarray, Mr. Trump claimed the
                    # nomination on Tuesday")
                    if not closing and _LONE_SUBORDINATE.fullmatch(lead_text) and \
                            not text.startswith(",", _skip_right(text, after, ue)):
                        return  # "As Obama lectured the nation, Trump responded with …": a
                        # subordinate clause alone reports nothing
                    if not closing and text[ce - 1:ce] == "s" and \
                            _PLURAL_NOUN_NEXT.match(text, ce, ue):
                        return  # "…, rejected Republican demands for a …": a plural noun
                    self.postposed(cue, speaker, how, lead_end, lead_tok, base)
                return
            comma_after = text.startswith(",", _skip_right(text, after, ue))
            intro = not short_subject and _INTRO_NOT_CONJ.match(lead_text) and (
                not comma_after or not _FINITE.search(lead_text))
            if not closing and content[0] == "quote" and self.framed_quote(content[1]):
                # "Holding open a book, Beck said, “I just want to ask you …”": the lead
                # frames the quotation, which is the whole content
                self.forward(cue, speaker, how, content[1], content[0], base)
                return
            if closing or (not intro and comma_after):
                # an incise: "…," he said, "…"  /  The plan, he said, was dead.
                # (without a comma after the cue the lead is an introduction: "Kicking off
                # the day in Salem, Trump accused Cruz of …")
                first = self.postposed(cue, speaker, how, lead_end, lead_tok, base, incise=True)
                if first is not None and first.type == "direct":
                    if content[0] == "quote" and \
                            not _SECOND_HALF.match(text, content[1], ue):
                        return  # '…," Perez said on NBC's "Meet the Press."': a title
                    self.forward(cue, speaker, how, content[1], content[0], base)
                elif first is not None:
                    # one indirect clause with the attribution inside it
                    end = self.content_end(content[1], ce)
                    typ, s, e, marks = _typed(self.doc, first.start, end)
                    first.type, first.start, first.end, first.marks = typ, s, e, marks
                    first.rule = "en.incise"
                return
        if content is None:
            return
        if speaker is None and verb.lemma != "ask":
            return  # an imperative or a subjectless fragment: "Call it the politics of pique."
        # (a subordinate clause that opens the sentence ends at its comma: "When he said X,
        # …"; one after the main clause runs to the sentence's end: "drew Trump's ire after
        # he told the Journal that despite the excitement, he didn't think …")
        sub_start = max(us, lead_end - len(lead_tok))
        base["subordinate"] = lead_tok.lower() in _SUBORDINATORS and (
            not text[us:sub_start].strip(" \n\"“'‘(—–―-") or _CLAUSE_OPENS_BEFORE.search(
                text, max(us, sub_start - 40), sub_start) is not None)
        self.forward(cue, speaker, how, content[1], content[0], base)

    def read_asked_by(self, cue) -> bool:
        """ "Rubio was asked by moderator Gerard Baker whether …", "Asked by Matt Lauer whether
        she had practiced her speech, she said …": the one who asks is the agent after "by",
        the content is the question (from its wh-word, "about", "if" or "to")."""
        cs, ce, _verb = cue
        text, ue = self.text, self.ue
        by_end = _BY.match(text, ce, ue).end()
        agent = _np_right(text, by_end, ue)
        if agent is None:
            common = _COMMON_AGENT.match(text, by_end, ue)  # "asked by reporters about …"
            if common is None:
                return False
            agent = common.span(1)
        when = _TIME_AFTER_NAME.search(text, agent[0], agent[1])
        if when is not None:
            agent = (agent[0], when.start())  # "asked by Ingraham on Thursday"
        q = _QUESTION_START.match(text, agent[1], ue)
        if q is None:
            return False
        start = q.start(1)
        end = self.content_end(start, ce, subordinate=self.opening_subordinate(ce) is not None or
                               _ASKED_LEAD.match(text, self.us, cs) is not None)
        typ, s, e, marks = _typed(self.doc, start, end)
        if e - s < 3:
            return False
        asked = _subject_np(text, self.us, cs) if _AUX_BEFORE_ASKED.search(
            text, max(self.us, cs - 24), cs) else None
        self.add(_Raw(typ, s, e, cue, "en.asked-by", agent, "mention", negated=False,
                      conditional=False, marks=marks, addressee=asked))
        return True

    def read_participial_lead(self, cue) -> bool:
        """A sentence that opens with the cue's participle clause ("Having announced that …,
        Judge Berman proceeded", "After saying he was nervous …, the man ended up", "Noting
        that …, Trump attacked"): the content ends at the comma that closes the clause, and
        the speaker is the subject of the main clause after it."""
        cs, ce, verb = cue
        text, us, ue = self.text, self.us, self.ue
        lead = _PARTICIPIAL_LEAD.fullmatch(text, us, cs)
        if lead is None:
            return False
        ing = text[cs:ce].lower().endswith("ing")
        if ing == (lead.group("having") is not None) or " " in text[cs:ce].strip():
            return False  # "having" + past participle, or a bare present participle
        pos = ce
        if "obj" in verb.frames or "objto" in verb.frames:
            mo = _OBJECT.match(text, pos, ue)
            if mo is not None and mo.end() > pos:
                pos = mo.end()  # "After telling reporters that …"
        after = _skip_right(text, pos, ue)
        kind = _right_kind(text, after, ue)
        if kind in ("clause", "end") and "that" in verb.frames:
            ahead = _THAT_AHEAD.match(text, after, ue)
            if ahead is not None and not _FINITE_CASED.search(text, after, ahead.start("that")) \
                    and not _DET_WORD.search(text, after, ahead.start("that")):
                # "announcing in October that" (not "Writing for a panel that all agreed …": a
                # relative clause on a noun)
                after, kind = ahead.start("that"), "that"
        content = self.right_content(verb, kind, after)
        if content is None or content[0] not in ("that", "clause", "quote"):
            return False
        end = self.content_end(content[1], ce, subordinate=True)
        # the comma that closes the clause, inside a closing mark too: 'Acknowledging that
        # Trump “says a lot of stupid stuff,” though, Allen did suggest …'
        comma = end - 2 if end >= 2 and text[end - 1] in CLOSE_MARKS and \
            text[end - 2] == "," else end
        if not text.startswith(",", comma) or (
                content[0] == "clause" and not _VERB_SURE.search(text, content[1], end)) or \
                _DET_WORD.search(text, ce, content[1]):
            # ("After blasting the Drudge Report for …,", "Recalling the pitfalls of …,": a
            # noun phrase; "Writing for a panel that all agreed …": a relative clause)
            return False
        subj = _subject_np(text, max(comma + 1, end), ue)
        if subj is None:
            return False
        nxt = _first_non_space(text, subj[1])
        if any(c[0] == nxt and text.startswith(",", _first_non_space(text, c[1]))
               for c in self.cues):
            return False  # ("Saying President Obama, he said, was …": an incise)
        words = text[subj[0]:subj[1]].split()
        head = words[-1].lower()
        if head in ("who", "which", "it") or not (
                head in SUBJ_PRONOUNS or words[-1][:1].isupper() or _role_word(head) or
                words[0].lower() in DETS):
            return False
        how = "pronoun" if head in SUBJ_PRONOUNS and len(words) == 1 else "mention"
        self.forward(cue, subj, how, content[1], content[0],
                     dict(negated=False, conditional=False, after=after, subordinate=True))
        return True

    def noun_participle_between(self, s: int, e: int) -> bool:
        """Is there a cue participle right after a noun in ``[s, e)``? ("said about the
        article alleging that …": the "that" clause is the article's, not the speaker's)"""
        k = bisect.bisect_left(self.cue_starts, s)
        while k < len(self.cues) and self.cue_starts[k] < e:
            cs, ce, _verb = self.cues[k]
            k += 1
            if not self.text[cs:ce].lower().endswith("ing"):
                continue
            prev = _tokens(self.text, max(s, cs - 30), cs)
            if prev and _is_word(prev[-1][2]) and prev[-1][2].lower() not in _ING_LEFT and \
                    prev[-1][2].lower() not in STOP_LEFT:
                return True
        return False

    def framed_quote(self, pos: int) -> bool:
        """Is the text from ``pos`` one quotation of whole sentences (a capital first) that
        runs to the end of the unit?"""
        text = self.text
        m = _OPEN_AFTER.match(text, pos, self.ue)
        q = self.doc.mark_at(m.end() - 1) if m is not None else None
        if q is None or q.end <= q.start:
            return False
        first = _first_non_space(text, q.start)
        return text[first:first + 1].isupper() and \
            not text[_outer_end(q):self.ue].strip(" .,!?;:…")

    def quoted_relative(self, s: int, end: int) -> bool:
        """Does the relative clause from ``s`` to ``end`` close with words in marks, and have
        no cue of its own (not "…, which Pelosi called “a disaster”")?"""
        text = self.text
        marks = [m for m in self.doc.marks_in(s, end) if m.open >= s]
        return bool(marks) and not text[_outer_end(marks[-1]):end].strip(" .,;!?") and \
            self.lex.pattern.search(text, s, end) is None

    def verb_after_aside(self, comma: int) -> bool:
        """Does a finite verb follow the aside that opens at ``comma`` and closes at the next
        comma ("…, which struck down restrictions, illustrates …")?"""
        text = self.text
        close = text.find(",", comma + 1, min(self.ue, comma + 160))
        if close < 0 or self.doc.mark_at(close) is not None:
            return False
        m = _ASIDE_VERB.match(text, close + 1, self.ue)
        return m is not None and _FINITE.fullmatch(m.group(1)) is not None

    def read_quoted_as(self, cue, quoted: re.Match[str]) -> bool:
        """ "Reuters quoted a senior official as saying that CONTENT", "CONTENT, the summary
        quoted Nordstrom as saying": the person quoted speaks, the one quoting relays."""
        _cs, ce, verb = cue
        text, us, ue = self.text, self.us, self.ue
        speaker = (quoted.start("np"), quoted.end("np"))
        base = dict(negated=False, conditional=False, after=ce)
        after = _skip_right(text, ce, ue)
        kind = _right_kind(text, after, ue)
        content = self.right_content(verb, kind, after) if kind != "end" else None
        n = len(self.out)
        comma = text.rfind(",", us, quoted.start())
        if content is not None:
            self.forward(cue, speaker, "mention", content[1], content[0], base)
        elif kind == "end" and comma > us:
            # (the quoting subject sits between the comma and "quoted")
            self.postposed(cue, speaker, "mention", comma + 1, ",", base)
        else:
            return False
        toks = _tokens(text, max(us, comma + 1, quoted.start() - 80), quoted.start())
        j = _np_left(toks, len(toks) - 1) if toks else 0
        if j < len(toks):  # who quoted: the intermediary ("Reuters news service")
            for r in self.out[n:]:
                r.intermediary = r.intermediary or text[toks[j][0]:toks[-1][1]]
        return True

    def read_quoted_passive(self, cue, passive: re.Match[str]) -> bool:
        """ "Mr. Huckabee was quoted as saying, “…”", "X was quoted by the Times as saying that
        …": the clause's subject speaks, the one quoting ("by …") relays."""
        _cs, ce, verb = cue
        text, ue = self.text, self.ue
        # the noun phrase right before "was quoted" ("two days after Justice Ginsburg was
        # quoted as saying": Ginsburg, not the sentence's subject)
        toks = _tokens(text, max(self.us, passive.start() - 80), passive.start())
        if not toks:
            return False
        j = _np_left(toks, len(toks) - 1)
        speaker: tuple[int, int] | None = None
        if j < len(toks) and (toks[j][2][:1].isupper() or toks[j][2].lower() in SUBJ_PRONOUNS) \
                and not (j > 0 and toks[j - 1][2] == ","):
            speaker = (toks[j][0], toks[-1][1])
        elif toks[-1][2] == ",":
            # "Sen. Charles Schumer, a New York Democrat, was quoted": the subject before its
            # apposition
            speaker = _subject_np(text, self.us, passive.start())
        if speaker is None:
            return False
        after = _skip_right(text, ce, ue)
        kind = _right_kind(text, after, ue)
        content = self.right_content(verb, kind, after) if kind != "end" else None
        if content is None:
            return False
        n = len(self.out)
        self.forward(cue, speaker, "subject", content[1], content[0],
                     dict(negated=False, conditional=False, after=ce))
        if passive.group("by"):
            for r in self.out[n:]:
                r.intermediary = r.intermediary or passive.group("by").strip()
        return True

    def right_content(self, verb: CueVerb, kind: str, pos: int) -> tuple[str, int] | None:
        """Does the cue take the content that follows it? (kind, start) or None."""
        text, ue = self.text, self.ue
        frames = verb.frames
        if kind in ("quote", "colon"):
            return (kind, pos) if frames & {"inv", "colon", "that"} else None
        if kind == "that":
            return (kind, pos) if frames & {"that", "obj"} else None
        if kind in ("wh", "clause") and "bare" in frames and "wh" not in frames and \
                _CONDITIONAL_CLAUSE.match(text, pos, ue):
            return "clause", pos  # "said if he were president, DACA would be …"
        if kind == "wh":
            return (kind, pos) if "wh" in frames else None
        if kind == "to":
            return (kind, pos) if frames & {"to", "objto"} else None
        if kind != "clause":
            return None
        if "colon" in frames:
            this = _THIS_COLON.match(text, pos, ue)
            if this is not None:
                return "colon", this.start("colon")  # 'tweeted this: "She did it again …"'
        if _NAME_THEN_CUE_TO_END.match(text, pos, ue):
            return None  # "Iran could respond through terrorism, Smyth said.": the sentence's
            # own incise, no content of "respond"
        if frames & {"bare", "obj"} and (_CLAUSE_START.match(text, pos, ue) or (
                _BARE_START.match(text, pos, ue) and (not _BAD_START.match(text, pos, ue) or
                                                      _QUANTITY_OF.match(text, pos, ue)))):
            # a clause has a finite verb before its first comma: "said money is needed",
            # not "acknowledged the appeal of the race"
            # (not the comma of a number: "says 31,000 to 160,000 of them could be lost")
            comma = _CLAUSE_COMMA.search(text, pos, min(ue, pos + 150))
            head_end = comma.start() if comma is not None else -1
            head = text[pos:head_end if head_end > 0 else min(ue, pos + 150)]
            first = _PAST_FIRST.match(head)
            if first is not None:
                # a clause that opens with its verb has no subject: the cue sits in a relative
                # clause with a gap ("a decision they say allowed terrorist activity …"),
                # unless the word is an adjective of the subject ("said increased spending
                # is needed")
                head = head[first.end():]
                if not _FINITE.search(head):
                    return None
            if _finite_in(head) or text[pos:pos + 1] in OPEN_MARKS or \
                    text.startswith("''", pos):
                return "clause", pos
            if head_end > 0 and _OPENING_PHRASE.match(text, pos, head_end + 1):
                # "says despite being a Stanford alumna, she plans to root for Iowa": a phrase
                # that opens the clause, then its subject and verb
                nxt = text.find(",", head_end + 1, min(ue, head_end + 150))
                if _FINITE.search(text, head_end + 1, nxt if nxt > 0 else min(ue,
                                                                              head_end + 150)):
                    return "clause", pos
            if head_end > 0 and len(head.split()) <= 8 and self.verb_after_aside(head_end):
                # "said the decision, which struck down …, illustrates …", "said they, too,
                # have had …": the subject's verb comes after an aside between commas
                return "clause", pos
        if "colon" in frames:
            ahead = _COLON_QUOTE_AHEAD.match(text, pos, ue)
            if ahead is not None and not self.lex.pattern.search(text, pos, ahead.end()):
                mark = self.doc.mark_at(_first_non_space(text, ahead.end("colon") + 1))
                rest = text[_outer_end(mark):ue].lstrip(" .!?\xa0") if mark is not None else ""
                if mark is not None and len(text[mark.start:mark.end].split()) >= 3 and \
                        (not rest or rest[0].isupper() or rest[0] in OPEN_MARKS):
                    # "responded with a phrase that could have come from Trump himself: “Do
                    # not moan to me …”": the quotation the colon introduces (not when
                    # another cue comes first, "When asked about …, Cruz said:", nor a label,
                    # "can add a new title to his resume: “song anthropologist.”", nor a
                    # quotation cut by its own incise: ': “Men, …,” she wrote.')
                    return "colon", ahead.start("colon")
        if "as" in frames and _AS_QUOTED.match(text, pos, ue):
            return "clause", pos  # "attacking Obama as an “elitist hypocrite”"
        if "np" in frames and len(text[pos:ue].split()) >= 2:
            rest = text[pos:ue]
            # (the words in marks are the object's, before any comma: not 'seemed to mock his
            # vague tough talk, saying at one point, "…"'; but a name may follow the object's
            # apposition, except in a relative clause: not 'Clinton, who called Sanders
            # shortly after …, told her supporters, "…"')
            relative = _RELATIVE_BEFORE_CUE.search(text, max(self.us, pos - 40), pos)
            near = rest[:rest.find(",")] if "," in rest else rest
            if verb.lemma in _NAMING_CUES and relative is None:
                near = rest  # "called Valeant's chief executive, J. Michael Pearson, ''…''"
            marked = any(ch in near for ch in OPEN_MARKS) or "''" in near
            addressee = _PRONOUN_THEN_COMMA.match(text, pos, ue)
            if addressee is not None and _OPEN_AFTER.match(text, addressee.end() - 1, ue):
                # 'chiding him, “What difference at this point does it make?”': the one
                # addressed, then the quotation
                return "quote", addressee.end() - 1
            if marked and not _BAD_START.match(text, pos, ue):
                return "clause", pos  # "called anti-Trump protesters “illegals”"
            if _NP_START.match(text, pos, ue) and (
                    verb.category == "directive" or _NP_CLAIM.match(rest) or
                    verb.lemma in _CLAIM_NP_CUES or
                    (verb.lemma == "call" and _CALL_NAME.match(rest))):
                return "clause", pos
            if verb.lemma == "accuse" and relative is None and _ACCUSED_OF.match(rest) and \
                    not _BAD_START.match(text, pos, ue):
                return "clause", pos  # "accused unnamed countries of fueling instability"
            if verb.category == "directive" and _BARE_START.match(text, pos, ue) and \
                    not _BAD_START.match(text, pos, ue):
                return "clause", pos  # "called for dialogue and self-restraint"
            return None
        if frames & {"objto", "wh"}:
            # "urged the judge to …", "asked Trump if …": the content starts at to / if
            # (an infinitive or a purpose after an object is "asked"'s, not "recalled"'s:
            # "recalled its special envoy for Afghanistan … to Washington"; a topic is any
            # such verb's: "recalling an anecdote about watching Mr. Clinton work a crowd")
            m = (_TO_OR_IF if "objto" in frames else _WH_AFTER_OBJECT).search(
                text, pos, min(ue, pos + 80))
            comma = text.find(",", pos, m.start()) if m is not None else -1
            if comma >= 0 and frames & {"inv", "colon", "that"} and \
                    _OPEN_AFTER.match(text, comma, ue) and _count_words(text, pos, comma, 8) < 8:
                # "telling American University's class of 2014, “If you're too big …”": the
                # addressee, then the quotation
                return "quote", comma
            if m is not None and comma < 0 and \
                    not _PREPOSITION_BEFORE_WH.search(text, pos, m.end()) and \
                    not _VERB_SURE.search(text, pos, m.start()):
                # (not past a comma, which the object does not hold: "When asked, Kerry said
                # that …", "to advise the government on transactions, to vet bond deals"; nor a
                # question word after a preposition: "advising leaders, including Mobutu Sese
                # Seko in what was then Zaire"; nor past a verb of another clause: "is now
                # advising Clinton's campaign on foreign policy and is thought to be …")
                if "objto" in frames and text.startswith("to", m.start()) and m.start() > pos \
                        and not _NO_OBJECT_LEAD.match(text, pos, m.start()):
                    # "urged the technology industry to do more": the one urged and what they
                    # are to do are the demand (polnear-train gold starts at the object in 60
                    # of 89 such spans)
                    return "to", pos
                neg = _NOT_BEFORE.search(text, pos, m.start())
                # ("urged Obama not to close the prison": the negation is the content's)
                return "to", (neg.start() if neg is not None else m.start())
        return None

    # ---- frames -------------------------------------------------------------------------

    def postposed(self, cue, speaker, how, lead_end, lead_tok, base, incise=False) -> _Raw | None:
        _cs, _ce, verb = cue
        text = self.text
        if _OBJECT_NOTHING.match(text, _ce):
            return None  # "…, he will say nothing.": the object is what is said
        cut = lead_end - len(lead_tok)
        start = self.us
        if speaker is not None:
            # "That is why we condemn the annexation …, said the Chancellor.": a report in the
            # first person before the cue is the speaker's own words, inside the content
            for r in [r for r in self.out[-6:] if r.start >= self.us and r.end <= cut + 2 and
                      r.speaker is not None and
                      text[r.speaker[0]:r.speaker[1]].lower() in ("i", "we")]:
                self.out.remove(r)
        for r in self.out[-6:]:
            if r.end <= cut and r.start >= self.us:
                start = max(start, r.end + 1)
                if speaker is not None and r.cue is not None and r.cue[0] < r.start and \
                        cut - r.end <= 2 and lead_tok == ",":
                    # 'X said Y, AFP reported.', '…, the report said.': the outer report
                    # relays the report whose content ends at its comma
                    if r.intermediary is None:
                        r.intermediary = text[speaker[0]:speaker[1]]
                    return None
        # content: from the unit start (or the end of a previous quote) to the comma
        if lead_tok in ("”", '"', "'"):
            m = self.doc.mark_at(cut)
            if m is not None and m.open >= start:
                s0 = m.open
                typ, s, e, marks = _typed(self.doc, s0, _outer_end(m))
                if typ == "direct" and _ONLY_PUNCT.fullmatch(text, start, s0):
                    raw = _Raw("direct", s, e, cue, "en.quote-said", speaker, how, **base,
                               marks=marks)
                    self.fix_speaker(raw)
                    self.out.append(raw)
                    return raw
                cut = _outer_end(m)
        start = max(start, cut - _MAX_CONTENT)
        typ, s, e, marks = _typed(self.doc, start, cut)
        if e - s < 3:
            return None
        for r in self.out[-6:]:
            if r.cue is not None and s <= r.cue[0] < e and speaker is not None and (
                    r.end <= r.cue[0] or (s <= r.start and r.end <= e + 2)):
                # '"…," he said, Reuters reported.', 'X said Y, AFP reported.': the outer
                # report relays that quote
                if r.intermediary is None:
                    r.intermediary = text[speaker[0]:speaker[1]]
                return None
        if typ == "indirect" and not incise and not verb.frames & {"that", "np"} and not (
                "obj" in verb.frames and self.told_object_ends(cue, s)):
            # "…, he continued." / "…, she shouted." report direct speech only; "…, Grassley
            # told POLITICO." reports the clause before it
            return None
        if typ == "indirect" and not incise and not _has_finite(text, s, e):
            # "In an interview with The Huffington Post in late May, Manafort bragged …":
            # a lead without a verb introduces the sentence, it reports nothing
            return None
        raw = _Raw(typ, s, e, cue, "en.said-postposed", speaker, how, **base, marks=marks)
        self.fix_speaker(raw)
        self.out.append(raw)
        return raw

    def plausible_subject(self, span: tuple[int, int]) -> bool:
        """A subject found at the clause's start that may stand in for a bad speaker: a
        pronoun, a phrase of two words or more, or a surname the article also writes after a
        first name (not a dateline, "PHILADELPHIA", nor a sentence adverb, "Soon")."""
        words = self.text[span[0]:span[1]].split()
        if len(words) != 1:
            return bool(words)
        w = words[0]
        if w.lower() in SUBJ_PRONOUNS:
            return True
        if w.isupper() or not w[:1].isupper():
            return False
        return re.search(r"[A-Z][\w'.-]+[ \t]+" + re.escape(w) + r"\b", self.text) is not None

    def names_a_role(self, phrase: str) -> bool:
        """Does the end of ``phrase`` (a clause's start) name a person by role ("her campaign
        manager", "one of the authors of that report", "The chairman of the House Permanent
        Select Committee on Intelligence"), within its last comma-free stretch"""
        tail = phrase[max(phrase.rfind(","), phrase.rfind(";"), phrase.rfind(":")) + 1:]
        return any(_role_word(w.strip(".'’")) or w.strip(".'’").lower() in _KIN_WORDS
                   for w in tail.split()[-12:])  # (or a relative: "Trump's son, Eric Trump,")

    def name_then_body(self, us: int, comma: int) -> bool:
        """Does the clause open with a name and its role's apposition that ends with a body's
        noun ("Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper,
        L'Osservatore Romano, said"), so that the name before ``comma`` is the body's?"""
        text = self.text
        first = text.find(",", us, comma)
        head = text[us:first].split() if first > 0 else []
        if len(head) < 2 or len(head) > 5 or head[0].lower() in DETS or \
                not all(w[:1].isupper() or w.lower() in ("de", "van", "von", "al-", "bin")
                        for w in head):
            return False
        words = text[max(us, comma - 30):comma].split()
        last = words[-1].strip(".,'’").lower() if words else ""
        return (self.lex.roles.get(last) or ("", ""))[1] in ("media", "organization",
                                                             "government", "document")

    def told_object_ends(self, cue, s: int) -> bool:
        """ "CLAUSE, X told POLITICO on Monday.": a finite cue, its object and the end of the
        sentence, after a clause that is not a lead ("As his rivals seized on …, Rubio told")."""
        _cs, ce, _verb = cue
        text, ue = self.text, self.ue
        if text[_cs:ce].lower().endswith("ing") or (
                _INTRO.match(text, s, ue) and not _DEMONSTRATIVE_SUBJECT.match(text, s, ue)) or \
                _OBJECT_TO_END.match(text, ce, ue) is None:
            return False
        return _FINITE_CASED.search(text, s, _cs) is not None

    def forward(self, cue, speaker, how, pos, kind, base) -> None:
        cs, ce, _verb = cue
        text = self.text
        base = dict(base)
        subordinate = base.pop("subordinate", False)
        to = _TO_AHEAD.match(text, pos) if kind == "to" and "objto" in _verb.frames else None
        if to is not None and _OBJECT_BEFORE_TO.fullmatch(text, ce, to.start(1)) is not None:
            pos = _first_non_space(text, ce)  # "asked him to resign", "urged Obama not to"
        if kind == "colon":
            pos = _COLON.match(text, pos).end()
            para = self.doc.paragraph_of(cs)
            pe = self.doc.paragraphs[para][1]
            if not text[pos:pe].strip() and para + 1 < len(self.doc.paragraphs):
                ns, ne = self.doc.paragraphs[para + 1]
                if text[ns:ne].rstrip().endswith(":"):
                    return  # the next paragraph is a header line of its own ("-- On the
                    # possibility of …, Rice said:")
                m = self.doc.mark_at(_first_non_space(text, ns))
                if m is not None and m.open == _first_non_space(text, ns):
                    ds, de = _inner_span(text, m)
                    self.add(_Raw("direct", ds, de, cue, "en.colon-paragraph", speaker, how,
                                  **base, marks=((ds, de),)))
                    return
                typ, s, e, marks = _typed(self.doc, ns, ne)
                self.add(_Raw(typ, s, e, cue, "en.colon-paragraph", speaker, how, **base,
                              marks=marks))
                return
        relative = speaker is not None and text[speaker[0]:speaker[1]].lower() in (
            "who", "which")
        dash = text[max(0, speaker[0] - 3):speaker[0]].strip() if relative else ""
        end = self.content_end(pos, ce, subordinate, relative,
                               dash if dash in ("-", "—", "–") else "")
        if speaker is not None and speaker[1] < cs and \
                _ASIDE_OPENS.match(text, speaker[1], cs) and \
                not _CLAUSE_BREAK.search(text, speaker[1] + 2, cs):
            # "Clinton, though she praised Garland and said Republicans should give him a
            # hearing, notably stopped short of …", "Sanders, who endorsed Canova and said he
            # would campaign with him, ultimately did not show up": the cue is in an aside
            # on the subject, whose own predicate follows the aside's closing comma
            for m in _PREDICATE_AFTER_ASIDE.finditer(text, pos, end):
                if self.doc.mark_at(m.start()) is None:
                    end = m.start()
                    break
        if kind in ("quote", "colon"):
            first = _first_non_space(text, pos + (1 if text[pos:pos + 1] in ",:" else 0))
            m = self.doc.mark_at(first)
            q = _OPEN_AFTER.match(text, pos, self.ue)
            if q is not None:
                m = self.doc.mark_at(q.end() - 1)
            if m is not None and _outer_end(m) > end:
                end = max(end, _outer_end(m))
            elif m is not None and m.open == first and \
                    _TIME_CLAUSE_AFTER_MARK.match(text, _outer_end(m), end):
                # 'had previously said, “We'll see,” when asked whether he would …': the
                # quotation, then the outlet's circumstance
                end = _outer_end(m)
            elif kind == "colon" and m is not None and m.open == first and \
                    text[m.start:m.end].rstrip()[-1:] in (".", "!", "?") and \
                    _NARRATION_AFTER_MARK.match(text, _outer_end(m), end):
                # 'When he shouted at lawmakers: "You lie!" the room fell silent': a whole
                # quotation after the colon, not the narration that goes on after it (not
                # 'added: "… we should have seen" it coming', a clause that goes on)
                end = _outer_end(m)
        if kind == "clause":
            end = self.as_quoted_end(pos, end, cue[2].lemma in _NAMING_CUES)
        typ, s, e, marks = _typed(self.doc, pos, end)
        if e - s < 2:
            return
        if kind == "that" and typ == "indirect" and not _has_finite(text, s, e) and \
                _DETERMINER_THAT.match(text, pos, e):
            return  # "Podesta reiterated that approach in his interview": a determiner
        if kind == "clause" and speaker is not None and how != "subject" and \
                self.gap_relative(speaker[0], s):
            return
        rule = {"quote": "en.said-quote", "colon": "en.said-colon", "that": "en.said-that",
                "to": "en.said-to", "wh": "en.asked-wh"}.get(kind, "en.said-clause")
        if how == "subject":
            rule += "-subject"
        self.add(_Raw(typ, s, e, cue, rule, speaker, how, **base, marks=marks))

    def as_quoted_end(self, pos: int, end: int, naming: bool = False) -> int:
        """The end of a characterisation in marks ("referred to Rubio as “a bright,
        charismatic leader”"): the content stops with the quotation when a comma or a time
        word follows it ("summed up Clinton as “terrible,” denounced …", 'defended his
        campaign manager as a "very decent man" Tuesday, hours after …'). After a naming cue
        the characterisation needs no "as" ("Holding signs calling Christie “New Jersey's
        Biggest Loser,” the protesters chanted …"), but a list of them goes on ('called
        Clinton “crooked,” “a liar” and “nasty”')."""
        text = self.text
        m = _AS_QUOTED.match(text, pos, end)
        named = m is None and naming
        if named:
            m = _NAMED_QUOTED.match(text, pos, end)
        if m is None:
            return end
        mark = self.doc.mark_at(m.end() - (2 if text.startswith("''", m.end() - 2) else 1))
        if mark is None or _outer_end(mark) >= end:
            return end
        stop = _outer_end(mark)
        if named and _OPEN_AFTER.match(text, stop, end):
            return end  # (another quoted name follows)
        after = text[stop:end].lstrip()
        nxt = after.split(None, 1)[0].strip(",.").lower() if after else ""
        if text[mark.start:mark.end].rstrip().endswith(",") or after.startswith(",") or \
                nxt in _TIME_WORDS:
            return stop
        return end

    def gap_relative(self, sp: int, s: int) -> bool:
        """Is the cue inside a relative clause whose gap is in the content ("a wall, which he
        said Mexico would pay for", "moves that he said improved the economy", "what he said
        was a mistake")? The reported clause then lacks its subject or object: no quote."""
        m = _GAP_BEFORE.search(self.text, max(self.us, sp - 16), sp)
        if m is None:
            return False
        if m.group(1).lower() != "that":
            return True
        before = _WORD_BEFORE.search(self.text, max(self.us, m.start() - 40), m.start())
        if before is not None and (before.group(1) in _KNOWING_VERBS or
                                   before.group(1) in self.lex.forms):
            return False  # a complement clause: "remember that social scientists say …"
        # "that": a relative pronoun when the content has no subject ("that he said improved")
        w = _WORD_START.match(self.text, s, self.ue)
        return w is not None and w.group(1).islower() and \
            _CLAUSE_START.match(self.text, s, self.ue) is None

    def read_according(self, cue) -> None:
        cs, ce, _verb = cue
        text, us, ue = self.text, self.us, self.ue
        # the source: up to the next comma or the end of the sentence
        m = _SOURCE_END.search(text, ce, ue)
        se = m.start() if m else ue
        paren = text.rfind("(", us, cs)
        if paren >= 0 and text.find(")", paren, cs) >= 0:
            paren = -1
        if paren >= 0:
            # "(… with a net worth estimated at less than $100,000, according to Senate
            # filings)": inside a parenthesis, the source ends at its closing bracket and
            # governs the parenthesis only
            close = text.find(")", ce, se)
            if close >= 0:
                se, m = close, None
        sp = trim_span(text, ce, se)
        if sp[1] <= sp[0]:
            return
        if text[sp[1] - 1] == "." and not _INITIAL_END.search(text[sp[0]:sp[1]]):
            sp = (sp[0], sp[1] - 1)
        when = _TIME_AFTER_NAME.search(text, sp[0], sp[1])
        if when is not None and when.start() > sp[0]:
            sp = (sp[0], when.start())  # "as first reported by the New York Times on Tuesday"
        if _NORM_SOURCE.fullmatch(text, sp[0], sp[1]) and \
                text[us:cs].rstrip()[-1:].isalpha():
            # "went according to plan", "acted according to the law": inside its clause, the
            # norm a deed follows, no source ("According to state law, no one may …" is the
            # law's content)
            return
        how = "pronoun" if text[sp[0]:sp[1]].lower() in ("him", "her", "them", "it") else \
            "mention"
        if paren >= 0 and not text[paren + 1:cs].strip() and m is not None and \
                text[m.start()] == ",":
            # "(according to officials, 70 percent voted)": the rest of the parenthesis
            close = text.find(")", m.end(), ue)
            if close >= 0:
                typ, s, e, marks = _typed(self.doc, m.end(), close)
                if e - s >= 3:
                    self.add(_Raw(typ, s, e, cue, "en.according-to", sp, how, marks=marks))
                return
        lead = text[us:min(cs, us + _LEAD_WINDOW)]
        lead_core = lead.strip()
        if not lead_core or _CONNECTIVES_ONLY.fullmatch(lead_core) or (lead_core.endswith(",") and \
                len(lead_core.split()) <= 4 and not _RIGHT_END.match(text, se, ue) and
                not _SUBJECT_LEAD.match(lead_core)) or _CONJUNCTION_LEAD_END.search(lead_core):
            # ("The AP reported that, according to X, 85 of …", "…, because, according to
            # Trump, the media would …": the clause that follows the source)
            # According to X, content.
            if m is None or text[m.start()] != ",":
                return
            end = self.content_end(m.end(), ce)
            typ, s, e, marks = _typed(self.doc, m.end(), end)
            if e - s >= 3:
                self.add(_Raw(typ, s, e, cue, "en.according-to", sp, how, marks=marks))
            return
        # content, according to X.  /  content according to X.
        for r in self.out[-6:]:
            if r.cue is not None and r.end <= r.cue[0] < cs and \
                    len(text[r.cue[1]:cs].split()) <= 10:
                # '"…," the minister said on Monday, according to Reuters': Reuters relays
                # the minister's quote (an intermediary, not a second source of it)
                if r.intermediary is None:
                    r.intermediary = text[sp[0]:sp[1]]
                return
        for r in self.out[-6:]:
            mark = self.doc.mark_at(r.end - 1) if r.marks and r.marks[-1][1] >= r.end else None
            if r.cue is not None and r.cue[1] <= r.start < r.end <= cs and mark is not None and \
                    _TIME_CLAUSE_AFTER_MARK.match(text, _outer_end(mark), cs):
                # 'he answered "No" when Bowler asked him if he could afford a lawyer,
                # according to a transcript': the source relays the quotation; the time clause
                # between is the outlet's
                if r.intermediary is None:
                    r.intermediary = text[sp[0]:sp[1]]
                return
        start = max(us, cs - _MAX_CONTENT, paren + 1)
        inner = None
        for r in self.out[-6:]:
            # a quote attributed before it ('"…," he said, according to X' reports it whole)
            if r.end <= cs and r.cue is not None and r.cue[0] < r.start:
                if not text[r.end:cs].strip(" ,") and r.rule != "en.as-said" and \
                        self.doc.mark_at(r.start) is None:
                    inner = r
                    continue
                start = max(start, r.end + 1)
        relay = None
        if inner is not None:
            outlet = text[inner.speaker[0]:inner.speaker[1]] if inner.speaker is not None \
                else ""
            if outlet and inner.cue[2].lemma in ("report", "write") and \
                    english_source(outlet, None)[0] in ("media", "agency"):
                # "other media outlets write that the target was the Khorasan group, …,
                # according to US officials", "The Guardian also reported that …, according
                # to the Norwegian Polar Institute": the outlet relays what the source says
                self.out.remove(inner)
                that = _LEADING_THAT.match(text, inner.start, inner.end)
                start = that.end() if that is not None else inner.start
                relay = outlet
            elif inner.speaker is not None and inner.speaker[0] >= start:
                # "The Islamic State has previously called for attacks using vehicles,
                # according to the SITE Intelligence Group", "Spanish police said the bombs
                # were rudimentary, according to El País": the source reports the whole
                # clause, its speaker and cue included (not "…, calling it “…,” according to
                # the BBC": the participle's subject is before the clause)
                self.out.remove(inner)
            else:
                start = max(start, inner.end + 1)
        # ("…, according to three recent polls, including one from Monmouth University": what
        # follows the source describes it, the clause before is the content)
        right = _RIGHT_END.match(text, se, ue)
        rest_end = right is not None or se >= ue or \
            _SOURCE_DESCRIBED.match(text, se, ue) is not None
        if right is not None and _DET_THEN_CLAUSE.match(text, se, ue):
            # "…, according to this document, the federations themselves can make
            # foundations": the source inside its clause, the whole clause is the content (not
            # the source's apposition: "according to John Smith, a former official")
            rest_end = False
        end = cs
        if not rest_end and m is not None and text[m.start()] == ",":
            end = self.content_end(m.end(), ce)  # incise: the whole clause
            close = text.find(")", m.end(), end) if paren >= 0 else -1
            if close >= 0:
                end = close  # (the clause inside the parenthesis)
        typ, s, e, marks = _typed(self.doc, start, end if end != cs else cs)
        if typ == "direct" and end != cs:
            typ = "mixed"
        if e - s >= 3:
            self.add(_Raw(typ, s, e, cue, "en.according-to", sp, how, marks=marks,
                          intermediary=relay))

    def read_as(self, cue, speaker, how, negated, conditional) -> None:
        cs, ce, verb = cue
        text, ue = self.text, self.ue
        if verb.lemma == "go on" and not _OPEN_AFTER.match(text, ce, ue):
            return  # "As the day went on, Eric Trump was pressed …": time passing
        pos = _skip_right(text, ce, ue)
        if speaker is None:
            by = _BY.match(text, pos, ue)
            if by is None:
                return
            speaker = _np_right(text, by.end(), ue)
            if speaker is None:
                return
            how = "mention"
            pos = _skip_right(text, speaker[1], ue)
        if "obj" in verb.frames and not text.startswith(",", pos) and \
                not _THAT.match(text, pos, ue):
            ahead = _THAT_AHEAD_OBJ.match(text, pos, ue) or _THAT_AHEAD.match(text, pos, ue)
            comma = text.find(",", pos, min(ue, pos + 60))
            if ahead is not None and "that" in verb.frames and \
                    not _VERB_SURE.search(text, pos, ahead.start("that")):
                pos = ahead.start("that")  # "as Comey told Congress on Oct. 28, 2016, … that"
            elif comma > pos and _count_words(text, pos, comma, 7) <= 6 and \
                    not text[comma - 1].isdigit() and not _VERB_SURE.search(text, pos, comma):
                pos = comma  # "As one employee told Palo Alto Weekly, “…”": the addressee
        that = _THAT.match(text, pos, ue) \
            if "that" in verb.frames and not text[cs:ce].lower().endswith("ing") else None
        if that is not None:
            # "cracking a smile as he noted that when the campaign began Clinton had a lead":
            # a that-clause is the report's content, whatever "as" joins
            start = that.end()
            end = self.content_end(start, ce)
            mark = self.doc.mark_at(_first_non_space(text, start))
            if mark is not None and mark.open == _first_non_space(text, start) and \
                    _outer_end(mark) < end:
                end = _outer_end(mark)  # 'as Trump claimed that “…,” one of …': the marks
        elif "bare" in verb.frames and not text[cs:ce].lower().endswith("ing") and \
                _AS_CONJUNCTION.search(text[self.us:speaker[0]]) is not None and \
                self.right_content(verb, "clause", pos) == ("clause", pos) and \
                _count_words(text, pos, (end := _as_clause_end(
                    text, pos, self.content_end(pos, ce))), 3) >= 3 and \
                _sure_finite(text, pos, end):
            # "have come even as some of the same candidates have said they oppose boots on
            # the ground": a clause without "that" is the content as well, up to the comma
            # that closes the "as" clause ("Just as Trump said he would, he …": too short);
            # "as" a conjunction only (not "Americans who identify as Republicans say …", "as
            # much money as the charity said it has raised")
            start = pos
        elif text.startswith((",", ":"), pos):
            if text[ce:pos].lstrip().lower().startswith("with "):
                return  # "As Freddy joked with his best friend, his brother grew impatient"
            start = pos + 1
            end = self.content_end(start, ce)
        else:
            # ("CLAUSE, as X noted." is left alone: read on 1,224 articles, the "as" clause
            # often bears on a part of the clause only, or says its opposite: "It does not
            # answer whether Scott had a gun, as police have said"; but a quotation that
            # makes the whole sentence before it is the speaker's: '“We will win,” as Trump
            # put it.')
            quoted = self.quotation_before_as(cs)
            if quoted is None or not _RIGHT_END.match(text, pos, ue):
                return
            start, end = quoted
        typ, s, e, marks = _typed(self.doc, start, end)
        if e - s >= 3:
            self.add(_Raw(typ, s, e, cue, "en.as-said", speaker, how, negated=negated,
                          conditional=conditional, marks=marks, after=start))

    def quotation_before_as(self, cs: int) -> tuple[int, int] | None:
        """The quotation in marks that opens the sentence and ends right before its ", as X
        said", as (open, end) with its marks; None when anything else comes first."""
        text, us = self.text, self.us
        lead = _AS_AFTER_QUOTATION.search(text, us, cs)
        if lead is None:
            return None
        mark = self.doc.mark_at(lead.start() - 1)
        if mark is None or _outer_end(mark) != lead.start() or \
                mark.open != _first_non_space(text, us):
            return None
        return mark.open, _outer_end(mark)

    def read_passive(self, cue, toks, i) -> None:
        """``X was reported by Y`` (content before, source after) and ``Asked whether …``."""
        _cs, ce, _verb = cue
        text = self.text
        by = _BY.match(text, _skip_right(text, ce, self.ue), self.ue)
        if by is None:
            return
        sp = _np_right(text, by.end(), self.ue)
        if sp is None:
            return
        k = i
        while k >= 0 and toks[k][2].lower() in AUX_PASSIVE | FILLERS:
            k -= 1
        j = _np_left(toks, k)
        if j > k:
            return
        self.add(_Raw("indirect", toks[j][0], toks[k][1], cue, "en.passive-by", sp, "mention"))

    # ---- speakers and details -----------------------------------------------------------

    def participle_ok(self, toks, i: int, j: int, speaker, ce: int) -> bool:
        """Is an -ing form a reporting participle? Without a subject next to it, it needs a
        comma, an auxiliary, a conjunction or a preposition before it ("…, saying", "and
        urging", "by saying") or the start of the sentence; with one ("voters saying they
        …", "with McCain telling reporters …"), it must not be a noun ("a warning about")."""
        if i < 0 or not toks:
            return True
        if speaker is None:
            prev = toks[i][2].lower()
            return prev in _ING_LEFT or not _is_word(toks[i][2])
        if self.text[max(self.us, ce - 7):ce].lower().endswith(("saying", "telling")) or \
                toks[i][2].lower() in ("is", "was", "were", "are", "been", "be"):
            return True  # ("was saying on state television that …": a verb)
        return not _ING_NOUN_AFTER.match(self.text, ce, self.ue)

    def nouny(self, cs: int, ce: int, speaker: tuple[int, int] | None) -> bool:
        """Is a form like "notes", "claims", "calls" a plural noun here ("many of the same
        notes")? Its verb reading needs a subject that ends with a name, a pronoun or a noun
        that can speak; a verb right after it makes it the subject ("The IG report cited no
        evidence", "Those remarks allowed Republicans …")."""
        form = self.text[cs:ce].lower()
        if speaker is not None and form.split()[0].endswith("s"):
            words = self.text[max(self.us, speaker[0] - 12):speaker[1]].split()
            if len(words) >= 2 and words[-2].lower() in ("he", "she", "it", "they", "we") and \
                    words[-1].isalpha() and words[-1].islower() and \
                    words[-1].endswith(("s", "ed")) and words[-1] not in SUBJ_PRONOUNS:
                return True  # "He rejects calls for …": a pronoun and its verb, then a noun
        if form + "s" in _NOUNY_FORMS and _S_VERB_THEN_OBJECT.match(self.text, ce, self.ue):
            return True  # "the AP report merits the appointment of …": the subject's noun
        if form not in _NOUNY_FORMS:
            return False
        if _PAST_FIRST.match(self.text, ce, self.ue):
            return True
        if speaker is None:
            return False
        last = self.text[speaker[0]:speaker[1]].split()[-1]
        lw = last.lower().rstrip(",.")
        # (a document speaks: "The ad claims “Jeb is the conservative you can trust.”")
        return not (last[:1].isupper() or lw in SUBJ_PRONOUNS or lw in self.lex.roles or
                    lw.endswith("s") or lw.endswith("'s") or role_type_en(lw) == "document")

    def apposition_speaker(self, comma: int) -> tuple[int, tuple[int, int]] | None:
        """``"…," NAME, APPOSITION, said``: the speaker runs from the closing mark to ``comma``.

        Returns (end of the content lead, speaker span) or None."""
        text = self.text
        k = comma
        lo = max(self.us, comma - 200)
        while k > lo:
            k -= 1
            ch = text[k]
            if ch in CLOSE_MARKS or text[k - 1:k + 1] == "''":
                m = self.doc.mark_at(k)
                if m is None or _outer_end(m) - 1 != k:
                    return None
                if text[k - 1] not in ",.!?" and len(text[m.start:m.end].split()) <= 3:
                    k = m.open  # a label in the apposition: 'wearing “Ted Cruz” campaign pins'
                    continue
                start = k + 1
                while start < comma and text[start] in " ,":
                    start += 1
                seg = text[start:comma]
                # "Jared Bernstein, a former adviser," / "the economist Jared Bernstein, a …,"
                first = seg.split(None, 1)[0].lower() if seg.strip() else ""
                # ("his wife, Gabriela Violeta Lazar," / "the group's president, John Doe,":
                # a role, then the name in apposition)
                role_then_name = first in _ROLE_DETERMINERS and "," in seg and \
                    seg.split(",", 1)[1].lstrip()[:1].isupper()
                # ("the official, who asked not to be named,": a noun phrase and its relative
                # clause, whose verbs are not the report's)
                relative = _RELATIVE_APPOSITION.fullmatch(seg)
                if not seg or not (seg[0].isupper() or role_then_name or relative or (
                        first in ("the", "a", "an") and _NAME_WITHIN_FIVE.match(
                            seg[len(first):]))) or len(seg.split()) > 30 or \
                        "," not in seg or (any(c in seg for c in OPEN_MARKS) and
                                           not _ONLY_LABELS.fullmatch(seg)):
                    return None  # (a label in marks may be in it: “Ted Cruz” campaign pins)
                if self.lex.pattern.search(seg, 0, relative.start(2) if relative else len(seg)):
                    return None
                return k + 1, (start, comma)
            if ch in OPEN_MARKS or ch in ";:!?":
                return None
        return None

    def unmarked_apposition(self, cue) -> tuple[int, tuple[int, int]] | None:
        """``CLAUSE, NAME, APPOSITION, said.`` or ``CLAUSE, ROLE, NAME, told CNN.``: a report
        without marks, postposed, whose subject carries an apposition ("The DNA could also be
        from a victim, Lawrence Kobilinsky, a DNA expert at the John Jay College, told CNN";
        "…, the head of the town's council, Shaker Mahmoud, said Thursday"). The clause before
        holds a finite verb and nothing but adjuncts follows the cue (else the clause after it
        is the content). Returns (end of the content lead, speaker span) or None."""
        cs, ce, verb = cue
        text, us, ue = self.text, self.us, self.ue
        comma = text.rfind(",", us, cs)
        if comma < 0 or text[comma + 1:cs].strip():
            return None
        c2 = text.rfind(",", us, comma)
        c1 = text.rfind(",", us, c2) if c2 > us else -1
        if c1 < 0 or any(ch in _ANY_MARK or ch in ";:()[]" for ch in text[c1:cs]):
            return None
        first, second = text[c1 + 1:c2].split(), text[c2 + 1:comma].split()
        if not first or not second:
            return None
        relative = second[0].lower() in ("who", "which", "whose")
        if self.name_words(first) or (
                # "…, the sources, who asked not to be named, said", "…, the company, which
                # employs 500 people, said": a noun phrase and its relative clause
                relative and first[0].lower() in DETS and len(first) <= 8 and
                not _sure_finite(text, c1 + 1, c2)):
            if not _APPOSITION_HEAD.match(text, _first_non_space(text, c2 + 1), comma) and \
                    not (second[0].islower() and _role_word(second[0])):
                return None
            if len(second) > 25 or (not relative and _sure_finite(text, c2 + 1, comma)):
                return None
            c0 = text.rfind(",", us, c1)
            role = text[c0 + 1:c1].strip(" “”\"'").split() if c0 >= 0 else []
            if role and role[0].lower() in _ROLE_DETERMINERS and \
                    len(role) <= 12 and not _sure_finite(text, c0 + 1, c1):
                # "…, the committee's chairman, Representative Trey Gowdy, Republican of South
                # Carolina, wrote": the role before the name is the speaker's too (after a
                # quotation, the reading of its marks)
                if any(ch in _ANY_MARK for ch in text[c0:c1]):
                    return None
                c1 = c0
        elif first[0].lower() in _ROLE_DETERMINERS and self.name_words(second):
            # (a role or a title: "the official", "the former commander of the Russian Black
            # Sea Fleet")
            if len(first) > 15 or _sure_finite(text, c1 + 1, c2) or \
                    not any(w.islower() for w in first[1:]):
                return None
        else:
            return None
        if _count_words(text, us, c1, 3) < 3 or not _has_finite(text, us, c1):
            return None
        after = _skip_right(text, ce, ue)
        obj = _OBJECT.match(text, after, ue) if verb.frames & {"obj", "objto"} else None
        if obj is not None:
            after = _skip_right(text, obj.end(), ue)
        if _right_kind(text, after, ue) != "end":
            # (an addressee of several words: "told Algerian state television.")
            rest = text[after:ue].rstrip(" .!?")
            if not obj or len(rest.split()) > 4 or _has_finite(text, after, ue) or \
                    any(ch in _ANY_MARK or ch in ",;:" for ch in rest):
                return None
        return c1 + 1, _trim_content(text, c1 + 1, comma)

    def name_words(self, words: list[str]) -> bool:
        """Are ``words`` a person's name, after titles at most ("Rep. Dutch Ruppersberger",
        "Admiral Igor Kasatonov", "Earnest")?"""
        k = 0
        while k < len(words) - 1 and _title_or_role(words[k], self.lex):
            k += 1
        # (an Arabic article glued to the surname: "Issam al-Naass")
        return _reads_as_name([w[0].upper() + w[1:] if _GLUED_ARTICLE.match(w) else w
                               for w in words[k:]], self.lex)

    def subject_lead(self, us: int, comma: int, inverted: tuple[int, int]) -> bool:
        """``NAME, APPOSITION, said CLAUSE``: the lead before the cue is the subject with its
        apposition, not a postposed content, when the words after the cue hold a finite verb
        ("Gov. John Kasich of Ohio, a Republican who …, said the Khan family deserved
        better"; "Mr. Trump's former campaign manager, Corey Lewandowski, said the staff
        member who succeeded him … should be terminated"). The inverted reading stays for
        "Smith, a Republican, should resign, said Jones."."""
        text = self.text
        if text[comma:comma + 1] != ",":
            return False
        first = text.find(",", us, comma)
        if first < 0:
            return False
        head = text[us:first]
        if len(head.split()) > 8 or not head[:1].isupper() or _FINITE_CASED.search(head):
            return False
        if not _APPOSITION_OPENER.match(text, first + 1, comma):
            return False
        return _FINITE_CASED.search(text, inverted[0], self.ue) is not None

    def comma_then_clause(self, cue, speaker, passive: bool, comma: int) -> bool:
        """``SPEAKER says, CLAUSE``: a speaker that opens the sentence (after a connector at
        most) right before a finite cue, a comma within a few words of it, then a clause that
        does not open with a verb ("Trump joked about X, declined to …") -- and not the idiom
        "That said," nor the aside ", say, "."""
        text, ue = self.text, self.ue
        cs, ce, verb = cue
        if speaker is None or passive or "bare" not in verb.frames or \
                text[cs:ce].lower().endswith("ing") or \
                text[speaker[0]:speaker[1]].lower() in ("that", "this", "it") or \
                not _ONLY_CONNECTORS_EN.fullmatch(text, self.us, speaker[0]) or \
                len(text[speaker[1]:cs].split()) > 1 or len(text[ce:comma].split()) > 3:
            return False
        pos2 = _first_non_space(text, comma + 1)
        if _ING_FIRST.match(text, pos2, ue) or _PAST_FIRST.match(text, pos2, ue):
            return False
        content = self.right_content(verb, _right_kind(text, pos2, ue), pos2)
        return content is not None and content[0] == "clause"

    def aside_subject(self, comma: int) -> tuple[int, int] | None:
        """``SUBJECT, in an interview with X, called …``: the cue's subject before an aside
        that opens with a preposition (or a relative "who …") and closes at ``comma``. The
        subject is a name, a pronoun or a role that opens the sentence (after a conjunction
        such as "While")."""
        prev = self.text.rfind(",", max(self.us, comma - 160), comma)
        m = _WORD_START.match(self.text, prev + 1, comma) if prev >= 0 else None
        if m is None or m.group(1).lower() not in _ASIDE_OPENERS:
            return None  # (a cheap test before tokenising)
        lo = max(self.us, comma - 240)
        toks = _tokens(self.text, lo, comma + 1)
        i = len(toks) - 1
        k = i - 1
        while k >= 0 and i - k <= 24 and toks[k][2] not in (",", ";", ":", "(", ")"):
            k -= 1
        if k < 1 or toks[k][2] != "," or toks[k + 1][2].lower() not in _ASIDE_OPENERS:
            return None
        who = toks[k + 1][2].lower() == "who"
        if (who and self.lex.pattern.search(self.text, toks[k + 1][0], toks[i][0])) or (
                not who and ((i - k > 14 and toks[k + 1][2].lower() != "in") or
                             _verb_in_aside(toks[k + 1:i]))):
            return None  # (a relative clause has its verb; a prepositional aside has none;
            # a long one opens with "in": "in response to Mr. Trump's use of … in 2008")
        end = k - 1
        if toks[end][2] == ")":  # "Sen. Brian Schatz (D-Hawaii)"
            p = end
            while p > 0 and end - p <= 8 and toks[p][2] != "(":
                p -= 1
            if toks[p][2] != "(":
                return None
            end = p - 1
        j = _np_left(toks, end)
        if j > end or not ((j == 0 and lo == self.us) or
                           (j > 0 and toks[j - 1][2].lower() in _SUBORDINATORS | COORD)):
            return None
        words = [t[2] for t in toks[j:end + 1]]
        head = words[-1].lower()
        if not (_cap(words[-1]) or head in SUBJ_PRONOUNS - {"it", "which"} or
                head in self.lex.roles):
            return None
        return toks[j][0], toks[k - 1][1]

    def opening_subordinate(self, pos: int) -> re.Match[str] | None:
        """The conjunction of the subordinate clause that opens the sentence, when ``pos`` is
        still inside that clause (no comma or dash before it): "When he said X, …", "Where he
        used to boast that …"; not "Even as …, Democrats have said …"."""
        m = _SUBORDINATE.match(self.text, self.us, pos)
        return m if m is not None and not _CLAUSE_BREAK.search(self.text, self.us, pos) else None

    def in_subordinate(self, pos: int) -> bool:
        """Is ``pos`` inside a subordinate clause that opens the sentence or follows a
        comma ("Last month, when I asked him if …")?"""
        text = self.text
        start = self.us
        for m in _CLAUSE_BREAK.finditer(text, self.us, pos):
            start = m.end()
        return _SUBORDINATE.match(text, start, pos) is not None

    def relative_subject(self, cs: int) -> tuple[int, int] | None:
        """The "who" whose relative clause the cue's "and" continues: "Tom told Annette
        Guessford, who answered her door and said she planned to caucus" (on "which" it moved
        more speakers wrong than right: "…, which allows him to keep his options open and
        deny …")."""
        text = self.text
        if _AND_BEFORE.search(text, max(self.us, cs - 20), cs) is None or \
                not _FINITE_CUE_FORM.match(text, cs):
            return None  # (a finite verb: not "to keep his options open and deny")
        rel = None
        for m in _RELATIVE_OPENS.finditer(text, max(self.us, cs - 200), cs):
            rel = m
        if rel is None or \
                any(ch in ",;:" or ch in _ANY_MARK for ch in text[rel.end():cs]) or \
                "''" in text[rel.end():cs] or self.doc.mark_at(rel.start()) is not None or \
                (rel.group().lstrip(",").strip()[:1] in "—–-" and
                 _DASH_IN.search(text, rel.end(), cs) is not None):
            return None  # (not a relative closed by its dash: "-- who has been … -- said")
        return rel.span(1)  # (resolved to its antecedent; the content ends with the relative)

    def clause_turn(self, lo: int, cs: int, first: bool = False) -> re.Match[str] | None:
        """The last (or ``first``) ", while …" or ", as …" between ``lo`` and the cue at
        ``cs`` that opens a clause of its own, outside marks."""
        turn = None
        for t in _WHILE_CLAUSE.finditer(self.text, lo, cs):
            if self.doc.mark_at(t.start()) is not None or (
                    t.group("while") is None and _CLAUSE_BREAK.search(self.text, t.end(), cs)):
                continue
            if first:
                return t
            turn = t
        return turn

    def while_subject(self, turn: re.Match[str], cs: int) -> tuple[int, int] | None:
        """The subject of the clause that ", while" opens at ``turn``, or the name in
        apposition to it ("while her main rival, Bernie Sanders, …")."""
        subj = _subject_np(self.text, turn.end(), cs)
        if subj is None:
            return None
        name = _NAME_APPOSITION.match(self.text, subj[1], cs)
        return (name.start(1), name.end(1)) if name is not None and \
            not self.text[subj[0]:subj[1]][:1].isupper() else subj

    def and_clause_subject(self, comma: int) -> tuple[int, int] | None:
        """The subject of the last clause joined by ", and" before ``comma``, outside marks,
        when a finite verb follows it: "…, and the ACLU has already sued the city"."""
        last = None
        for m in _AND_CLAUSE.finditer(self.text, self.us, comma):
            last = m
        if last is None or self.doc.mark_at(last.start()) is not None or \
                any(ch in ";:" for ch in self.text[last.end():comma]):
            return None
        subj = _subject_np(self.text, last.end(), comma)
        adverb = _ADVERB_END.search(self.text, subj[0], subj[1]) if subj is not None else None
        if adverb is not None:
            subj = (subj[0], adverb.start())  # ("the Anti-Defamation League strongly")
        if subj is None or _FINITE_AFTER_SUBJECT.match(self.text, subj[1], comma) is None:
            return None
        head = self.text[subj[0]:subj[1]].split()[-1]
        if not (head.lower() in SUBJ_PRONOUNS - {"it", "which"} or
                self.lex.roles.get(head.lower()) or _role_word(head.lower()) or
                head.lower() in _GROUP_HEADS or (head[:1].isupper() and _is_word(head)) or
                _SPEAKING_HEAD.fullmatch(head) or head.lower() in ("website", "site")):
            return None  # (a subject that may speak: not "Mr. Hurt's book included a
            # statement from Ms. Trump, …, clarifying", whose participle is the statement's)
        return subj

    def clause_subject(self, cs: int) -> tuple[int, int] | None:
        rel = self.relative_subject(cs)
        if rel is not None:
            return rel
        joined = _AND_NAME_APPOSITION_BEFORE.search(self.text, max(self.us, cs - 160), cs)
        if joined is not None and self.doc.mark_at(joined.start()) is None and \
                not _BOTH_LEAD.match(self.text, self.us, joined.start()):
            # "…, and Brian Deese, the White House climate change adviser, said": the name
            # after "and" opens a clause of its own
            return joined.span(1)
        # a participle right after a comma ("…, when Sanders protesters interrupted her
        # speech, shouting …") may close the clause before it: its turns are read up to the
        # comma, and it takes the subject of a clause joined by ", and" ("…, and the American
        # Civil Liberties Union of Ohio has already sued the city over the rules, saying …")
        comma = _COMMA_BEFORE.search(self.text, max(self.us, cs - 3), cs)
        upto = comma.start() if comma is not None and \
            self.text[cs:self.text.find(" ", cs, cs + 30)].endswith("ing") else cs
        if upto < cs or _AND_BEFORE.search(self.text, max(self.us, cs - 6), cs):
            # (and a cue coordinated with that clause's verb: "a group of rabbis called for a
            # boycott, and the Anti-Defamation League strongly denounced Trump's rhetoric and
            # said …")
            joined = self.and_clause_subject(upto)
            if joined is not None:
                return joined
        sub = self.opening_subordinate(cs)
        for r in reversed(self.out):
            if r.how == "object" or (r.speaker is not None and _PREPOSITION_BEFORE.search(
                    self.text, max(self.us, r.speaker[0] - 10), r.speaker[0])):
                continue  # (a document in the object, not the clause's subject; nor the
                # subject of a participle after a preposition, "vented about Sanders vowing to
                # fight on and said", nor the source of "according to X")
            if r.speaker is not None and r.start < cs:
                if sub is None and r.cue is not None and self.in_subordinate(r.cue[0]):
                    # "When I asked Sanders if he would endorse her, he looked … and said":
                    # the report of the opening subordinate clause has its own subject
                    break
                turn = self.clause_turn(r.end, upto, first=True)
                if turn is not None and not any(
                        q.start <= turn.start() < q.end for q in self.out):
                    # "Candidates called for a ban, while Mike Huckabee, the former Arkansas
                    # governor, proposed … and said …": the new clause's own subject
                    subj = self.while_subject(turn, cs)
                    if subj is not None:
                        return subj
                if _relative_word(self.text[r.speaker[0]:r.speaker[1]]) and \
                        r.speaker[0] > self.us:
                    # "Barkley, who said he typically votes democratic, said …": the relative
                    # clause's antecedent is the main clause's subject
                    subj = _subject_np(self.text, self.us, r.speaker[0])
                    if subj is not None and _JUST_A_COMMA.fullmatch(self.text, subj[1],
                                                                    r.speaker[0]):
                        return subj
                return r.speaker
        if sub is not None and not sub.group().lower().rstrip().endswith("asked"):
            # "Where he used to boast that …": the cue is in the opening subordinate clause,
            # whose subject follows the conjunction
            subj = _subject_np(self.text, sub.end(), cs)
            if subj is not None:
                return subj
        turn = self.clause_turn(self.us, upto)
        if turn is not None and _STRICT_FINITE.search(self.text, self.us, turn.start()):
            # "Jindal signed an order …, while Mike Huckabee, the former Arkansas governor,
            # proposed … and said …": the subject of the clause after "while" (not a
            # subordinate clause before the main one: "At the end of Mass, while the Pope was
            # greeting …, Monsignor Fabian Pedacchio … came to me and said")
            subj = self.while_subject(turn, cs)
            if subj is not None:
                return subj
        semi = self.text.rfind("; ", self.us, cs)
        if semi > self.us and self.doc.mark_at(semi) is None and \
                not self.text.startswith("and ", semi + 2) and \
                _STRICT_FINITE.search(self.text, self.us, semi) is not None:
            # "Cuba's health ministry initially vowed an investigation …; last week, state media
            # published a report …, categorically stating that …": the clause after the
            # semicolon has its own subject (not a list of names: "X, a senior …; Y, …; and
            # Z, … announced")
            subj = _subject_np(self.text, semi + 2, cs)
            if subj is not None:
                return subj
        late = max(_SUBORDINATE_NO_COMMA.finditer(self.text, self.us, cs),
                   key=lambda m: m.start(), default=None)
        if late is not None and self.doc.mark_at(late.start()) is None and \
                _STRICT_FINITE.search(self.text, self.us, late.start()) and \
                not _CLAUSE_BREAK.search(self.text, late.end(), cs):
            # "The name was announced long before White House officials started to portray
            # …": the cue is in the clause "before" opens, whose subject follows it
            subj = _subject_np(self.text, late.end(), cs)
            if subj is not None and _VERB_TO_BEFORE_CUE.fullmatch(self.text, subj[1], cs):
                return subj  # (its subject, a verb and "to": not "after the meeting and")
        subj = _subject_np(self.text, self.us, cs)
        if subj is None:
            # "And it wasn't an accident — Brendan Buck, a spokesman for Ryan, told POLITICO
            # that …": a new clause after a dash
            dash = max(self.text.rfind(" — ", self.us, cs), self.text.rfind(" -- ", self.us, cs))
            if dash > self.us:
                subj = _subject_np(self.text, self.text.index(" ", dash + 1) + 1, cs)
                head = self.text[subj[0]:subj[1]].split()[-1] if subj is not None else ""
                if subj is not None and not (head[:1].isupper() or head.lower() in SUBJ_PRONOUNS
                                             or _role_word(head.lower())):
                    subj = None  # ("— the debate stage will provide …": no speaker)
        return subj

    def fix_speaker(self, raw: _Raw) -> None:
        if raw.speaker is None:
            return
        s, e = raw.speaker
        mention = self.text[s:e].lower().replace("’", "'")
        if not mention.strip():
            raw.speaker = None  # (a phrase cut down to nothing)
            return
        if mention.split()[-1] in _HAS_CONTRACTIONS:  # "He's said …": "He"
            raw.speaker = (s, e - 2)
            mention = mention[:-2]
        asked = _ASKED_ANONYMITY_IN.search(mention)
        if asked is not None and asked.start() > 0:
            # "A co-worker who asked not to be named said": the source is "A co-worker", an
            # anonymous one
            raw.speaker = (s, s + asked.start())
            mention = mention[:asked.start()]
            self.doc.anonymous_starts.add(s)
        if _relative_word(self.text[raw.speaker[0]:raw.speaker[1]]):
            raw.how = "relative"

    def add(self, raw: _Raw) -> None:
        if raw.end <= raw.start:
            return
        if raw.speaker is not None and raw.cue is not None and \
                self.text[raw.speaker[0]:raw.speaker[1]].lower().replace("’", "'") in \
                _DEMONSTRATIVES:
            # "That (proposal) prompted Rubio to … call Trump …": the one made to speak; "That
            # suggests …", "That's not to say …": the outlet's own reasoning, no quote (but
            # "That cable … warned", a determiner, is left as it is)
            m = _CAUSED_TO.search(self.text, raw.speaker[1], raw.cue[0])
            if m is not None:
                raw.speaker, raw.how = (m.start(1), m.end(1)), "mention"
            elif not _NOUN_NEXT.match(self.text, raw.speaker[1], raw.cue[0]):
                return
        self.fix_speaker(raw)
        self.out.append(raw)

    def channel(self, cs: int, ce: int, after: int) -> str | None:
        text = self.text
        window_s = max(self.us, cs - 80)
        window_e = min(self.ue, max(after, ce) + 60)
        if not _CHANNEL_QUICK.search(text[window_s:window_e].lower()):
            return None
        m = None
        for mm in _CHANNEL.finditer(text, window_s, window_e):
            if self.doc.mark_at(mm.start()) is None:
                m = mm
                if mm.start() >= ce:
                    break
        if m is None:
            return None
        if m.lastgroup == "tv" and m.group() == "tv":
            return None
        return _CHANNEL_NAMES.get(m.lastgroup or "")

    def intermediary(self, cs: int, after: int) -> str | None:
        m = _INTERMEDIARY.search(self.text, cs, min(self.ue, after + 60))
        if m is None or self.doc.mark_at(m.start()) is not None:
            return None
        name = m.group("name").strip()
        words = name.split()
        while words and not words[-1][0].isupper():
            words.pop()
        while len(words) > 1 and words[-1].lower().rstrip(".,'") in WEEKDAYS | MONTHS:
            words.pop()  # "told CNN Tuesday"
        name = " ".join(words).rstrip(".,'")
        if not name or name.lower() in ("the", "he", "she", "i") or \
                name.split()[0].lower() in WEEKDAYS | MONTHS:
            return None
        if name.lower() in _PLATFORMS:
            return None  # "said on Twitter": the channel, nobody in between
        acronym = any(len(w) >= 2 and w.isupper() and w not in _NOT_MEDIA_ACRONYMS
                      for w in _POSSESSIVE_S.sub("", name).replace(".", "").split())
        if not (acronym or _MEDIA_NAME.search(name)):
            return None  # "told Obama", "told Sen. Smith": an addressee, not a medium
        return name


def before_comma(text: str, s: int, cs: int) -> int:
    c = text.rfind(",", s, cs)
    return c if c >= 0 else cs


# --------------------------------------------------------------------------------------------
# speakers: canonical names, pronouns, roles
# --------------------------------------------------------------------------------------------

@dataclass
class _Entity:
    canonical: str
    gender: str  # m, f, "" unknown
    person: bool
    pos: int
    plural: bool = False
    end: int = -1  # where its quote and mention end


class _Names:
    """Names of the document, looked up on demand (only for the speakers found): the fullest
    form of a surname, a name's gender, the person a role named, the last person mentioned."""

    def __init__(self, text: str, lex: _Lexicon, lower: str):
        self.text = text
        self.lower = lower  # the document's text lower-cased (Document.lower)
        self.lex = lex
        self._full: dict[tuple[str, str], str] = {}
        self._gender: dict[str, str] = {}
        self._titled: dict[str, str] | None = None
        self._canonical: dict[str, tuple[str, str, bool]] = {}

    def fullest(self, surname: str, gender: str = "") -> str:
        """The most frequent (then longest) multi-word name ending with ``surname``, of
        ``gender`` when it is given ("Mr. Cruz" is not Heidi Cruz)."""
        got = self._full.get((surname, gender))
        if got is not None:
            return got
        if surname.isupper() and surname.isalpha() and surname.lower() not in self.lex.orgs:
            # an acronym is no surname: "CNN", not a headline's "House Restores CNN" (a body's
            # head is: "America Rising PAC")
            return surname
        text = self.text
        key = surname
        glued = surname[:1].lower() + surname[1:]
        if _GLUED_ARTICLE.match(glued) and (surname not in text or glued in text):
            surname = glued  # "Al-Hadithi", capitalised by canonical(): "al-Hadithi" in the text
        counts: dict[str, int] = {}
        entry = lookup_en(surname)
        # (a person of the gazetteer: "Trump" -> Donald Trump, "Obama" -> Barack Obama)
        famous = entry is not None and " " in entry.canonical and \
            entry.canonical.endswith(surname)
        i = text.find(surname)
        n = 0
        while i >= 0 and n < 40:
            n += 1
            j = i + len(surname)
            after = _NEXT_WORD.match(text, j)
            if after is not None and after.group(1).lower() in self.lex.orgs:
                pass  # "St. Louis Tea Party": a body's name, not "Louis Tea"
            elif (i == 0 or not text[i - 1].isalnum()) and (j >= len(text) or
                                                           not text[j].isalnum()):
                glued = _GLUED_BEFORE.search(text, max(0, i - 5), i)
                # ("Abu Muhammad al-Adnani" for "Adnani": the article glued to the surname)
                start = glued.start() if glued is not None else i
                m = _NAME_BEFORE.search(text, max(0, start - 80), start)
                if m is not None and famous and _KIN_BEFORE.search(
                        text, max(0, m.start() - 24), m.start()):
                    # "first lady Melania Trump": a relative of the person of the gazetteer,
                    # whom the bare "Trump" names
                    m = None
                if m is not None:
                    words = m.group(1).split()
                    # a word with a final period that is not an initial or a title ends a
                    # sentence: "USA Today. Figueroa"
                    for k in range(len(words) - 1, -1, -1):
                        w = words[k]
                        if w.endswith(".") and len(w) > 2 and w.lower() not in self.lex.titles:
                            words = words[k + 1:]
                            break
                    while words and (words[0].lower() in self.lex.titles or
                                     words[0].lower() in self.lex.roles or
                                     words[0].lower() in _NOT_NAME or (
                                         _SENTENCE_ADVERB.fullmatch(words[0]) and
                                         words[0].lower() not in self.lex.first)) and \
                            not _new_place(words):
                        words.pop(0)  # (not "New" of "New York Times"; "Ultimately Bush")
                    if words and words[0] == "Will" and _QUESTION_AHEAD.match(text, j):
                        words.pop(0)  # "Will Twitter survive?" (not "Will McCants said")
                    # a title or role inside the run: "Vermont Sen. Bernie", "Defense Secretary
                    # Chuck": the name starts after it
                    inner = [k for k, w in enumerate(words)
                             if w.lower() in self.lex.titles or w.lower() in self.lex.roles]
                    if inner:
                        words = words[inner[-1] + 1:]
                    # a possessive is no part of the name: "Ukraine's Zelenskyy"
                    poss = [k for k, w in enumerate(words) if w.endswith(("'s", "’s"))]
                    if poss:
                        words = words[poss[-1] + 1:]
                    if words and _OF_BEFORE.search(text, max(0, m.start() - 6), m.start()) \
                            and not _new_place(words):
                        # "Secretary of State Hillary Clinton": the name starts at a first name
                        idx = next((k for k, w in enumerate(words)
                                    if w.lower() in self.lex.first), None)
                        words = words[idx:] if idx is not None else words[1:]
                    if words:
                        name = " ".join([*words, text[start:i] + surname])
                        counts[name] = counts.get(name, 0) + 1
            i = text.find(surname, j)
        if gender:
            # (unless no name is left: a first name's gender in the list may be another
            # language's, "Laurence H. Tribe")
            first = self.lex.first
            counts = {k: n for k, n in counts.items()
                      if first.get(k.split()[0].lower(), gender) in (gender, "")} or counts
        # a name that opens with a known first name beats one glued to other capitalised words
        # ("NPR YouTube Obama", "Though Obama"), then the most frequent, then the gazetteer's
        # person (Donald Trump or Donald J. Trump, not Melania Trump named as often), then the
        # longest
        known = entry.canonical.split()[0] if famous else None
        best = max(counts, key=lambda k: (k.split()[0].lower() in self.lex.first, counts[k],
                                          k.split()[0] == known, len(k)), default=key)
        if famous and (best == key or len(best.split()) > 2) and \
                best.split()[0].lower() not in self.lex.first:
            # no run opens with a first name: the gazetteer's person rather than the bare
            # surname or the words a headline glued to it ("Breaking Down Obama's New
            # Blueprint …"; not "Sergey Lavrov", a first name the table lacks)
            best = entry.canonical
        self._full[(key, gender)] = best
        return best

    def with_first_name(self, name: str) -> str:
        """A two-word name that opens with no first name, completed by the first name the
        article writes before it ("Castro Diaz-Balart" → "Fidel Castro Diaz-Balart")."""
        for m in re.finditer(r"\b([A-Z][a-z'-]+)\s+" + re.escape(name) + r"\b", self.text):
            if m.group(1).lower() in self.lex.first:
                return f"{m.group(1)} {name}"
        return name

    def gender(self, name: str) -> str:
        got = self._gender.get(name)
        if got is not None:
            return got
        words = name.split()
        g = self.lex.first.get(words[0].lower(), "") if len(words) > 1 else ""
        if not g:
            if self._titled is None:
                self._titled = {}
                for m in _TITLED.finditer(self.text):
                    if m.start() == 0 or not self.text[m.start() - 1].isalnum():
                        self._titled.setdefault(m.group(2), "m" if m.group(1) == "Mr" else "f")
            g = self._titled.get(words[-1], "")
        self._gender[name] = g
        return g

    def canonical(self, mention: str, pos: int) -> tuple[str, str, bool]:
        """(canonical, gender, is_person) for a mention that is not a pronoun. A name inside a
        relative clause is not the entity: "Current and former officials who spoke with The
        Huffington Post" are officials, not the newspaper (a description keeps its clause)."""
        relative = _RELATIVE_IN_MENTION.search(mention)
        if relative is not None:
            head = mention[:relative.start()]
            if head.split()[0].lower() in _INDEFINITE_OPENERS:
                # an unnamed source is its whole description ("an activist linked to the Free
                # Syrian Army who also saw the body" is no army)
                return mention, "", True
            out = self.canonical(head, pos)
            if out[0] in (head, _DEFINITE_LEAD.sub("", head)):
                # a description stays whole ("people who know him"): its clause says who
                return out[0] + mention[relative.start():], out[1], out[2]
            return out
        got = self._canonical.get(mention)
        if got is not None:
            return got
        when = _RELEASED_WHEN.search(mention) if any(
            w in mention for w in _RELEASED_WORDS) else None
        if when is not None and when.start() > 0:
            # "a report released Tuesday": the report, not the day
            return self.canonical(mention[:when.start()], pos)
        out = self._canonical_uncached(mention, pos)
        if mention.split() and mention.split()[-1][:1].isupper():
            self._canonical[mention] = out  # names do not depend on where they are
        return out

    def _document_author(self, noun: str, pos: int) -> str | None:
        """The body the article last names as the author of a ``noun`` ("report",
        "statement") before ``pos``: "a United Nations report", "a report by Amnesty
        International", "the Accountability Review Board (ARB) report"."""
        singular = noun[:-1] if noun.endswith("s") and noun not in ("statistics", "analysis")\
            else noun
        found = None
        lo = max(0, pos - 2000)
        for pattern in _document_author_patterns(singular):
            for m in pattern.finditer(self.text, lo, pos):
                author = m.group("author")
                if "\n" in author or _RUN_SENTENCE_END.search(author):
                    continue  # (a run over a sentence's end: "Monday. The report")
                words = author.split()
                while words and words[0].lower() in DETS:
                    words.pop(0)
                person = m.groupdict().get("person") is not None
                if not words or (not person and (not _plausible_author(words) or
                                                 words[0].lower() in self.lex.first)):
                    continue  # (a person's name is no body's: "Jane Doe report" is rare)
                if found is None or m.start() > found[0]:
                    found = (m.start(), " ".join(words))
        return found[1] if found is not None else None

    def _canonical_uncached(self, mention: str, pos: int) -> tuple[str, str, bool]:
        age = _AGE_EPITHET.fullmatch(mention)
        if age is not None and not any(
                unnamed.group(1).lower() == age.group(1).lower()
                for unnamed in _UNNAMED_AGE.finditer(self.text, 0, pos)):
            # "The 69-year-old has pledged …": the person named just before, not an unnamed
            # one the article introduced ("A 69-year-old man was arrested")
            name = self.last_person_before(pos, "")
            if name is not None:
                return name, self.gender(name), True
        # an Arabic article glued to a surname counts as capitalised ("Nasir el-Rufai", "Adel
        # al-Jubeir") and is written back as the article wrote it
        words = mention.split()
        glued = {w[0].upper() + w[1:]: w for w in (t.rstrip(",.;:") for t in words)
                 if _GLUED_ARTICLE.match(w)}
        if not glued:
            return self._canonical_words(mention, pos)
        up = " ".join(w[0].upper() + w[1:] if _GLUED_ARTICLE.match(w) else w for w in words)
        name, gender, person = self._canonical_words(up, pos)
        out = []
        for w in name.split():
            core = w.rstrip(",.;:")
            out.append(glued.get(core, core) + w[len(core):])
        return " ".join(out), gender, person

    def _canonical_words(self, mention: str, pos: int) -> tuple[str, str, bool]:
        lex = self.lex
        pieces = _MENTION_SPLIT.split(mention, maxsplit=2)
        head = pieces[0].split()
        if len(pieces) > 1 and _WHOLE_NAME.fullmatch(pieces[1].strip()) and head and (
                (lex.roles.get(head[-1].lower()) or ("", ""))[1] == "person" or
                head[-1].lower() in _KIN_WORDS or
                (head[0].lower() in _ROLE_DETERMINERS and len(head) <= 12 and
                 not _PLACE_THEN_STATE.search(pieces[0]))) and \
                not any(w.lower() in lex.orgs for w in pieces[1].split()):
            # "Ms. Merkel's spokesman, Steffen Seibert": the name in apposition to the role
            # (also "its editor, Ben Smith", "the former commander of the Russian Black Sea
            # Fleet, Admiral Igor Kasatonov")
            return self.canonical(pieces[1].strip(), pos)
        part = _without_time_tail(pieces[0].strip())
        joint = _JOINT_MENTION.fullmatch(part)
        if joint is not None:
            # "The FBI and Boston Police", "Mr. Obama and his top advisers": every member
            left = self.canonical(joint.group(1), pos)[0]
            right = joint.group(2)
            right = self.canonical(right, pos)[0] if right[:1].isupper() else right
            return f"{left} and {right}", "", False
        where = _PARTICIPLE_PLACE.match(part)
        if where is not None and where.group("head").split()[0].lower() in DETS | {"one"}:
            # "One U.S. military contractor working in Iraq", "A man living in Ohio": the
            # person, not the place
            return self.canonical(where.group("head"), pos)
        g = _GROUP_IN_PLACE.fullmatch(part)
        if g is not None and g.group("head").lower() in _GROUP_HEADS and \
                not any(w.lower() in lex.orgs for w in g.group("place").split()):
            # "Six Gannett newspapers in New Jersey", "Residents of Flint": the group, not the
            # place it is from
            return _DEFINITE_LEAD.sub("", part), "", False
        m = _IN_PLACE.search(part)
        if m is not None and m.group("head").lower() in lex.orgs and (
                part[:1].isupper() or part.split()[0].lower() in DETS):
            # "The US Embassy in Ukraine", "the Russian Embassy in London": the body where it
            # is, not the place
            return _DEFINITE_LEAD.sub("", part), "", False
        if m is not None and m.group("head")[:1].isupper() and (
                _HONORIFIC_GENDER.get(part.split()[0]) or part.split()[0].lower() in lex.first):
            # "Mr. Smith in Washington": the person, not where he is
            return self.canonical(part[:m.end("head")], pos)
        m = _WITH_EMPLOYER.fullmatch(part)
        if m is not None and len(m.group(1).split()) >= 2:
            # "Clarissa Ward with CBS News": the reporter, not her employer
            return self.canonical(m.group(1), pos)
        m = _PERSON_OF_BODY.fullmatch(part)
        if m is not None and m.group(1).split()[0].lower() in lex.first:
            # "Charlotte Weil of the Terre des Femmes women’s rights charity": the person, not
            # the body described after her name
            return self.canonical(m.group(1), pos)
        m = _OF_PLACE.search(part)
        if m is not None and m.group(1).lower() not in lex.titles and \
                m.group(1).lower() not in lex.orgs and m.group(1).lower() not in lex.roles:
            # "Terry E. Branstad of Iowa" (not "Director of National Intelligence James
            # Clapper", a role)
            part = part[:m.start(1) + len(m.group(1))]
        owner = _DOCUMENT_OWNER.fullmatch(part)
        if owner is not None:
            # "the ministry's statement", "Ms. Clinton's letter": the document's author
            return self.canonical(owner.group(1), pos)
        authored = _DOCUMENT_BY_NAME.fullmatch(part)
        if authored is not None and _plausible_author(authored.group("author").split()):
            # "FBI statistics", "A White House statement", "the Accountability Review Board
            # (ARB) report": the body named before the document
            return self.canonical(authored.group("author"), pos)
        bare = _BARE_DOCUMENT.fullmatch(part)
        if bare is not None:
            # "The report said …" after "a United Nations report": its author
            author = self._document_author(bare.group("doc").lower(), pos + len(part))
            if author is not None:
                return self.canonical(author, pos)
        words = part.split()
        while len(words) > 1 and _SENTENCE_ADVERB.fullmatch(words[0]) and \
                words[0].lower() not in lex.first:
            words.pop(0)  # "Ultimately Bush said", "Shortly Quentin Smith called"
        if not words:
            return mention, "", False
        if len(words) > 2 and words[0].lower() in ("one", "some", "many", "most", "several") and \
                words[1].lower() == "of" and words[2].lower() in ("the", "those", "these"):
            # "One of the highest-profile Republicans in the House of Representatives": one
            # of a group, described (not the body or place named at the end)
            return part, "", False
        if words[-1].endswith("'s"):
            words[-1] = words[-1][:-2]
        head = words[-1]
        rel = _RELATION_OF.search(part)
        if rel is not None and head[:1].isupper():
            # "a close friend of Donald Trump", "an aide to Hillary Clinton": someone else
            return (" ".join(words[1:]) if words[0].lower() in DETS else part), "", True
        if head[:1].isupper() and words[0].lower() == "the" and 1 < len(words) <= 6:
            # "The Secretary of State" in an article that names John Kerry and no other holder
            # of the office (offices.tsv)
            holder = office_holder(part, "en", self.lower)
            if holder is not None:
                return holder, self.gender(holder), True
        if head[:1].isupper():
            # the trailing run of capitalised words, without titles
            k = len(words)
            while k > 0 and (words[k - 1][:1].isupper() or words[k - 1].lower() in _PARTICLES):
                k -= 1
            run = words[k:]
            if k > 1 and words[k - 1].lower() == "to" and words[k - 2][:1].isupper():
                # "to" inside a capitalised phrase: "US Ambassador to Israel David Friedman"
                # (the name from its first name), "Chad's Ambassador to France" (a role, no
                # name), "the Committee to Protect Journalists" (a body's name)
                idx = next((n for n, w in enumerate(run) if w.lower() in lex.first), None)
                before = _office_word(words[k - 2].rstrip("'’s"))
                if idx is not None:
                    return self.canonical(" ".join(run[idx:]), pos)
                if before in lex.titles or before in lex.roles:
                    return (" ".join(words[1:]) if words[0].lower() in DETS else part), "", True
                j = k - 1
                while j > 0 and words[j - 1][:1].isupper():
                    j -= 1
                return " ".join(words[j:]), "", False
            if k > 2 and words[k - 1].lower() == "and" and words[k - 2][:1].isupper():
                # a body's name over "and": "the Department of Health and Human Services",
                # "the Center on Budget and Policy Priorities"
                j = k - 2
                while j > 0 and words[j - 1][:1].isupper():
                    j -= 1
                if j > 1 and words[j - 1].lower() in ("of", "for", "on") and \
                        words[j - 2][:1].isupper() and \
                        not any(w.lower() in lex.first for w in words[j:]):
                    k, run = j, words[j:]
            if k > 1 and words[k - 1].lower() in ("of", "for", "on") and \
                    words[k - 2][:1].isupper() and \
                    not any(w.lower() in lex.first or w.lower() in WEEKDAYS or
                            w.lower() in MONTHS for w in run) and \
                    len([w for w in run if w != "and"]) <= 3:
                # a body's name over "of", "for", "on": "the Syrian Observatory for Human
                # Rights", "The Islamic Society of Boston" (not "Secretary of State John Kerry")
                k2 = k - 1
                while k2 > 0 and (words[k2 - 1][:1].isupper() or
                                  words[k2 - 1].lower() in ("of", "for", "on")):
                    k2 -= 1
                while k2 < k and words[k2].lower() in ("of", "for", "on"):
                    k2 += 1
                if not any(w.lower() in lex.titles or (w.lower() in lex.roles and
                                                       w.lower() not in lex.orgs)
                           for w in words[k2:k]) and \
                        (not any(w[:1].isupper() and w.lower() not in DETS
                                 for w in words[:k2]) or
                         _AND_THE_END.search(" ".join(words[:k2])) is not None):
                    # (the whole mention is the body: not "Jeffrey Lewis of the James Martin
                    # Center for Nonproliferation Studies", a person of it; but the second of
                    # two bodies is: "economists at Duke University and the University of
                    # Ottawa")
                    k, run = k2, words[k2:]
            if k > 1 and words[k - 1].lower() == "of" and len(run) == 2 and \
                    run[0].lower() in _DEPARTMENTS and run[1].lower() not in _DEPARTMENTS and \
                    any(_personal_title(w, lex) for w in words[:k - 1]):
                run = run[1:]  # "Secretary of State Kerry": the name after the department
            if k > 0 and words[k - 1].lower() in ("of", "the", "for", "and") and len(run) >= 3:
                # "Secretary of State John Kerry": the name starts at a first name; after
                # "the", a run without one is a body's name ("the Syrian Civil Defense", "the
                # U.S. Energy Information Administration")
                idx = next((n for n, w in enumerate(run) if w.lower() in lex.first), None)
                if idx is not None:
                    run = run[idx:]
                elif words[k - 1].lower() != "the":
                    run = run[-2:]
            owner = max((n for n, w in enumerate(run[:-1]) if w.endswith(("'s", "’s"))),
                        default=None)
            if owner is not None and (run[owner + 1].lower() in lex.first or (
                    len(run) - owner == 3 and run[-1].lower() not in lex.orgs)):
                run = run[owner + 1:]  # "the Washington Post's Ishaan Tharoor" (a person)
            title_gender = lex.titles.get(words[k - 1].lower(), "") if k > 0 else ""
            titled = k > 0 and words[k - 1].lower() in lex.titles
            while len(run) > 1 and (run[0].lower() in lex.titles or run[0].lower() in lex.roles) \
                    and not (len(run) == 2 and run[1].lower() in lex.orgs) and \
                    not (run[0].lower() in lex.orgs and run[1].lower() in ("of", "for", "on")):
                # (not "Justice Department" -> "Department": a body named after its field; nor
                # "Department of Homeland Security" -> "of Homeland Security")
                t = run.pop(0).lower()
                title_gender = title_gender or lex.titles.get(t, "")
                titled = True
            # a title or role inside the run: "Vermont Sen. Bernie Sanders", "Iranian Foreign
            # Minister Javad Zarif", "Defense Secretary Chuck Hagel": the name after it, when it
            # opens with a first name (not "Justice Department", "St. Louis Tea Party")
            inner = [n for n, w in enumerate(run[:-1]) if _title_or_role(w, lex)]
            # (the first name may follow more titles: "Supreme Leader Ayatollah Ali Khamenei")
            nxt = inner[-1] + 1 if inner else 0
            while inner and nxt < len(run) - 1 and run[nxt].lower() in lex.titles:
                nxt += 1
            start = None
            if inner and run[nxt].lower() in lex.first and len(run) - nxt > 1:
                start = nxt
            elif inner and _personal_title(run[inner[-1]], lex) and \
                    _reads_as_name(run[nxt:], lex):
                # "Interior Minister Efkan Ala", "French President Hollande": a name the
                # first-name list does not know, after a title or a person's role; a word
                # before a known first name is another role ("Police Commissioner James
                # O'Neill")
                start = nxt + 1 if len(run) - nxt > 2 and run[nxt + 1].lower() in lex.first \
                    else nxt
            if start is not None:
                t = run[inner[-1]].lower()
                title_gender = title_gender or lex.titles.get(t, "")
                titled = True
                run = run[start:]
            if run and run[0].lower() == "the":
                run = run[1:]
            if len(run) == 1 and run[0].lower().rstrip(".,") in _OFFICE_WORDS | \
                    _ANAPHORIC_TITLES and len(words) > 1 and (words[-2][:1].isupper() or
                                                              words[-2] == "the"):
                # a role with no name after it ("Israel's Attorney General" is not "General";
                # "Mr. King", "Judge" are names)
                whole = " ".join(words[1:] if words[0].lower() == "the" else words)
                if words[0].lower() == "the":
                    # "the Prime Minister" after "Prime Minister Scott Morrison"
                    name = self.role_name(whole.lower(), pos)
                    if name is not None:
                        return name, self.gender(name) or title_gender, True
                return whole, title_gender, True
            name = " ".join(run).rstrip(".,") or part
            if len(run) == 1:
                name = self.fullest(name, title_gender)
            elif len(run) == 2 and run[0].lower() not in lex.first and \
                    not any(w.lower() in lex.orgs for w in run):
                name = self.with_first_name(name)
            role_gender = ""
            for w in words[:k]:
                r = lex.roles.get(w.lower())
                if r is not None and r[1] == "person":
                    role_gender = role_gender or r[0] or "?"
            gender = title_gender or self.gender(name) or role_gender.strip("?")
            person = bool(gender) or titled or bool(role_gender) or (
                len(name.split()) >= 2 and not any(w.lower() in lex.orgs for w in name.split()))
            return name, gender, person
        # a common noun phrase: a role resolved to the person it named, or the phrase itself
        lh = head.lower()
        role = lex.roles.get(lh)
        qualifiers = tuple(w for w in words[1:-1] if w[:1].isupper())
        phrase = lh
        if len(words) >= 3 and words[-2].lower() in _DEPUTY_WORDS:
            phrase = f"{words[-2].lower()} {lh}"  # "the vice president" is no president
        if role is not None and words[0].lower() in ("the", "this") and len(words) <= 4:
            name = self.role_name(phrase, pos, qualifiers)
            if name is None and qualifiers and phrase in _LOCAL_OFFICES and all(
                    q.lower().startswith(("democrat", "republican")) for q in qualifiers):
                # "The Democratic governor" after "Hawaii Gov. David Ige", whose party the
                # article gives elsewhere: the one governor it names
                name = self.role_name(phrase, pos, unique=True)
            if name is not None:
                return name, self.gender(name) or role[0], True
        if role is None and ((lh in _ROLE_ABBREVIATIONS and lh in lex.titles) or
                             lh in _ANAPHORIC_TITLES) and \
                words[0].lower() in ("the", "this") and len(words) <= 4:
            # "the four-star general" after "Gen. Martin E. Dempsey": a title used as a role
            name = self.role_name(lh, pos, qualifiers)
            if name is not None:
                return name, self.gender(name) or lex.titles.get(lh, ""), True
        if role is None and words[0].lower() == "the" and 3 < len(words) <= 6 and \
                words[1].lower() in lex.roles and words[2].lower() == "of":
            # "the secretary of state": the whole role before a name ("Secretary of State
            # John Kerry")
            phrase = " ".join(words[1:])
            name = self.role_name(phrase, pos)
            if name is not None:
                r = lex.roles[words[1].lower()]
                return name, self.gender(name) or r[0], True
        if len(words) == 2 and words[0].lower() == "the" and lh in _OUTLET_HEADS:
            # "The Washington Post reported … the newspaper said": the outlet named last
            found = last_outlet_before(self.text, self.lower, pos,
                                       "agency" if lh == "agency" else "media")
            if found is not None:
                return found[1].canonical, "", False
        if len(words) == 2 and words[0].lower() == "the" and lh in _BODY_HEADS:
            # "The department" after "the Justice Department": the body named last
            body = self.body_before(lh, pos)
            if body is not None:
                return body, "", False
        if words[0].lower() == "the" and 1 < len(words) <= 6:
            # "the secretary of state" in an article that names John Kerry and no other holder
            # of the office (offices.tsv)
            holder = office_holder(part, "en", self.lower)
            if holder is not None:
                return holder, self.gender(holder) or (role[0] if role else ""), True
        canon = " ".join(words[1:]) if words[0].lower() == "the" and len(words) > 1 else part
        return canon, (role[0] if role else ""), bool(role and role[1] == "person")

    def body_before(self, head: str, pos: int) -> str | None:
        """The last body named "X <Head>" in the 2,000 characters before ``pos``."""
        found = None
        pattern = _body_before_pattern(head.capitalize())
        for m in pattern.finditer(self.text, max(0, pos - 2000), pos):
            found = m.group(1)
        if found is None:
            return None
        words = found.split()
        while words and words[0].lower() in DETS | (_NOT_NAME - _PLACE_OPENERS):
            words.pop(0)  # (not "South" of "South Korea's Ministry of Foreign Affairs")
        return " ".join(words) if len(words) > 1 else None

    def role_name(self, role: str, pos: int, qualifiers: tuple[str, ...] = (),
                  unique: bool = False) -> str | None:
        """The name that followed the last "<role> Name" before ``pos``; with
        ``qualifiers`` ("Florida" of "the Florida senator"), one written near that name; with
        ``unique``, only when the article names one holder of the role."""
        text = self.text
        lo = max(0, pos - 4000)
        candidates: list[tuple[int, int, str]] = []
        for form in (role, *_ROLE_ABBREVIATIONS.get(role, ())):
            # ("the general" after "Gen. Martin E. Dempsey": the abbreviated title too)
            for m in _name_after_role(form).finditer(text[lo:pos]):
                if qualifiers:
                    # (in the name's own sentence: "Florida Sen. Marco Rubio", "Sen. Mitt
                    # Romney, R-Utah")
                    before = text[max(0, lo + m.start() - 30):lo + m.start()].rsplit(". ", 1)
                    after = text[lo + m.end():min(pos, lo + m.end() + 40)].split(". ", 1)
                    near = before[-1] + text[lo + m.start():lo + m.end()] + after[0]
                    if not any(any(f in near for f in _qualifier_forms(q))
                               for q in qualifiers):
                        continue  # ("the Florida senator" is not "Sen. Joni Ernst")
                surname = m.group(1).split()[-1]
                candidates.append((text.rfind(surname, 0, pos), m.start(), m.group(1)))
        if not candidates or (unique and len({c[2] for c in candidates}) > 1):
            return None
        # of several holders of the title, the one the article named last by any form: "the
        # governor" after "Mr. Hutchinson said" is Asa Hutchinson, not "Gov. Mike Huckabee"
        # of an earlier aside
        found = max(candidates)[2]
        words = [w for w in found.split() if w.lower() not in self.lex.titles]
        if words and words[-1].endswith("'s"):
            words[-1] = words[-1][:-2]  # "the president Trump's …"
        if not words or not words[-1]:
            return None
        return " ".join(words) if len(words) > 1 else self.fullest(words[0])

    def subject_since(self, after: int, pos: int, gender: str,
                      quoted: list[tuple[int, int]]) -> str | None:
        """The person named last as the subject opening a sentence between ``after`` and
        ``pos``, outside the ``quoted`` spans: "Kerry suggested a potential solution …",
        "McKeon has criticized …", "Mr Netanyahu, who is …". A surname alone counts when the
        article gives the person's full name; a possessor ("Rouhani's tone") does not."""
        text = self.text
        found = None
        # (the sentence may open before ``after``, the subject come after it: "When Mr. Trump
        # tried to defend his remarks calling …, Mr. Kasich forcefully differed")
        lo = text.rfind("\n", 0, max(0, after)) + 1
        lo = max(lo, after - 300, 0)
        for m in _SUBJECT_OPENING.finditer(text, lo, pos):
            a = m.start("name")
            if a < after or any(qs <= a < qe for qs, qe in quoted):
                continue
            name = self.opening_name(m, gender)
            if name is not None:
                found = name
        return found

    def opening_name(self, m: re.Match[str], gender: str, known: bool = True) -> str | None:
        """The person a sentence's opening subject (a match of ``_SUBJECT_OPENING``) names, of
        a gender compatible with ``gender``; None for a word that names no person. With
        ``known`` false, a full name of unknown gender counts too ("De Blasio")."""
        text = self.text
        words = m.group("name").split()
        role = m.group("role")
        if role is not None and not any(_role_word(w) or w in self.lex.titles
                                        for w in role.split() if w.islower()):
            return None  # (lower-case words before the name that are no role)
        if any(w.endswith(("'s", "’s")) for w in words):
            return None  # a possessor: "Mrs. Clinton's confidants say …", "Trump's
            # Inaugural Address"
        honorific = _HONORIFIC_GENDER.get(words[0]) if len(words) > 1 else None
        if honorific is not None or words[0].lower() in self.lex.titles:
            words = words[1:]
        while len(words) > 2 and (words[0].lower() in _PARTY_OR_HOUSE or "-" in words[0]):
            words = words[1:]  # "Democrat Hillary Clinton", "House Speaker-to-be …"
        if not words or any(w.lower() in self.lex.orgs or w.lower() in _NOT_NAME or
                            w.lower() in _NOT_NAME_OPENING or w in _CAPITAL_PRONOUNS
                            for w in words):
            return None  # (nor page furniture: "Sign Up You will receive emails")
        if len(words) == 1:
            place = lookup_en(words[0])
            if place is not None and " " not in place.canonical:
                return None  # a country or a body ("But Iran could respond"), no person
            name = self.fullest(words[0], honorific or gender)
            if " " not in name:
                entry = lookup_en(words[0])  # "President Obama": Barack Obama of the gazetteer
                if entry is None or entry.type not in ("person", "government", "military") \
                        or " " not in entry.canonical or \
                        not entry.canonical.endswith(words[0]):
                    return None  # a capitalised word the article never gives as a full name
                name = entry.canonical
            g = honorific or self.gender(name)
        else:
            name = " ".join(words)
            g = self.gender(name)
            if known and not g and words[0].lower() not in self.lex.first and \
                    not _AGE_AFTER.match(text, m.end("name")):
                return None  # (a person by an age in apposition: "Dewayne Smithy, 33,")
        if g and gender and g != gender:
            return None
        return name

    def last_person_before(self, pos: int, gender: str) -> str | None:
        """The last personal name (two capitalised words) in the 800 characters before ``pos``
        whose gender is compatible."""
        text = self.text
        lo = max(0, pos - 500)
        best = None
        best_at = subject = None  # the last name opening its sentence, and where
        title_end = None  # where the last run that ended with a title ("Rep.") ended
        for m in _PERSON_RUN.finditer(text, lo, pos):
            words = m.group().split()
            titled = [i for i, w in enumerate(words) if w.lower() in self.lex.titles]
            honorific = None
            if titled:  # "House Speaker Paul D. Ryan": the name after the last title
                honorific = _HONORIFIC_GENDER.get(words[titled[-1]])
                words = words[titled[-1] + 1:]
            while words and words[0].lower() in _NOT_NAME:
                words.pop(0)  # "Then John Davis arrived"
            if any(w.lower() in WEEKDAYS or w.lower() in MONTHS for w in words):
                continue  # "Jordan Sunday", "Paris Tuesday": a word of time is no name
            after = _NEXT_WORD.match(text, m.end())
            if any(w.lower() in self.lex.orgs for w in words) or (
                    after is not None and after.group(1).lower() in self.lex.orgs):
                continue  # "St. Louis Tea Party", "Jackson Health System": a body
            if (len(words) < 2 and not (words and honorific)) or len(words) > 4:
                continue  # (five capitalised words are a headline, not a name)
            if words[-1].lower() + "." in self.lex.titles:
                # "Former Pennsylvania Gov. Ed Rendell": the title ends this run, the name
                # is the next one
                title_end = m.end() + 1
                continue
            if any(w.endswith(("'s", "s'", "’s", "s’")) for w in words):
                continue  # a possessor ("Mr. Trump's nomination", "President Obama's
                # Affordable Care Act") is not who speaks next
            if len(words) == 1:  # "Mr. Trump": his fullest name, the gender of the title
                name = self.fullest(words[0].rstrip(".,"), honorific or "")
                g = honorific
            else:
                name = " ".join(words).rstrip(".,")
                g = self.gender(name)
                known = lookup_en(name)
                if known is not None and known.type in ("media", "agency", "organization"):
                    continue  # "told Al Jazeera": an outlet or a body, not a person
            if g and gender and g != gender:
                continue
            if not g and words[0].lower() not in self.lex.first and \
                    not any(t.lower() in self.lex.titles for t in m.group().split()) and \
                    not (title_end is not None and 0 <= m.start() - title_end <= 1):
                continue
            best, best_at = name, m.start()
            if _SENTENCE_OPEN.search(text, max(0, m.start() - 4), m.start()) or m.start() == 0:
                subject = (name, m.start())
        if subject is not None and best_at is not None and \
                not _SENTENCE_END.search(text, subject[1], best_at):
            # "Robert S. Mueller III described the case against Paul Davis. “…,” he said":
            # the subject of that sentence, not the last name in it
            return subject[0]
        return best


_NEXT_WORD = re.compile(r"[ \t\xa0]+([A-Z][\w'-]*)")
_AGE_AFTER = re.compile(r",\s+\d{2},")
# a name opening a sentence (after an optional connector) and followed by its verb or by an
# apposition: "Kerry suggested", "But McKeon has criticized", "Mr Netanyahu, who is"
_SUBJECT_OPENING = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s)|(?<=\n))(?<!\bMr\.\s)(?<!\bMrs\.\s)(?<!\bMs\.\s)"
    r"(?<!\bDr\.\s)(?<!\bSt\.\s)(?<!\bSen\.\s)(?<!\bRep\.\s)(?<!\bGov\.\s)(?<!\bGen\.\s)"
    r"(?<!\b[A-Z]\.\s)\s*(?:(?:But|And|Then|Still|Yet|Now|Meanwhile|"
    r"However|Later|Earlier),?\s+)?"
    # an introductory clause or phrase before the subject: "As he shook hands …, Sanders …"
    r"(?:(?:As|When|While|After|Before|Although|Though|Since|In|On|At|During|Asked|Throughout|"
    r"Despite|Amid|Over|Under|Within|Following|For|With|From|By)\b"
    r"(?:[^.!?\n,“”\"]|(?<=\bMr)\.|(?<=\bMrs)\.|(?<=\bMs)\.|(?<=\bDr)\.){1,160},\s+)?"
    # "Florida Sen. Marco Rubio took", "Afghan President Ashraf Ghani ordered"
    r"(?:[A-Z][a-z]+\s+(?=(?:Sen|Rep|Gov|Gen)\.\s|(?:President|Secretary)\s))?"
    # "White House press secretary Josh Earnest dismissed": a role in lower case, then the name
    r"(?P<role>(?:The\s+)?(?:[A-Z][\w.'-]*\s+){0,3}(?:(?!of\s)[a-z][\w-]*\s+){1,3}(?=[A-Z]))?"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|President|Secretary)\.?\s+)?"
    r"[A-Z][a-z'-]+(?:[A-Z][a-z'-]+)?(?:\s+[A-Z][a-z'-]+(?:[A-Z][a-z'-]+)?){0,2})"
    # (an aside between dashes may come first: "Rep. Lois Frankel — like Reid, a supporter of
    # … — recalled")
    r"(?=(?:\s+[—–]\s[^—–\n]{1,120}?\s[—–])?"
    r"(?:\s+of\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)?"  # ("Sen. Lindsey Graham of South Carolina")
    r"\s+(?:[a-z]+ly\s+|also\s+)?(?:has|had|have|is|was|will|would|did|does|could|can|should|"
    r"might|must|said|says|told|took|made|gave|"
    r"spoke|wrote|came|went|got|put|held|kept|left|met|ran|saw|sent|stood|won|lost|became|"
    r"began|brought|thought|felt|knew|found|[a-z]+ed|[a-z]+s)\b|,\s+(?:who|the|a|an)\b|"
    + _AGE_AFTER.pattern + ")")  # ("Fiorina, 61, declined": an age in apposition)
_GLUED_ARTICLES = "al|el|ad|ar|as|ash|at|az"  # the Arabic article written onto a surname
_GLUED_BEFORE = re.compile(r"(?<![\w-])(?:" + _GLUED_ARTICLES + r")-$", re.I)
_GLUED_ARTICLE = re.compile(r"(?:" + _GLUED_ARTICLES + r"|ibn|bin|abu)-[A-Z]")
# a relative of the person a bare surname names: "first lady Melania Trump", "his wife Heidi"
_KIN_WORDS = ("wife", "husband", "daughter", "son", "brother", "sister", "mother", "father",
              "widow", "nephew", "niece", "cousin", "son-in-law", "daughter-in-law")
_KIN_BEFORE = re.compile(r"\b(?:first lady|" + "|".join(_KIN_WORDS) + r")\s+$", re.I)
# a relative clause right after "that" (a verb with no subject), then the content's "that"
_THAT_RELATIVE = re.compile(r"\s+(?:was|were|is|are|has|had|aired|ran|appeared|[a-z]+ed)\b"
                            r"[^.;:!?\"“”]{0,60}?\b(?P<that>that)\s+"
                            r"(?!(?:was|were|is|are|has|had|[a-z]+ed)\b)(?=\S)")
_DOCUMENT_NOUNS = (r"reports?|statements?|statistics|stud(?:y|ies)|surveys?|polls?|memos?|"
                   r"letters?|documents?|analysis|assessments?|reviews?|figures|data|plans?|"
                   r"framework|proposals?|estimates?|audits?|findings|releases?|appeals?|"
                   r"communiqu[eé]s?")
# the head of a document or a group that may speak for someone
_SPEAKING_HEAD = re.compile(r"(?:" + _DOCUMENT_NOUNS + r"|ads?|tweets?|posts?|groups?|"
                            r"coalitions?|campaigns?)", re.I)
_AUTHOR_RUN = (r"[A-Z][\w.&'’/-]*(?:\s+(?:of\s+|for\s+|on\s+|and\s+)?[A-Z][\w.&'’-]*){0,6}"
               r"(?:\s+\([A-Z][\w.&-]*\))?")
# "FBI statistics", "A White House statement", "The Accountability Review Board (ARB) report"
_DOCUMENT_BY_NAME = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|new|latest|recent|final|annual|\d{4})\s+)*"
    r"(?P<author>" + _AUTHOR_RUN + r")\s+(?:(?:new|latest|recent|final|annual|\d{4})\s+)?"
    r"(?P<doc>" + _DOCUMENT_NOUNS + r")")
# "the report", "the statement", "the plan"
_BARE_DOCUMENT = re.compile(r"(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+)?(?:(?:new|latest|recent|"
                            r"final|annual|\d{4})\s+)?(?P<doc>" + _DOCUMENT_NOUNS + r")")


def _plausible_author(words: list[str]) -> bool:
    """Can capitalised words before a document noun be its author ("FBI", "White House",
    "Pew Research"), not a capitalised word opening the sentence ("Recent polls", "Exit
    polls", "But polls") or a date ("Monday's poll")?"""
    if not words or words[0].lower() in DETS or words[0].lower() in _NOT_AUTHOR_OPENERS:
        return False
    return not any(w.lower().strip(".,'’s") in WEEKDAYS or w.lower().strip(".,'’s") in MONTHS
                   for w in words)


_NOT_AUTHOR_OPENERS = frozenset(
    "a an the it this that in on but and or so yet recent exit entrance early public official "
    "federal state local new latest several many some most other previous earlier later "
    "internal private independent national monthly weekly daily annual final preliminary "
    "separate two three four five multiple numerous subsequent initial".split())


# the last document named, with its author, in the sentences before a pronoun
_DOCUMENT_JUST_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:(?:new|latest|recent|final|annual|\d{4})\s+)?" + _AUTHOR_RUN +
    r"\s+(?:statement|report|study|survey|memo|letter|analysis|assessment|review)\b"
    r"(?![\s\S]*\b(?:[Aa]n?|[Tt]he)\s+[A-Z][\w.&'’-]*\s+(?:statement|report|study|survey|memo|"
    r"letter|analysis|assessment|review)\b)")


# a sentence's end inside a capitalised run (not a title's or an initial's period: "Sen.")
_RUN_SENTENCE_END = re.compile(r"(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bGen)(?<!\bMr)(?<!\bMs)"
                               r"(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\b[A-Z])[.!?]\s")


@functools.lru_cache(maxsize=64)
def _document_author_patterns(noun: str) -> tuple[re.Pattern[str], ...]:
    """Where an article names the author of a ``noun``: "a United Nations report", "a report
    by/from/of the Accountability Review Board"."""
    doc = re.escape(noun) + r"s?"
    return (re.compile(r"(?P<author>" + _AUTHOR_RUN + r")\s+(?:" + doc + r")\b"),
            re.compile(r"\b(?i:" + doc + r")\s+(?:by|from|of|released\s+by|issued\s+by)\s+"
                       r"(?:the\s+)?(?P<author>" + _AUTHOR_RUN + r")"),
            # (a person too: "Jeff Sessions said in a statement", "the Justice Department
            # released a statement", "Sen. Grassley wrote a letter")
            re.compile(r"(?P<person>(?P<author>" + _AUTHOR_RUN + r")\s+(?:said|wrote|added|noted|"
                       r"argued|explained|warned)\b[^.!?\n]{0,60}?\bin\s+an?\s+(?:[\w-]+\s+){0,2}"
                       r"(?:" + doc + r")\b)"),
            re.compile(r"(?P<person>(?P<author>" + _AUTHOR_RUN + r")\s+(?:has\s+|had\s+)?"
                       r"(?:issued|released|sent|wrote|written|posted|put\s+out)\s+an?\s+"
                       r"(?:[\w-]+\s+){0,2}(?:" + doc + r")\b)"),
            # ("a local news portal CityNews reported …": the report is the portal's)
            *((re.compile(r"(?P<author>" + _AUTHOR_RUN + r")\s+(?:has\s+|had\s+)?reported\b"),)
              if noun == "report" else ()))


# "the ministry's statement", "German chancellor Angela Merkel's press release", "Lavrov's
# Facebook page": a document and its owner
_DOCUMENT_OWNER = re.compile(r"((?:the\s+)?[\w.' -]+?)(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:statement|report|letter|memo|release|announcement|tweet|post|"
                             r"website|account|appeal|communiqu[eé]|page|blog|video|"
                             r"(?:law)?suit|complaint|filing|motion|petition)"
                             r"(?:\s+(?-i:[a-z]+ed)(?:\s+(?:on\s+)?(?:[A-Z][a-z]+day|"
                             r"(?-i:last|this|yesterday|today)(?:\s+\w+)?))?)?", re.I)
# (a legal document is its filer's too, with its participle and time: "CNN’s suit filed
# Tuesday")
# a sentence adverb glued to a name at a sentence's start ("Ultimately Bush said"; not the
# "Weekly" of "Weekly Standard Editor Bill Kristol")
_SENTENCE_ADVERB = re.compile(
    r"(?:Ultimate|Final|Eventual|Separate|Similar|Additional|Clear|Obvious|Apparent|Reported|"
    r"Notab|Previous|Recent|Initial|Subsequent|Interesting|Important|Curious|Ironical|"
    r"Unfortunate|Fortunate|Surprising|Predictab|Private|Public|Late|Current|Meanwhi|Short|"
    r"Immediate|Quick|Soon|Swift)ly|Meanwhile")
# the department in an office's title ("Secretary of State", "Minister of Defense")
_DEPARTMENTS = frozenset({"state", "defense", "defence", "justice", "interior", "health",
                          "education", "energy", "commerce", "labor", "labour", "agriculture",
                          "transportation", "transport", "treasury", "finance", "trade",
                          "homeland", "security", "veterans", "housing", "affairs", "war",
                          "information"})
_EVIDENCE_NOUNS = frozenset({"images", "image", "photos", "photo", "photographs", "photograph",
                            "pictures", "picture", "footage", "video", "videos", "evidence",
                            "imagery", "scans", "tests", "results"})
_EVIDENCE_VERBS = frozenset({"confirm", "suggest", "imply", "reveal", "indicate", "show",
                             "prove"})
# "quoted a senior Iraqi security official as saying", "HRW cites another opposition activist as
# saying": the person quoted, before the cue
# (not the passive "was quoted in The Hill as saying": a preposition opens no speaker)
_QUOTED_AS = re.compile(r"\b(?:quot|cit)(?:ed|es|ing)\s+"
                        r"(?!(?:in|by|on|at|from|last|this|earlier)\b)"
                        r"(?P<np>(?:[^\s,;:!?]+\s+){0,8}?[^\s,;:!?]+)\s+as\s+$", re.I)
# a participle clause after an inverted speaker: "“…,” said Murphy, using a term …"
_PARTICIPLE_AFTER = re.compile(r"\s*,\s*(?:[a-z]+ly\s+)?(?-i:[a-z])[a-z]+ing\b")
# "was quoted as saying", "was widely quoted by the Times as saying"
_PASSIVE_QUOTED_AS = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:(?:widely|also|once|often|later)\s+)?"
    r"(?:quoted|cited)\s+"
    r"(?:(?:by|in)\s+(?P<by>[^,;:“”\"]{1,60}?)\s+)?as\s+$", re.I)
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?…]\s+|\n\s*|[“\"]\s*)$")
_QUESTION_AHEAD = re.compile(r"[^.!?\n]{0,200}\?")
_OUTLET_HEADS = frozenset({"newspaper", "paper", "network", "magazine", "outlet", "broadcaster",
                           "tabloid", "daily", "publication", "agency"})
# capitalised words that open a place's or a body's name, not a person's
_PLACE_OPENERS = frozenset({"south", "north", "east", "west", "united", "new", "white"})


@functools.lru_cache(maxsize=64)
def _body_before_pattern(head: str) -> re.Pattern[str]:
    """A body named with ``head`` and its "of" complement: "South Korea's Ministry of Foreign
    Affairs", "MedStar Washington Hospital Center"."""
    return re.compile(r"(?<![\w.])((?:[A-Z][\w.'’&-]*[ \t]+){1,4}" + head +
                      r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}"
                      r"|[ \t]+(?:Center|Centre|Foundation|Institute|Trust|Authority|Service|"
                      r"Group|Office))?)\b")


_BODY_HEADS = frozenset({"department", "agency", "ministry", "committee", "commission",
                         "bureau", "administration", "council", "court", "center", "centre",
                         "police", "institute", "foundation", "university", "office",
                         "cathedral", "church", "college", "school", "board", "association",
                         "bank", "hospital", "museum", "embassy", "group", "district",
                         "company", "corporation", "network", "airline", "club"})
_OFFICE_WORDS = frozenset({"general", "secretary", "minister", "president", "chairman",
                           "chairwoman", "chief", "director", "spokesman", "spokeswoman",
                           "ambassador", "governor", "commissioner", "mayor", "prosecutor",
                           "attorney", "speaker", "leader"})
# titles written before a name that also name its holder alone: "The Cardinal later admitted"
# after "Cardinal Theodore McCarrick", "the rabbi said" after "Rabbi Jeffrey Myers"
_ANAPHORIC_TITLES = frozenset({"cardinal", "archbishop", "bishop", "pastor", "rabbi", "imam",
                               "sheikh", "nuncio", "judge", "sheriff", "detective", "coach",
                               "principal", "professor", "reverend", "ayatollah", "emir",
                               "mufti", "chancellor", "colonel", "commander", "lieutenant",
                               "sergeant", "admiral", "senator", "representative",
                               "headteacher", "councillor"})
# ", AFP reported", ",” the Financial Times said": a named source after the content
# (or a common source noun: "…, the officials said", "…, two aides said", "…, police said")
_OUTER_REPORT_BEFORE = re.compile(
    r",(?P<mark>[”\"]|'')?\s+(?:(?:the\s+)?(?-i:[A-Z])[\w.'&-]*(?:\s+(?-i:[A-Z])[\w.'&-]*){0,4}"
    r"|(?:(?:the|two|three|four|five|several|some|other|a|an)\s+)?"
    r"(?:(?!(?:a|an|the)\s)(?-i:[a-z])[\w-]*\s+){0,2}?"
    r"(?-i:officials?|aides?|sources?|spokes(?:man|woman|person)|advisers?|analysts?|diplomats?|"
    r"lawyers?|investigators?|prosecutors?|witnesses|officers?)"
    r"|(?:the\s+)?(?:(?!(?:a|an|the)\s)(?-i:[a-z])[\w-]*\s+){0,2}?(?-i:authorities|police)"
    # "…, the report said", "…, those people said", "…, people familiar with the talks said"
    r"|(?:(?:the|those|these|two|three|several)\s+)?(?-i:people)"
    r"(?:\s+familiar\s+with\s+the\s+[\w-]+)?|(?:news|media|press)\s+reports"
    r"|(?:the|those|these|its|their)\s+(?:(?!(?:a|an|the)\s)(?-i:[a-z])[\w-]*\s+){0,2}?"
    r"(?-i:" + _DOCUMENT_NOUNS + r"))\s+$",
    re.I)
# after an inverted cue, its source to the sentence's end: "…, reported the Washington Examiner."
_SOURCE_TO_END = re.compile(r"\s+(?:(?:the|a|an)\s+|(?-i:[A-Z]))[\w'’.&-]*(?:\s+[\w'’.&-]+){0,4}"
                            r"\s*[.!]?\s*$")
_FEW_WORDS_TO_END = re.compile(r"(?:\s+[\w'’.-]+){0,4}\s*[.!]?\s*$")
# a relation to the person named after it: the speaker is the friend, the aide, the son
_RELATION_TO = frozenset({"aide", "aides", "adviser", "advisers", "advisor", "advisors",
                          "lawyer", "lawyers", "attorney", "attorneys", "assistant",
                          "assistants", "confidant", "confidants", "confidante", "counsel",
                          "counselor", "consultant", "spokesman",
                          "spokeswoman", "spokesperson", "successor", "heir"})
# writings addressed "to" someone, whose addressee is part of the phrase
_ADDRESSED_TO = frozenset({"letter", "letters", "email", "emails", "e-mail", "e-mails", "memo",
                           "memos", "message", "messages", "note", "notes", "appeal", "plea",
                           "petition"})
_RELATION_OF = re.compile(
    r"\b(?:friends?|sons?|daughters?|wife|husband|brothers?|sisters?|father|mother|cousins?|"
    r"nephews?|nieces?|uncle|aunt|aides?|allies|ally|associates?|confidants?|confidante|"
    r"supporters?|critics?|rivals?|advis[eo]rs?|lawyers?|attorneys?|assistants?)\s+"
    r"(?:of|to|for)\s+(?-i:[A-Z])", re.I)
_HONORIFIC_GENDER = {"Mr.": "m", "Mrs.": "f", "Ms.": "f"}
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)”\"])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSen)"
                           r"(?<!\bRep)(?<!\bGov)(?<!\bSt)(?<!\bJr)(?<!\bSr)[.!?…]"
                           r"(?=\s+[A-Z“\"])")
_TITLED = re.compile(r"(M(?:rs?|s))\.?\s+([A-Z][\w'-]+)")  # starts with a literal: fast
# (a name does not run over a line: "Story Continued Below\n\nObama")
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'.-]*[ \t\xa0]+){1,3})$")
_ROLE_THEN_NAME = re.compile(
    r"\s+((?:[a-z][\w'-]*\s+){1,4})((?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w'-]*)"
    r"(?=(?:\s+(?:also|has|had|have|was|is|will|would|again|then|\w+ly))*\s*$)")
# (the same, the name followed by its verb: "Republican presidential candidate Donald Trump
# quickly took to Twitter, writing")
_ROLE_THEN_NAME_VERB = re.compile(
    r"\s+((?:[a-z][\w'-]*\s+){1,3})((?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w'-]*)(?=\s+[a-z])")
# a capitalised modifier's lower-case head, one to three words on: "Six Gannett newspapers",
# "Federal officials", "Other Republican candidates" (a group or a role, not a verb)
_LOWER_HEAD = re.compile(r"(\s+[a-z][\w'-]*){0,2}?\s+([a-z][\w'-]*)(?=[\s,]|$)")
_GROUP_HEADS = frozenset("""officials official supporters voters activists artists writers people
    residents protesters critics analysts experts economists newspapers papers outlets sources
    advisers advisors allies donors delegates students workers families officers agents
    investigators prosecutors lawyers attorneys scientists researchers conservatives liberals
    progressives evangelicals leaders aides candidates lawmakers legislators senators governors
    groups organizations diplomats generals commanders authorities forces troops veterans
    soldiers""".split())
# ", Sarah Sanders," / ", David Woodard of Clemson University,": a name in apposition
_NAME_APPOSITION = re.compile(r",[ \t]*((?:[A-Z][\w'.-]*[ \t]+){1,3}[A-Z][\w'-]+"
                              r"(?:[ \t]+and[ \t]+(?:[A-Z][\w'.-]*[ \t]+){1,3}[A-Z][\w'-]+)?)"
                              r"(?:[ \t]+(?:of|from|at)[ \t]+(?:the[ \t]+)?[A-Z][\w.'-]*"
                              r"(?:[ \t]+[A-Z][\w.'-]*){0,4})?" + _PAREN_AFTER_NAME + r"[ \t]*,")
# a role and its complement inside a speaker phrase: "The president’s spokesman at the White
# House", "Pelosi’s designate in the Speaker’s chair"
_ROLE_THEN_PP = re.compile(r"\b([a-z][\w-]+)\s+(?:at|in|of|to|for|with)\s+(?:the\s+)?[A-Z]")
_ROLE_PP = re.compile(r"\s+(?:to|of|at|for|in|on)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}"
                      r"(?=,)")
_MEMBER_OF = re.compile(r"(?i:one|two|three|another)\s+of\s+(?:the|them|those|these|his|her|"
                        r"their)(?:\s+[a-z][\w-]*){0,3}")
_ROLE_OF_PLACE = re.compile(r"(?i:the)\s+([A-Za-z][\w-]*)\s+of\s+(?:the\s+)?[A-Z][\w.'-]*"
                            r"(?:\s+[A-Z][\w.'-]*){0,3}")
_ROLE_COMMA_NAME = re.compile(r"(?:(?i:the|a|an|another|one|his|her|their)|[A-Z][\w.-]*['’]s)"
                              r"\s+(?:[\w'.-]+\s+){0,5}?[a-z][\w'-]*,\s*"
                              r"((?:[A-Z][\w'.-]*\s+){1,3}[A-Z][\w'-]+)\s*,?")
_OF_BEFORE = re.compile(r"\b(?:of|for|the)\s+$", re.IGNORECASE)
# a name's word: "Ryan", "McCarthy", "VandeHei", "O'Brien" (not an acronym)
_NAME_WORD = r"[A-Z](?:[a-z'-]|[A-Z](?=[a-z]))+(?![A-Za-z])"
_PERSON_RUN = re.compile(r"\b(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Adm|Capt|Maj|Prof|"
                         r"Rev)\.[ \t\xa0]+" + _NAME_WORD + r"(?:[ \t\xa0]+(?:[A-Z]\.[ \t\xa0]+)?" +
                         _NAME_WORD + r")*|" + _NAME_WORD + r"(?:[ \t\xa0]+(?:[A-Z]\.[ \t\xa0]+)?" +
                         _NAME_WORD + r")+)")  # (a name does not run over a line)
_GROUP_IN_PLACE = re.compile(r"(?:[\w'’.-]+\s+){0,4}(?P<head>[A-Za-z][\w'-]+)\s+(?:in|of|from)\s+"
                             r"(?P<place>(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)")
_IN_PLACE = re.compile(r"\b(?P<head>[A-Z][\w'-]+)\s+in\s+(?:the\s+)?[A-Z][\w.'-]*"
                       r"(?:\s+[A-Z][\w.'-]*)*$")
_WITH_EMPLOYER = re.compile(r"((?:[A-Z][\w.'-]*\s+){1,3}[A-Z][\w'-]+)\s+with\s+(?:the\s+)?"
                            r"[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*)*")
# a person's name, then the body described after "of the" or "at the"
_PERSON_OF_BODY = re.compile(r"((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]+)\s+(?:of|from|at)\s+"
                             r"(?:the|a|an)\s+\S.*", re.S)
_OF_PLACE = re.compile(r"\b([A-Z][\w'-]+)\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w.'-]*"
                       r"(?:\s+(?:(?:of|for|on|at)\s+(?:the\s+)?)?[A-Z][\w.'-]*)*$")
# (a body's name with its own connectors: "Michael H. Wong of the University of California at
# Berkeley")
# two speakers joined by "and", the first one capitalised
_JOINT_MENTION = re.compile(r"(?:[Tt]he\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})"
                            r"\s+(?:and|&)\s+((?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}|"
                            r"(?:his|her|their)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}|"
                            r"(?-i:[a-z])[\w'’-]*(?:\s+(?-i:[a-z])[\w'’-]*){0,2})$")
# (and "aides", "other leaders")
_MENTION_SPLIT = re.compile(r",(?!(?<=\d,)\d{3}\b)|\s\(|\s[—–-]\s")  # (not "1,409")
_PARTICLES = frozenset({"de", "van", "von", "der", "bin", "al"})
# words of a sentence's opening that make no person's name ("Given Sanders' success", "Day
# One") and party or chamber words before a name
_NOT_NAME_OPENING = frozenset({"given", "day", "one", "nevertheless", "meanwhile"})
_PARTY_OR_HOUSE = frozenset({"democrat", "republican", "gop", "house", "senate", "speaker"})
_NOT_NAME = frozenset({"the", "a", "an", "in", "on", "at", "but", "and", "as", "when", "if",
                       "though", "although", "after", "before", "while", "since", "for",
                       "with", "from", "by", "to", "because", "unless", "whereas",
                       "whether",
                       "of", "that", "this", "it", "he", "she", "they", "we", "i", "his", "her",
                       "their", "its", "our", "my", "your", "former", "then", "so", "also",
                       "said", "says", "told", "according", "asked", "democratic",
                       "republican", "president", "presidential", "senator", "sen.",
                       "secretary", "gov.", "rep.", "presumptive", "candidate",
                       "nominee", "new", "north", "south", "east", "west", "united", "white",
                       "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday", "maybe", "perhaps", "yes", "no", "now", "still", "even",
                       "only", "just", "like", "indeed", "yet", "or", "not", "why", "how",
                       "what", "where", "who", "does", "do", "did", "is", "are",
                       "was", "were", "would", "can", "could", "should", "has", "have",
                       "had", "both", "either", "neither", "all", "each", "every", "some",
                       "many", "most", "several", "few", "any",
                       # prepositions that open a sentence before a name ("Despite Trump's
                       # …" made "Despite Trump" his full name)
                       "despite", "among", "amid", "unlike", "during", "without", "about",
                       "over", "under", "into", "through", "across", "against", "toward",
                       "towards", "beyond", "besides", "except", "via", "around", "behind",
                       "until", "upon", "within", "throughout", "following", "regarding"})


_DEFINITE = frozenset({"the", "this", "that", "these", "his", "her", "its", "their"})
# "some close to the GOP chairman", "those familiar with …": a group, never "he" or "she"
_PLURAL_OPENERS = frozenset({"some", "those", "people", "sources", "officials", "aides",
                             "several", "two", "three", "four", "many", "others"})


# an age that takes up a person: "the 69-year-old"; an unnamed person introduced by age: "a
# 69-year-old man"
_AGE_EPITHET = re.compile(r"(?:the\s+)?(\d{1,3}-year-old)", re.IGNORECASE)
_UNNAMED_AGE = re.compile(r"\b(?:an?|one)\s+(\d{1,3}-year-old)", re.IGNORECASE)


def _last_written(text: str, name: str, s: int) -> int:
    """Where ``name`` was last written before ``s``; for a person of the gazetteer the article
    names by surname only ("Mr. Obama" for Barack Obama), where the surname was."""
    found = text.rfind(name, 0, s)
    if found < 0 and name not in text:
        found = text.rfind(name.split()[-1], 0, s)
    return found


def _speaker_type(mention: str, lex: _Lexicon, person: bool) -> str:
    words = [w.lower().strip(",.") for w in mention.split()]
    if any(w in lex.anonymous for w in words):
        return "anonymous"
    if words and words[0] in ("a", "an", "two", "three", "several", "some", "one", "those") \
            and any(w in ("official", "officials", "aide", "aides", "adviser", "advisers",
                          "person", "people", "insider", "insiders", "close", "familiar")
                    for w in words):
        return "anonymous"  # "some close to the GOP chairman", "those familiar with …"
    return "person" if person else "unknown"


_PRONOUN_SPEAKERS = frozenset("he she it they him her them his its their who which".split())
# "it" as an impersonal subject: "It is unclear", "It was decided", "It goes without saying"
_EXPLETIVE_IT = re.compile(
    r"[Ii]t\s+(?:(?:also|still|now|then|already|even)\s+)?(?:is|was|'s|’s|has\s+been|"
    r"had\s+been|seems|seemed|appears|appeared|remains|remained|took|takes|goes\s+without|"
    r"would\s+be|will\s+be|may\s+be|might\s+be|could\s+be|follows|followed)\b")


def _closes_later(doc: _Doc, pos: int) -> bool:
    """Is ``pos`` inside a quotation the marks layer left unpaired: an odd number of double
    marks in its paragraph before it or after it ("Strongly condemns … "Violence will … We
    urge the government … peacefully.")?"""
    text = doc.text
    k = bisect.bisect_right(doc.para_starts, pos) - 1
    ps, pe = doc.paragraphs[k] if k >= 0 else (0, len(text))
    before = sum(text.count(c, ps, pos) for c in '"“”')
    after = sum(text.count(c, pos, pe) for c in '"“”')
    return before % 2 == 1 or after % 2 == 1


_BODY_HEADS_EN = ("campaign", "administration", "group", "agency", "department", "committee",
                  "company", "firm", "organization", "ministry", "union", "party", "network")
_BARE_BODY_EN = re.compile(r"the\s+(" + "|".join(_BODY_HEADS_EN) + r")")
_NOT_MODIFIER = r"(?!(?:The|A|An|This|That|Its|His|Her|Their|Our|In|On|At|But|And)\b)"


@functools.lru_cache(maxsize=32)
def _fuller_body_patterns(head: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "the Trump campaign" (capitalised words before the head) and "the advocacy group
    Public Citizen" (a name right after it)."""
    run = r"(?:" + _NOT_MODIFIER + r"[A-Z][\w.&'’-]*\s+){1,4}"
    before = re.compile(r"\b[Tt]he\s+(" + run + r")" + head + r"\b")
    after = re.compile(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}" + head +
                       r",?\s+(" + _NOT_MODIFIER + r"[A-Z][\w.&'’-]*(?:\s+(?:of\s+|for\s+)?"
                       r"[A-Z][\w.&'’-]*){0,4})")
    return before, after


def _fuller_body_en(text: str, head: str, pos: int) -> str | None:
    """The body the article last named with ``head`` in the 1,500 characters before
    ``pos``: "Trump campaign", "Obama administration", "Public Citizen"."""
    before, after = _fuller_body_patterns(head)
    found: tuple[int, str] | None = None
    lo = max(0, pos - 1500)
    for m in before.finditer(text, lo, pos):
        name = f"{m.group(1).strip()} {head}"
        if "\n" not in name and (found is None or m.start() > found[0]):
            found = (m.start(), name)
    for m in after.finditer(text, lo, pos):
        name = m.group(1).strip()
        if "\n" not in name and not _RUN_SENTENCE_END.search(name + " ") and (
                found is None or m.start() > found[0]):
            found = (m.start(), name)
    return found[1] if found is not None else None


def _resolve(doc: _Doc, raws: list[_Raw], lex: _Lexicon) -> list[Quote]:
    text = doc.text
    names = _Names(text, lex, doc.lower)
    history: list[_Entity] = []
    quotes: list[Quote] = []
    quoted = [(r.start, r.end) for r in raws]
    for r in raws:
        speaker = None
        if r.speaker is not None and (r.rule.endswith("-subject") or
                                      r.rule == "en.mixed-fragment") and \
                text[r.speaker[0]:r.speaker[1]].lower() == "it" and \
                _EXPLETIVE_IT.match(text, r.speaker[0]):
            # "It was a potent one-two punch …, saying", "It is unclear whether … calls on":
            # an impersonal subject, no speaker of the cue that comes later
            continue
        if r.speaker is not None and r.cue is not None and \
                text[r.speaker[0]:r.speaker[1]].lower() in ("i", "we") and \
                doc.mark_at(r.speaker[0]) is None and not _closes_later(doc, r.speaker[0]):
            # "I argue that …", "we reported that …", "“…,” I told him": the writer in the
            # article's own voice, not a source (a quoted speaker's "I" is inside the marks,
            # or before a closing mark the layer left unpaired: a statement's "We urge …")
            continue
        if r.speaker is not None:
            s, e = r.speaker
            mention = text[s:e]
            low = mention.lower()
            canonical, gender, person, how = mention, "", False, r.how
            if low in ("he", "she", "him", "her", "his"):
                gender = "m" if low in ("he", "him", "his") else "f"
                person = True
                ent = next((h for h in reversed(history[-8:]) if h.person and not h.plural and
                            (not h.gender or h.gender == gender) and h.pos < s), None)
                name = names.last_person_before(s, gender) if ent is None or \
                    ent.gender != gender else None
                # a person the narrative has made the subject since that speaker: "Kerry
                # suggested a potential solution. “…,” he said"
                para = text.rfind("\n", 0, s) + 1
                # (in the first sentence of its paragraph, also the paragraph before: "Afghan
                # President Ashraf Ghani ordered …\n\nHe stressed that …")
                k = doc.paragraph_of(s)
                look = doc.paragraphs[k - 1][0] \
                    if k >= 1 and not _SENTENCE_END.search(text, para, s) else para
                since = names.subject_since(max(ent.end, look), s, gender, quoted) \
                    if ent is not None and ent.end < s else None
                if since is not None and since != ent.canonical:
                    canonical = since
                elif name is not None and (ent is None or (
                        names.gender(name) == gender and _last_written(text, name, s) > ent.pos)
                        or (not names.gender(name) and not ent.gender and
                            _last_written(text, name, s) > ent.end)):
                    # (a name of no known gender after a speaker of none either: the later
                    # one, "Afghan President Ashraf Ghani ordered … He stressed that …")
                    canonical = name
                elif ent is not None:
                    canonical = ent.canonical
                else:
                    # no speaker nor full name before: the person last made a sentence's
                    # subject ("Paradis agrees. She said …")
                    prev_para = text.rfind("\n", 0, max(0, para - 2)) + 1
                    since = names.subject_since(prev_para, s, gender, quoted)
                    if since is not None and (names.gender(since) == gender or (
                            not names.gender(since) and para <= _last_written(text, since, s))):
                        # (of the pronoun's gender, known from the name; or a name of no known
                        # gender made the subject in the pronoun's own paragraph: "Dewayne
                        # Smithy, 33, … dismisses …. “…,” he said")
                        canonical = since
                if low in ("his", "her") and r.rule in ("en.noun-that", "en.noun-colon"):
                    # the owner of a speech noun ("Madeleine Albright, a Clinton supporter,
                    # fanned controversy over her remark that “…”")
                    # is the subject of its own sentence when one is named, else the
                    # person the sentence named last ("the job attempted by Tucker Carlson …,
                    # as well as his more recent claims that “…”")
                    start = _sentence_start(text, s)
                    own = _SUBJECT_OPENING.match(text, start, s)
                    name = names.opening_name(own, gender, known=False) \
                        if own is not None else None
                    if name is None:
                        name = names.last_person_before(s, gender)
                        if name is not None and _last_written(text, name, s) < start:
                            name = None
                    if name is not None:
                        canonical = names.canonical(name, s)[0]
                how = "pronoun"
            elif low in ("they", "them", "it", "we", "their"):
                ent = next((h for h in reversed(history[-6:]) if not h.person), None) or \
                    (history[-1] if history else None)
                document = _DOCUMENT_JUST_BEFORE.search(text, max(0, s - 300), s) \
                    if low == "it" else None
                if document is not None and (ent is None or ent.pos < document.start()):
                    # "A White House statement was released. It added that …": the
                    # statement's author
                    canonical = names.canonical(document.group(), document.start())[0]
                elif ent is not None:
                    canonical = ent.canonical
                how = "pronoun"
            elif _relative_word(mention):  # (not "WHO", the World Health Organization)
                ante = _antecedent(text, s)
                if ante is not None:
                    canonical, gender, person = names.canonical(text[ante[0]:ante[1]], s)
                how = "relative"
            elif low in ("i", "me"):
                how = "mention"
            else:
                canonical, gender, person = names.canonical(mention, s)
                app = _NAME_APPOSITION.match(text, e)
                if app is None:
                    pp = _ROLE_PP.match(text, e)
                    # ("Russia's ambassador to the UN, Vitaly Churkin, said": past the role's
                    # complement)
                    app = _NAME_APPOSITION.match(text, pp.end()) if pp is not None else None
                of_place = _ROLE_OF_PLACE.fullmatch(mention)
                member = _MEMBER_OF.fullmatch(mention) is not None
                role_pp = _ROLE_THEN_PP.search(mention)
                first_word = app.group(1).split()[0].lower().rstrip(".") if app is not None \
                    else ""
                if role_pp is not None and (first_word in lex.titles or
                                            first_word + "." in lex.titles):
                    role_pp = None  # ("a spokeswoman for the GOP Whip, Rep. Steve Scalise,": the
                    # titled name is the complement's, not the spokeswoman's)
                if app is not None and (mention.split()[-1][:1].islower() or (
                        of_place is not None and _title_or_role(of_place.group(1), lex)) or (
                        role_pp is not None and _title_or_role(role_pp.group(1), lex))) and (
                        person or member or any(_title_or_role(w.rstrip("'s’"), lex)
                                                for w in mention.split()) or (
                            low.split()[0] in ("the", "a", "an") and r.cue is not None and
                            r.cue[0] >= app.end())):
                    # ("One of the seven, Chris Leslie, accused …": a member of a group;
                    # "Trump's lawyers, Rudolph W. Giuliani and Jay A. Sekulow, said": both)
                    # ("The Archbishop of Colombo, Cardinal Malcolm Ranjith, called …": a role
                    # of a place, then the name)
                    # "The press secretary, Sarah Sanders, told …", "a senior U.S. diplomat,
                    # William Roebuck, said", "The photographer, Askia Muhammad, told": the
                    # name in apposition (not the content's subject after "According to an FBI
                    # summary, Cheryl Mills, a top aide, sent")
                    canonical = names.canonical(app.group(1), s)[0]  # ("Mr. Guajardo …")
                    gender = names.gender(canonical) or gender
                    person = True
                else:
                    inner = _ROLE_COMMA_NAME.fullmatch(mention)
                    if inner is not None:
                        # '“…,” the White House spokesman, Josh Earnest, said': a speaker
                        # phrase that holds the role and the name in apposition
                        canonical = inner.group(1)
                        gender = names.gender(canonical) or gender
                        person = True
                if how not in ("subject", "previous-quote"):
                    how = "mention"
            # a body by its head alone resolved to the name the article gave it ("the
            # hospital": MedStar Washington Hospital Center) is an organisation at least
            body = low.startswith("the ") and low[4:] in _BODY_HEADS and \
                canonical.lower() not in (low, low[4:])
            bare_body = _BARE_BODY_EN.fullmatch(low) if how == "mention" else None
            if bare_body is not None and canonical.lower() in (low, bare_body.group(1)):
                # "the campaign" after "the Trump campaign", "the group" after "the advocacy
                # group Public Citizen": the body the article named with that head
                fuller = _fuller_body_en(text, bare_body.group(1), s)
                if fuller is not None:
                    canonical = fuller
                    body = True
            anaphor = _ANONYMOUS_ANAPHOR.fullmatch(low) if how == "mention" else None
            if anaphor is not None:
                # "the source said" after "an Iraqi army source told the BBC": the description
                # the article gave that source ("these officials" after "two senior
                # officials")
                head = anaphor.group("head") + ("s" if low.endswith("s") else "")
                earlier = next((h.canonical for h in reversed(history[-8:])
                                if re.search(rf"\b{head}\b", h.canonical.lower()) and
                                h.canonical.lower().split()[-1] not in _CUT_ENDS and
                                h.canonical.lower().split()[0] in _INDEFINITE_OPENERS), None)
                if earlier is not None:
                    canonical = earlier
            stype = _speaker_type(mention, lex, person)
            if r.speaker[0] in doc.anonymous_starts and (
                    not mention[:1].isupper() or low.split()[0] in DETS | {"one"}):
                stype = "anonymous"  # ("A co-worker who asked not to be named"; not a name)
            if stype == "anonymous" and how == "mention" and (
                    mention[:1].islower() or (low.split()[0] in ("a", "an") and any(
                        w.strip(",.") in lex.anonymous for w in low.split()))) and \
                    low.split()[0] not in _DEFINITE:
                # "a person close to the Clintons", "sources close to her campaign": the
                # description is the canonical (contract), not the name inside it ("the
                # source" keeps its head: it points back to a description)
                canonical = mention
            affiliation = None
            if stype in ("person", "unknown"):
                # (a pronoun has the type of what it stands for: "It said" after "the report")
                kind, affiliation = english_source(
                    canonical if low in _PRONOUN_SPEAKERS and canonical else
                    _without_time_tail(mention), canonical)
                stype = kind or stype
                if body and stype in ("person", "unknown"):
                    stype = "organization"  # ("the hospital": MedStar Washington Hospital)
                cw = canonical.split()
                if stype in ("person", "unknown") and not body and cw and \
                        cw[0][:1].isupper() and cw[-1][:1].isupper() and \
                        cw[0].lower() not in lex.first:
                    # a name built on a body's head: "Center on Budget and Policy Priorities",
                    # "Arizona Department of Health Services" (not "Mark Jones", nor "Tax
                    # Foundation analysts", people of the body)
                    heads = [cw[0].lower()] + [w.lower() for w in cw[1:] if w[:1].isupper()]
                    if any(w in _NAMED_BODY_HEADS for w in heads):
                        stype = "government" if any(
                            w in ("department", "ministry", "bureau") for w in heads) \
                            else "organization"
                if stype == "organization" and 2 <= len(cw) <= 4 and \
                        cw[0].lower() in lex.first and all(w[:1].isupper() for w in cw) and \
                        not any(w.lower() in _NAMED_BODY_HEADS or w.lower() in lex.orgs
                                for w in (v.removesuffix("'s").removesuffix("’s")
                                          for v in cw)):
                    stype = "person"  # "Mark Jones of Rice University": Mark Jones, a person
            speaker = Speaker(text=mention, start=s, end=e, canonical=canonical, type=stype,
                              affiliation=affiliation, resolved_by=how)
            if low not in ("i", "me", "we", "you"):
                # (a description's head is before its relative clause: "multiple intelligence
                # sources who have seen the correspondence" are several)
                described = _RELATIVE_IN_MENTION.split(canonical, maxsplit=1)[0].split()
                head = described[-1] if described else ""
                plural = low in ("they", "them") or " and " in canonical or (
                    head.islower() and head.endswith("s") and not head.endswith("ss")) or (
                    stype == "anonymous" and low.split()[0] in _PLURAL_OPENERS)
                history.append(_Entity(canonical, gender, person, s, plural, max(r.end, e)))
                if r.addressee is not None:
                    # the one asked answers next: "Rubio was asked by X whether …. He said"
                    a0, a1 = r.addressee
                    a_name, a_gender, _person = names.canonical(text[a0:a1], a0)
                    # (a person, one asked a question; placed at the question's end: the asker
                    # named in it came before)
                    a_low = text[a0:a1].lower()
                    history.append(_Entity(a_name, a_gender, True, max(r.end, e),
                                           a_low in ("they", "we") or (
                                               a_low.endswith("s") and a_low.islower()),
                                           max(r.end, e)))
        cue = None
        if r.cue is not None:
            cs, ce, verb = r.cue
            # "No one said that …", "Neither responded to deny …": a subject that denies the
            # report negates it as "did not" does
            negated = r.negated or (speaker is not None and
                                    _NEGATIVE_SUBJECT.fullmatch(speaker.text) is not None)
            cue = Cue(text=text[cs:ce], lemma=verb.lemma, start=cs, end=ce,
                      category=verb.category, negated=negated, conditional=r.conditional)
        quotes.append(Quote(type=r.type, start=r.start, end=r.end, text=text[r.start:r.end],
                            speaker=speaker, cue=cue, channel=r.channel,
                            intermediary=r.intermediary, rule=r.rule, marks=r.marks))
    return _same_source_same_type(quotes)


# the heads of a body's name ("… Center", "Society of …", "… Department of Health")
_NAMED_BODY_HEADS = frozenset({"center", "centre", "centers", "society", "college", "association",
                               "department", "institute", "foundation", "council", "committee",
                               "bureau", "university", "coalition", "union", "organization",
                               "organisation", "league", "commission", "corporation",
                               "ministry", "federation", "alliance", "academy", "board"})


_NEGATIVE_SUBJECT = re.compile(r"(?:no\s+one|nobody|neither|none|no\s+[\w-]+)(?:\s+of\s+.*)?",
                               re.I | re.S)


def _same_source_same_type(quotes: list[Quote]) -> list[Quote]:
    """A speaker named again ("Lavrov", "he") has the office and affiliation its fullest
    mention gave it ("Russian Foreign Minister Sergey Lavrov": government, RU); "it" and
    "they" the type of the body they stand for."""
    office: dict[str, str] = {}
    country: dict[str, str] = {}
    named: dict[str, str] = {}  # the type a name mention gave (for "it", "they")
    for q in quotes:
        sp = q.speaker
        if sp is None or not sp.canonical:
            continue
        if sp.type in ("government", "military"):
            # (an office, not a body or a document: "Trump's campaign" and "Sanders'
            # statement" do not make Trump a campaign nor Sanders a document)
            office.setdefault(sp.canonical, sp.type)
        if sp.resolved_by == "mention" and sp.type not in ("person", "unknown"):
            named.setdefault(sp.canonical, sp.type)
        if sp.affiliation and sp.type not in ("document", "media", "agency"):
            country.setdefault(sp.canonical, sp.affiliation)
    if not office and not country and not named:
        return quotes
    out = []
    for q in quotes:
        sp = q.speaker
        if sp is not None and sp.canonical and sp.type in ("person", "unknown"):
            kind = office.get(sp.canonical, sp.type)
            if sp.resolved_by == "pronoun" and (sp.text or "").lower() in ("it", "they", "its"):
                # "the hospital said … It added": the body the pronoun stands for
                kind = named.get(sp.canonical, kind)
            affiliation = sp.affiliation or country.get(sp.canonical)
            if (kind, affiliation) != (sp.type, sp.affiliation):
                q = replace(q, speaker=replace(sp, type=kind, affiliation=affiliation))
        out.append(q)
    return out


# the end of a sentence before a capital (not after a title or an initial: "Mr. Obama")
_SENTENCE_END_BACK = re.compile(
    r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bGen)"
    r"(?<!\bSgt)(?<!\bLt)(?<!\bCol)(?<!\bJr)(?<!\bSr)(?<!\b[A-Z])[.!?][\"”’)]?\s+(?=[A-Z“\"])")


_RELEASED_WORDS = ("released", "published", "issued", "posted", "unveiled", "sent", "dated")
# a document's release and its day at the end of a mention: "a report released Tuesday"
_RELEASED_WHEN = re.compile(
    r"\s+(?:" + "|".join(_RELEASED_WORDS) + r")\s+(?:on\s+)?(?:(?:last|this)\s+"
    r"(?:week|month|year|spring|summer|fall|autumn|winter)|yesterday|today|earlier|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|"
    r"evening|night))?|(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?)$")


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (its paragraph's start at most 400
    characters back)."""
    lo = max(0, pos - 400, text.rfind("\n", 0, pos) + 1)
    for m in _SENTENCE_END_BACK.finditer(text, lo, pos + 1):  # (its look-ahead sees ``pos``)
        lo = m.end()
    return lo


_CAPITAL_PRONOUNS = frozenset({"You", "We", "They", "It", "I", "He", "She"})


def _relative_word(word: str) -> bool:
    """Is ``word`` the relative pronoun "who" or "which" (not "WHO", the World Health
    Organization)?"""
    return word.lower() in ("who", "which") and word != "WHO"


def _antecedent(text: str, pos: int) -> tuple[int, int] | None:
    """The noun phrase before ``, who`` at ``pos``."""
    k = pos
    while k > 0 and text[k - 1].isspace():
        k -= 1
    if (k > 0 and text[k - 1] in ",—–(") or (k > 1 and text[k - 2:k] == " -"):
        k -= 1  # (", who", " - who", " — who", "(who")
        while k > 0 and text[k - 1].isspace():
            k -= 1
    lo = max(0, k - 160, text.rfind("\n", 0, k) + 1)
    for m in _SENTENCE_END_BACK.finditer(text, lo, k):
        lo = m.end()  # not across a sentence: "… in November.\n\nAmong those who …"
    toks = _tokens(text, lo, k)
    if not toks:
        return None
    i = len(toks) - 1
    j = _np_left(toks, i)
    if j > i:
        return None
    if j + 2 <= i and toks[j][2].islower() and toks[j][2] not in DETS and \
            toks[j + 1][2] in PREPS_IN_NP and \
            toks[j][2].endswith(("ent", "ant", "ive", "ous", "ful", "able", "ible", "ical")):
        j += 2  # a predicate's adjective: "are consistent with the rhetoric of her ad, which"
    who = text.startswith(("who", "Who"), pos)
    if who and j == i and toks[i][2].lower() == "those" and i >= 2 and \
            toks[i - 1][2].lower() == "among" and toks[i - 2][2].lower() in AUX_PASSIVE:
        # "Naureen Jahangir, a Sanders supporter from Hemet, California, is among those who
        # say": the subject is one of them
        subj = _subject_np(text, lo, toks[i - 2][0])
        if subj is not None:
            return subj
    chain = _APPOSITION_CHAIN.search(text, lo, k) if who else None
    if chain is not None and (
            any(_role_word(w.strip(".'’")) for w in chain.group(2).split()) or
            _DET_AND_CAPITAL.fullmatch(chain.group(2)) or
            (chain.group(3) and _PLACE_THEN_STATE.search(chain.group(2)))):
        # ("But Mr. Guerrero, a Republican who described himself as …, said")
        # "Joseph Shaw, the head of the Latin Mass Society and the spokesman for the Filial
        # Correction, who wrote": the person the descriptions stand beside
        return chain.start(1), chain.end(1)
    verb = next((n for n in range(i - 1, j - 1, -1) if toks[n][2].islower() and (
        toks[n][2].endswith("ed") or _IRREGULAR_VERB.fullmatch(toks[n][2])) and
        "-" not in toks[n][2] and
        not (n > 0 and toks[n - 1][2].endswith(("ly", "'", "'s", "’", "’s"))) and
        not (n == j + 1 and toks[j][2].lower() in DETS)),
        None)  # (not an adjective after its determiner or a possessive: "a respected
    # journalist who", "the Times' debunked reportage, which"; nor "exit-sized")
    if verb is not None:
        j = verb + 1  # "The move angered a friend of the family who": the object
        while j < i and (toks[j][2].lower() in _PARTICLES_AFTER_VERB or (
                not toks[j][2][:1].isalpha() and toks[j + 1][2] in PREPS_IN_NP)):
            j += 1  # ("voted 6-1 for the resolution which said", "held up the sign which")
        if j < i and toks[j][2] in PREPS_IN_NP:
            j += 1  # ("compared with 23 percent who said")
    if not who:
        return toks[j][0], toks[i][1]  # ("The council voted 6-1 for the resolution which")
    of = next((n for n in range(i - 1, j, -1) if toks[n][2] == "of"), None)
    person = lexicon().titles
    if of is not None and not any(_role_word(t) or _office_word(t) in person
                                  for _a, _b, t in toks[j:of]) and \
            (_role_word(toks[i][2]) or _office_word(toks[i][2]) in person):
        # "the priorities of a pope who has said": "who" stands for the person, not for the
        # thing of that person
        j = of + 1 + (toks[of + 1][2].lower() in DETS)
    return toks[j][0], toks[i][1]


# a name, then descriptions in apposition up to the end: "Joseph Shaw, the head of the UK’s
# Latin Mass Society and the spokesman for the Filial Correction"
_DET_AND_CAPITAL = re.compile(r"(?:a|an)[ \t]+[A-Z][a-z]+")
# (a place and its state may end the description: "a gynecologist from Englewood, New Jersey")
_APPOSITION_CHAIN = re.compile(r"((?:[A-Z][\w'.-]*[ \t]+){1,3}[A-Z][\w'-]+),[ \t]+"
                               r"((?:the|a|an|[A-Z][\w.-]*['’]s)[ \t][^,;:\n]*?)"
                               r"(,[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)?$")


# --------------------------------------------------------------------------------------------
# entry point
# --------------------------------------------------------------------------------------------

def _headline_end(text: str, paragraphs) -> int:
    """End of a headline: a short first paragraph in a text of several paragraphs, or a block
    of "Story highlights"."""
    if len(paragraphs) < 2:
        return 0
    s, e = paragraphs[0]
    if text.startswith("Story highlights", s):
        # CNN's bullets: the first on the label's line, the others short lines without a
        # final period
        for ps, pe in paragraphs[1:]:
            if len(text[ps:pe].split()) > 30 or text[pe - 1] in ".!?\"”'":
                break
            e = pe
        return e
    words = text[s:e].split()
    if len(words) > _HEADLINE_WORDS:
        return 0
    # a title: no final punctuation, or most of its longer words capitalised (Title Case)
    long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
    title_case = bool(long_words) and sum(w[0].isupper() for w in long_words) >= \
        0.7 * len(long_words)
    if title_case or text[e - 1] not in ".!?:\"”'":
        return e
    return 0


FLOATING = True
MIXED_FRAGMENTS = True
_FRAGMENT_WORDS = 4  # a quoted fragment this long is someone's words, not a label
# verbs that give a name in someone's words: "branded the protesters “outside agitators”"
_NAMING = _words("brand brands branded branding dub dubs dubbed dubbing label labels labeled "
                 "labelled labeling labelling term terms termed nickname nicknamed nicknames "
                 "christened deride derides derided mock mocks mocked")
_IRREGULAR_VERB = re.compile(_IRREGULAR_PAST, re.I)
_PARTICLES_AFTER_VERB = frozenset({"up", "out", "off", "down", "on", "about", "back", "over",
                                   "away", "in", "to"})


# where a coordinated clause starts: ", and the two will discuss …"
_CLAUSE_JOIN = re.compile(r"(?:,\s*(?:and|but)|;)\s+")
_COLON_HEADER = re.compile(
    r"\s*(?:[^:\n]{0,200}?\s[—–-]\s+)?(?:(?:More\s+)?[Ff]rom\s+(?:the\s+)?)?"
    r"(?P<name>(?:[A-Z][\w.'-]*\s+(?:and\s+)?){0,5}[A-Z][\w'-]*|report|poll|survey|study):\s*"
    r"(?=[“\"]|'')")
# "Here's Clinton in December 1992: “…”": the one presented, then their words
_HERE_IS = re.compile(
    r"\s*(?:Here['’]s|Here\s+is)\s+(?P<name>(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]*)"
    r"(?:\s+(?:in|on|at|last|this|again|back)\b[^:\n“\"]{0,40})?:\s*(?=[“\"]|'')")
_COLON_CUE = CueVerb(":", "colon", frozenset({"colon"}))


def _colon_header(d: _Doc, us: int, ue: int) -> list[_Raw]:
    """A name, a colon and a quotation: 'Carl Bialik: “One of the biggest lessons…”'."""
    text = d.text
    if text.find(":", us, min(ue, us + 300)) < 0:
        return []
    m = _COLON_HEADER.match(text, us, ue) or _HERE_IS.match(text, us, ue)
    if m is None:
        return []
    colon = text.rfind(":", m.end("name"), m.end())
    return _direct_to_end(d, m.end(), ue, (colon, colon + 1, _COLON_CUE), "en.colon-header",
                          m.span("name"))


def _direct_to_end(d: _Doc, pos: int, ue: int, cue: tuple[int, int, CueVerb], rule: str,
                   speaker: tuple[int, int]) -> list[_Raw]:
    """The direct quote of a quotation that opens at ``pos`` and runs to the end of the unit,
    if it has some words: the end of the colon-header and said-first rules."""
    q = _quotation_to_end(d, pos, ue)
    if q is None:
        return []
    ds, de = _inner_span(d.text, q)
    if de - ds < 3:
        return []
    return [_Raw("direct", ds, de, cue, rule, speaker, "mention", marks=((ds, de),), after=ds)]


# the cue first, then the speaker and the quotation: 'Said Sen. Lindsey Graham: “…”'
_SAID_FIRST = re.compile(
    r"\s*(?P<cue>Said|Says|Added|Adds|Wrote|Writes|Tweeted|Explained|Recalled|Warned)\s+"
    r"(?P<name>(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w'’-]*(?:\s*\([^()\n]{1,30}\))?"
    r"|(?:the|a|an|one)\s+(?:[\w'’-]+\s+){0,4}[\w'’-]+)\s*[:,]\s*(?=[“\"]|'')")


def _said_first(d: _Doc, lex: _Lexicon, us: int, ue: int) -> list[_Raw]:
    """A sentence that opens with its cue, then the speaker and the quotation: 'Said Trump:
    “We are going to win.”', 'Added the senator, “…”'."""
    text = d.text
    m = _SAID_FIRST.match(text, us, ue)
    verb = lex.forms.get(m.group("cue").lower()) if m is not None else None
    if m is None or verb is None:
        return []
    return _direct_to_end(d, m.end(), ue, (m.start("cue"), m.end("cue"), verb), "en.said-first",
                          m.span("name"))


# a few words then a colon before a quotation: "the following statement: “", "a warning: “"
_COLON_LEAD = re.compile(r"(?:[\w'’-]+\s+){0,5}[\w'’-]+\s*:\s*")


def _mixed_fragment(d: _Doc, lex: _Lexicon, us: int, ue: int) -> list[_Raw]:
    """A sentence without a reporting cue whose predicate quotes someone's words: "He called
    the protesters “thugs” without proof." The speaker is the subject of the sentence (a
    pronoun, a name or a role), the content runs from after its verb to the end."""
    text = d.text
    first = _first_non_space(text, us)
    frags = [m for m in d.marks_in(us, ue) if m.open > first + 1 and m.end > m.start]
    if not frags:
        return []
    inner = text[frags[0].start:frags[0].end].split()
    if _looks_like_title(inner):
        return []  # a title or a name in marks: “Saturday Night Live”
    if _WHAT_NAME_CALLED.search(text, max(us, frags[0].open - 80), frags[0].open):
        # "a third would be what Sroka called a “let a thousand flowers bloom” approach": the
        # words are the one who named it (en.naming), not the sentence subject's
        return []
    subj = _subject_np(text, us, frags[0].open)
    if subj is None:
        return []
    words = text[subj[0]:subj[1]].split()
    head = words[-1].lower()
    if not (head in ("he", "she", "they", "we", "i") or words[-1][:1].isupper() or
            head in lex.roles) or head.endswith(("'s", "'")):
        return []
    toks = _tokens(text, subj[1], min(frags[0].open, subj[1] + 80))
    k = 0
    while k < len(toks) and (toks[k][2].lower() in FILLERS or
                             (toks[k][2].lower().endswith("ly") and toks[k][2].islower())):
        k += 1
    if k >= len(toks) or not toks[k][2].isalpha() or not toks[k][2].islower():
        return []
    verb = toks[k][2]
    singular = head in ("he", "she") or words[-1][:1].isupper()
    if not (verb.endswith("ed") or _IRREGULAR_VERB.fullmatch(verb) or
            (singular and verb.endswith("s") and not verb.endswith("ss")) or
            (k > 0 and toks[k - 1][2].lower() in FILLERS)):
        return []  # "Sanders supporters are crying": no verb right after the subject
    vs, ve = toks[k][0], toks[k][1]
    k += 1  # the verb
    if k < len(toks) and toks[k][2].lower() in _PARTICLES_AFTER_VERB:
        k += 1
    if k >= len(toks):
        return []
    start = toks[k][0]
    how = "pronoun" if head in SUBJ_PRONOUNS else "mention"
    known = lex.forms.get(text[vs:ve].lower())  # the verb, when it is a reporting verb
    cue = (vs, ve, known) if known is not None else None
    that = _THAT_AHEAD.match(text, start, frags[0].open)
    if that is not None:
        at = that.start("that")
        words_before = text[start:at].split()
        inf = _INFINITIVE.search(text, start, at)
        if words_before and words_before[-1].lower() not in _IDEA_NOUNS and \
                not _FINITE_CASED.search(text, start, at) and (
                    inf is None or inf.group(1) in lex.forms or
                    (inf.group(1) + "ed") in lex.forms):
            # "Trump did post on Twitter Friday that his claims were “sarcasm”": the content
            # is the clause after "that", not the verb's adjuncts (not "encouraged Morsy in a
            # telephone call to ensure that …", the infinitive is the content)
            start = _first_non_space(text, that.end("that"))
            typ, s, e, marks = _typed(d, start, ue)
            if typ == "direct" and e - s >= 8:
                # "He then went on to tweet that “I have just ordered …”": the clause after
                # "that" wholly in marks is direct (contract)
                return [_Raw("direct", s, e, cue, "en.mixed-fragment", subj, how, marks=marks,
                             after=s)]
    typ, s, e, marks = _typed(d, start, ue)
    if typ != "mixed" or e - s < 8:
        return []
    lead = _COLON_LEAD.fullmatch(text, start, frags[0].open)
    if lead is not None:
        # "President Clinton released the following statement: “…”": a quotation introduced
        # by a colon is a direct quote (contract), the words before the colon are no content
        typ, qs, qe, qmarks = _typed(d, frags[0].open, ue)
        if typ == "direct":
            return [_Raw("direct", qs, qe, cue, "en.colon-quote", subj, how, marks=qmarks,
                         after=qs)]
    quoted_words = sum(len(text[a:b].split()) for a, b in marks)
    if cue is None and verb.lower() not in _NAMING and quoted_words < _FRAGMENT_WORDS and \
            2 * sum(b - a for a, b in marks) <= e - s:
        return []  # a short term in marks after a verb that is not a reporting verb: a label
    return [_Raw("mixed", s, e, cue, "en.mixed-fragment", subj, how, marks=marks, after=s)]


# someone naming something in their own words, inside a clause: "Trump, whom he called a
# “dangerous demagogue”", "what he described as an “opportunity to sit down”"
_WHAT_NAME_CALLED = re.compile(r"\bwhat\s+(?!(?:He|She|They|It|We)\b)[A-Z][\w'’-]+"
                               r"(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:has\s+|had\s+)?"
                               r"(?:called|dubbed|termed|described\s+as)\s+"
                               r"(?:[\w'’-]+\s+){0,4}?\Z")
_NAMING_CLAUSE = re.compile(
    r"\b(?P<subj>he|she|they|[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})\s+(?:has |had |have )?"
    r"(?P<verb>called|dubbed|branded|labell?ed|termed|described as)\s+"
    r"(?P<obj>(?:[\w'-]+\s+){0,4}?)(?=[“\"])")


def _naming_in_clause(d: _Doc, us: int, ue: int) -> list[_Raw]:
    text = d.text
    out: list[_Raw] = []
    for m in _NAMING_CLAUSE.finditer(text, us, ue):
        mark = d.mark_at(m.end())
        if mark is None or mark.open != m.end() or mark.end <= mark.start:
            continue
        s, e = m.start("obj"), min(ue, mark.close + 1)
        while e > s and text[e - 1] in " .,;:":
            e -= 1
        subj = m.span("subj")
        how = "pronoun" if m.group("subj").lower() in SUBJ_PRONOUNS else "mention"
        out.append(_Raw("mixed", s, e, None, "en.naming", subj, how,
                        marks=((mark.start, mark.end),), after=s))
    return out


def _speech_nouns(d: _Doc, lex: _Lexicon, us: int, ue: int,
                  cues: list[tuple[int, int, CueVerb]]) -> list[_Raw]:
    """A speech noun with its owner and a that-clause: "tried to clarify his comment that
    President Obama subscribed to a “phony theology,”", "Trump's claim that …" (rule
    ``en.noun-that``; the speaker is the owner, the content the that-clause). "that" followed
    by a verb opens a relative clause ("his comment that drew criticism"), not content.
    Only a clause that quotes the owner's words (mixed) is taken: without marks, "his claim
    that …" is mostly the outlet's summary of a position (PolNeAR's annotators take 4 of 30
    such clauses on train), and its end is hard to find ("Clinton's contention that X is
    nothing")."""
    text = d.text
    out: list[_Raw] = []
    if not d.marks_in(us, ue) or text.find(" that ", us, ue) < 0:
        return out  # (cheap tests first: the content is a that-clause with marks)
    reader: _UnitReader | None = None
    for m in lex.noun_pattern.finditer(text, us, ue):
        nxt = m.group("next")
        if (_FINITE.fullmatch(nxt) and not _SUBJECT_CONTRACTION.fullmatch(nxt)) or \
                d.mark_at(m.start("noun")) is not None:
            continue
        if reader is None:
            reader = _UnitReader(d, lex, us, ue, cues)
        s0 = m.start("that")
        end = reader.content_end(s0, m.end("that"))
        if _sentence_start(text, m.start()) >= m.start() - 4:
            # the speech noun is its sentence's subject: its clause ends where the sentence's
            # own predicate starts ("Obama’s claim that “history” was on his side is arguably
            # false")
            verb = _CONTENT_VERB.search(text, m.end("that"), end)
            main = _MAIN_PREDICATE.search(text, verb.end(), end) if verb is not None else None
            while main is not None and (d.mark_at(main.start()) is not None or
                                        _PRONOUN_BEFORE.search(text, s0, main.start())):
                main = _MAIN_PREDICATE.search(text, main.end(), end)
            if main is not None:
                end = main.start()
        typ, s, e, marks = _typed(d, s0, end)
        if typ == "indirect" or e - s < 8:
            continue
        owner = "pron" if m.group("pron") else "name"
        sp = m.span(owner)
        verb = lex.nouns[m.group("noun").lower()]
        out.append(_Raw(typ, s, e, (m.start("noun"), m.end("noun"), verb), "en.noun-that", sp,
                        "pronoun" if owner == "pron" else "mention", marks=marks, after=s))
    return out


# the verb of a speech noun's clause, before the sentence's own predicate
_CONTENT_VERB = re.compile(r"\s(?:is|was|are|were|has|have|had|will|would|can|could|should|"
                           r"may|might|must|did|does|do|[a-z]+ed)\b")
# a subject pronoun, "if" or a relative pronoun right before a verb: the verb is its own
# clause's ("if she were", "that seems")
_PRONOUN_BEFORE = re.compile(r"\b(?:if|he|she|they|it|we|you|i|that|which|who)$", re.I)
# the predicate of a sentence whose subject is a speech noun and its clause
_MAIN_PREDICATE = re.compile(r"\s(?:is|was|are|were|remains|remained|seems|seemed|appears|"
                             r"appeared|proved|proves|has\s+been|had\s+been|sounds|sounded)\b")


def _speech_noun_colon(d: _Doc, lex: _Lexicon, us: int, ue: int) -> list[_Raw]:
    """A speech noun with its owner, a colon and a quotation: "Clinton's response was: “Is
    Dalton Brody off Conn or Wisconsin?”", "His message was simple: “…”" (rule
    ``en.noun-colon``; the speaker is the owner, the quotation a direct quote)."""
    text = d.text
    if text.find(":", us, ue) < 0:
        return []  # (cheap test first)
    out: list[_Raw] = []
    for m in lex.noun_colon_pattern.finditer(text, us, ue):
        q = d.mark_at(_OPEN_AFTER.match(text, m.end(), ue).end() - 1)
        if q is None or d.mark_at(m.start("noun")) is not None:
            continue
        ds, de = _inner_span(text, q)
        if de - ds < 2:
            continue
        owner = "pron" if m.group("pron") else "name"
        verb = lex.nouns[m.group("noun").lower()]
        out.append(_Raw("direct", ds, de, (m.start("noun"), m.end("noun"), verb),
                        "en.noun-colon", m.span(owner),
                        "pronoun" if owner == "pron" else "mention", marks=((ds, de),),
                        after=ds))
    return out


def _looks_like_title(words: list[str]) -> bool:
    """Words in marks written as a title: every word capitalised but the short function words
    of title case (“Saturday Night Live”, “Teenage as a Second Language”, “Iran: Between
    Tradition and Modernity”)."""
    letters = [w for w in words if w[:1].isalpha()]
    if not letters or not letters[0][:1].isupper():
        return False
    lower = [w for w in letters if not w[:1].isupper()]
    return all(w.lower().strip(",.:;!?") in _TITLE_CASE_SMALL for w in lower) and \
        len(letters) - len(lower) >= (2 if lower else 1)


_TITLE_CASE_SMALL = frozenset("a an the of as and or nor but in on at to for by with from "
                              "into vs via per".split())


def _coordinated_fragment(d: _Doc, us: int, ue: int, got: list[_Raw]) -> list[_Raw]:
    """A clause joined to a quote of the same sentence that quotes words of its own without a
    cue: '“…,” Earnest said, and the two will discuss “how to build on the extraordinary work
    he has done …”' (rule ``en.coordinated-fragment``, the speaker of that quote). The
    fragment is a phrase (four words or more, not a title in capitals)."""
    text = d.text
    out: list[_Raw] = []
    for m in d.marks_in(us, ue):
        if m.end <= m.start or any(r.start <= m.open < r.end for r in got + out):
            continue
        inner = text[m.start:m.end].split()
        if len(inner) < _FRAGMENT_WORDS or _looks_like_title(inner):
            continue
        prev = [r for r in got if r.end <= m.open]
        if not prev or prev[-1].speaker is None or not prev[-1].marks or \
                prev[-1].cue is None or prev[-1].cue[2].category == "marker":
            continue  # (a source given by "according to" is not a speaker whose words go on)
        last = prev[-1]
        join = None
        for j in _CLAUSE_JOIN.finditer(text, last.end, m.open):
            join = j
        if join is None or d.mark_at(join.start()) is not None:
            continue
        typ, s, e, marks = _typed(d, join.end(), ue)
        if e - s < 8:
            continue
        out.append(_Raw(typ, s, e, last.cue, "en.coordinated-fragment", last.speaker,
                        "previous-quote", marks=marks, after=s))
    return out


def _add_new(got: list[_Raw], more: list[_Raw]) -> list[_Raw]:
    """``got`` and the quotes of ``more`` that overlap none of it, in text order."""
    if not more:
        return got
    extra = [r for r in more if not any(r.start < o.end and o.start < r.end for o in got)]
    return sorted(got + extra, key=lambda r: r.start) if extra else got


# a capitalised word that is not a sentence's opening determiner ("Local officials")
_NAMED_WORD = re.compile(r"(?<![\w.])(?!(?:The|A|An|Some|Many|Most|Local|Other|Several|Two|"
                         r"Three|Critics|Officials|Experts)\b)[A-Z][a-z]")


def _continued(text: str, got: list[_Raw]) -> _Raw | None:
    """The quote of a unit that a floating quote in the next one may continue: its last quote
    in marks with a speaker. An indirect quote after it does not break the thread ("“A,” Cruz
    said about the article alleging that X. “B.”": B is Cruz's)."""
    for r in reversed(got):
        if r.rule == "en.asked-by":
            # the answer to a question is the one asked's ("Schiff was asked by Wolf Blitzer if
            # …. 'No, it would not suffice.'"), with no cue of its own
            return replace(r, speaker=r.addressee, cue=None) if r.addressee else None
        if r.type != "indirect":
            return r if r.speaker is not None else None
    # a report with no quotation, then its speaker's words in marks ("Lenahan says he sees a
    # bigger issue at work here. “There is kind of a culture war …”"; not a question asked by
    # someone, whose answer follows: "… was asked by a reporter whether …. “Only …”")
    last = got[-1] if got else None
    if last is None or last.speaker is None or last.how != "mention" or \
            last.rule == "en.asked-by":
        return None
    s, e = last.speaker
    # (a named speaker: not "local officials", "political operatives")
    return last if _NAMED_WORD.search(text, s, e) else None


# what may follow an intransitive cue that closes its sentence: "agreed.", "disagreed
# sharply.", "added, too."
_BARE_CUE_END = re.compile(r"(?:,?\s+(?:too|also|again|later|sharply|strongly|quickly|"
                           r"readily|emphatically|flatly))?\s*[.!]?\s*")


def _bare_report(d: _Doc, us: int, ue: int, cues: list[tuple[int, int, CueVerb]],
                 lex: _Lexicon) -> _Raw | None:
    """A sentence of a speaker and a cue with nothing after it, whose words follow in marks:
    "Iowa State University's Dianne Bystrom agreed. “Mainstream Republicans are running out of
    time …”". Not a quote itself: the speaker a floating quotation right after it continues."""
    if len(cues) != 1:
        return None
    cs, ce, verb = cues[0]
    text = d.text
    if verb.category == "marker" or not _BARE_CUE_END.fullmatch(text, ce, ue):
        return None
    subj = _subject_np(text, us, cs)
    if subj is None or text[subj[1]:cs].strip() or d.marks_in(us, ue):
        return None
    words = text[subj[0]:subj[1]].split()
    if not (words[-1][:1].isupper() or words[-1].lower() in ("he", "she", "they") or
            words[-1].lower() in lex.roles):
        return None
    return _Raw("indirect", ue, ue, cues[0], "en.bare-cue", subj,
                "pronoun" if words[-1].lower() in SUBJ_PRONOUNS else "mention", after=ce)


_LEADING_CONNECTOR = re.compile(r"(?:But|And|Still|Yet|So|Then|Also)\b,?\s+(?=[\"“‘']|'')")


def _floating(d: _Doc, us: int, ue: int, last: _Raw) -> list[_Raw]:
    """A sentence or paragraph that is one quotation, right after a quote of a known speaker
    and with no cue of its own, continues that speaker's words."""
    text = d.text
    start = _first_non_space(text, us)
    connector = _LEADING_CONNECTOR.match(text, start, ue)
    if connector is not None:
        start = connector.end()  # "…,” he said. But “…”": the connector before the quotation
    m = d.mark_at(start)
    if m is None or m.open != start or text[start] in "–—-":
        return []  # (not a dash: "– An immigrant himself –.", "-- Boston police plan …")
    if text[_outer_end(m):ue].strip(" .,!?;:…"):
        return []
    para, last_para = d.paragraph_of(us), d.paragraph_of(last.end)
    if para == last_para:
        pass  # “A,” he said. “B.”: the next sentence of the same paragraph, B is his too
    elif para != last_para + 1:
        return []  # after a gap
    else:
        pe = d.paragraphs[last_para][1]
        tail = text[last.end:pe].strip(" .,!?;…\"”“'")
        if tail and not tail.endswith(":") and not (
                last.cue is not None and last.end <= last.cue[0] and
                len(tail.split()) <= 20 and not _FINITE_CASED.search(text, last.cue[1], pe)):
            # the previous paragraph goes on after its quote, unless with only its own incise
            # ("“…,” Carson continued.¶“…”": the next paragraph in marks is his too), with
            # the speaker's apposition ("said Jon Meacham, the author of ''Destiny and
            # Power,'' a biography of the 41st president.")
            return []
    ds, de = _inner_span(text, m)
    if de - ds < 3:
        return []
    # (after a bare report, the speaker is resolved here: "She agreed. “…”")
    how = last.how if last.rule == "en.bare-cue" else "previous-quote"
    return [_Raw("direct", ds, de, last.cue, "en.floating", last.speaker, how,
                 channel=last.channel, intermediary=last.intermediary, marks=((ds, de),),
                 after=ds)]


def extract(doc: Document, marked: list[Marked]) -> list[Quote]:
    """Quotes of an English document (``doc.lang == "en"``), in text order."""
    lex = lexicon()
    d = _Doc(doc, marked)
    text = d.text
    head_end = _headline_end(text, d.paragraphs)
    raws: list[_Raw] = []
    all_cues = _find_cues(d, lex)
    cue_starts = [c[0] for c in all_cues]
    last: _Raw | None = None  # the last quote of the previous unit, for floating quotes
    for us, ue in d.units:
        if ue <= head_end:
            continue
        i = bisect.bisect_left(cue_starts, us)
        j = bisect.bisect_left(cue_starts, ue, i)
        got = _UnitReader(d, lex, us, ue, all_cues[i:j]).read() if i < j else []
        if lex.nouns:
            got = _add_new(got, _speech_nouns(d, lex, us, ue, all_cues[i:j]))
            got = _add_new(got, _speech_noun_colon(d, lex, us, ue))
        if got and MIXED_FRAGMENTS:
            got = _add_new(got, _coordinated_fragment(d, us, ue, got))
        if not got:
            got = _said_first(d, lex, us, ue)
        if not got and last is not None and FLOATING:
            got = _floating(d, us, ue, last)
        if not got:
            got = _colon_header(d, us, ue)
        if not got and MIXED_FRAGMENTS:
            got = _mixed_fragment(d, lex, us, ue)
        if not got and MIXED_FRAGMENTS:
            got = _naming_in_clause(d, us, ue)
        if got and text.startswith("(", _first_non_space(text, us)):
            # "(We added a new top to this post …)", "(As an aside, we should note that …)":
            # the outlet's own note, not a report
            got = [r for r in got if r.speaker is None or
                   text[r.speaker[0]:r.speaker[1]].lower() not in ("we", "i")]
        if not got and FLOATING:
            bare = _bare_report(d, us, ue, all_cues[i:j], lex)
            if bare is not None:
                last = bare  # (no quote: the speaker of the quotation that follows)
                continue
        raws.extend(got)
        last = _continued(text, got)
    raws.sort(key=lambda r: (r.start, r.end))
    # one quote per span: overlapping quotes keep the first found (the longer on ties)
    kept: list[_Raw] = []
    for r in raws:
        if kept and r.start < kept[-1].end and r.start == kept[-1].start:
            if r.end - r.start > kept[-1].end - kept[-1].start:
                kept[-1] = r
            continue
        kept.append(r)
    for r in kept:
        if r.type != "direct" and "that" in r.rule:  # (not "said that was …": a subject)
            # the span is the reported clause after "that" (contract), as "que" in French
            m = _LEADING_THAT.match(text, r.start, r.end)
            if m is not None and r.end - m.end() >= 3:
                r.start = m.end()
                if r.type == "mixed":
                    # 'added that “the suit is specific to CNN and Acosta.”': the clause after
                    # "that" wholly in marks is direct (contract), as after "que"
                    typ, qs, qe, marks = _typed(d, r.start, r.end)
                    if typ == "direct":
                        r.type, r.start, r.end, r.marks = typ, qs, qe, marks
        if r.type != "direct":
            _cut_author_continuation(d, r)
    if any(r.type == "mixed" for r in kept):
        kept = [p for r in kept for p in (_leading_pieces(d, r) if r.type == "mixed" else (r,))]
    kept = [r for r in kept if not (r.cue is not None and not r.negated and
                                    _hypothetical(text, r.cue))]
    return _resolve(d, kept, lex)


def _hypothetical(text: str, cue: tuple[int, int, CueVerb]) -> bool:
    """Is the cue's verb governed by "could", "might" or "may" (speech the text imagines)?"""
    lo = max(0, cue[0] - 60)
    window = text[lo:cue[0]]
    if "could" not in window and "might" not in window and "may" not in window:
        return False  # (cheap test first)
    return _bare_cue(text[cue[0]:cue[1]]) and \
        _HYPOTHETICAL_BEFORE.search(text, lo, cue[0]) is not None


def _bare_cue(cue: str) -> bool:
    """Is the cue's verb in its base form, the one a modal governs ("could argue", not
    "… could penetrate the country and implying")?"""
    first = cue.split()[0].lower() if cue.split() else ""
    return not first.endswith(("ing", "ed")) and not _IRREGULAR_VERB.fullmatch(first)


# speech the text only imagines: "Critics could argue that …", "Defenders of the league could
# point to … and argue that …", "some might say" (not "may have said", a report)
_HYPOTHETICAL_BEFORE = re.compile(
    r"\b(?:could|might|may)\s+(?:(?:also|well|even|easily|rightly|fairly|perhaps)\s+)?"
    r"(?:[a-z]+(?:\s+[a-z]+){0,5}\s+and\s+)?$")


# a connector between two quoted pieces of one report: '“…” and “…”', '“…,” but that …'
_PIECE_CONNECTOR = re.compile(r"\s*,?\s*(?:and|but|because|or)\s+(?:that,?\s+)?", re.I)


def _clause_follows(text: str, s: int, e: int) -> bool:
    """Does a clause of its own start at ``s`` (a subject and a finite verb), not a phrase
    that continues the quoted one ("but to take the lead", "and against the law", "or
    “distracted by …”", "and “assigning” them", "but necessary")?"""
    w = _WORD_START.match(text, s + (text[s:s + 1] in OPEN_MARKS), e)
    if w is None:
        return False
    first = w.group(1)
    low = first.lower()
    if low in _NOT_A_SUBJECT or (first.islower() and low.endswith(("ing", "ed"))) or \
            _STRICT_FINITE.fullmatch(low):
        return False  # (a verb first has no subject: "and are inherently “destructive.”")
    if text[s:s + 1] in OPEN_MARKS:
        return _has_finite(text, s, min(e, s + 120))  # a quoted piece: “the cases keep growing”
    return _STRICT_FINITE.search(text, w.end(1), min(e, s + 120)) is not None


_NOT_A_SUBJECT = frozenset({"to", "no", "not", "against", "for", "by", "with", "without",
                            "being", "in", "on", "at", "from", "as", "than", "of",
                            "necessary"})
# a finite verb that no plural noun looks like ("cycles", "dangers" are not verbs here)
_STRICT_FINITE = re.compile(
    r"\b(?:" + _AUXILIARY + r"|" + _IRREGULAR_PAST + r")\b|n['’]t\b|\w['’](?:s|re|ll|d|ve|m)\b|"
    r"\b[a-z]{2,}ed\b")


def _leading_pieces(d: _Doc, r: _Raw) -> list[_Raw]:
    """A mixed quote that opens with whole clauses in their own marks joined by a connector:
    each such piece is its own direct quote, the rest keeps its type ('suggested, “we still
    have plenty of instances” and “the cases actually keep growing.”': two direct quotes;
    'saying “we’re getting soft” and that we shouldn’t be teaching children that “…”': a
    direct and a mixed one, as the contract's several quoted pieces)."""
    text = d.text
    out: list[_Raw] = []
    pos = r.start
    while True:
        m = d.mark_at(pos)
        if m is None or m.open != pos:
            break
        ds, de = _inner_span(text, m)
        if len(text[ds:de].split()) < 3 or not _has_finite(text, ds, de):
            break  # (a label or a phrase in marks is no whole clause: “illegals”)
        conn = _PIECE_CONNECTOR.match(text, _outer_end(m), r.end)
        if conn is None or r.end - conn.end() < 8 or not _clause_follows(text, conn.end(), r.end):
            break
        out.append(replace(r, type="direct", start=ds, end=de, marks=((ds, de),)))
        pos = conn.end()
    if not out:
        return [r]
    typ, s, e, marks = _typed(d, pos, r.end)
    out.append(replace(r, type=typ, start=s, end=e, marks=marks, after=s))
    return out


def _end_at(r: _Raw, end: int) -> None:
    """End ``r`` at ``end``: the marks past it go, and a mixed quote left with none is
    indirect."""
    r.end = end
    r.marks = tuple((a, b) for a, b in r.marks if b <= end)
    if r.type == "mixed" and not r.marks:
        r.type = "indirect"


def _cut_author_continuation(d: _Doc, r: _Raw) -> None:
    """A reported clause ends before the author's own ", but did not …" about the speaker:
    "…, but did not provide more details", "… but later backtracked", "and declined to
    elaborate" (a predicate of the speaker with no subject of its own, outside the marks), and
    before the cue's channel at its end ("… in a series of tweets")."""
    text = d.text
    tail = text[max(r.start, r.end - 90):r.end]
    channel = _TRAILING_CHANNEL.search(text, max(r.start, r.end - 90), r.end) if any(
        n in tail for n in _CHANNEL_NOUNS) else None
    if channel is not None and channel.start() - r.start >= 4 and \
            d.mark_at(channel.start()) is None:
        _end_at(r, channel.start())
    if _PRONOUN_SUBJECT_START.match(text, r.start):
        return  # "he said he supports …, but doesn't expect …": both may be his words
    for m in _AUTHOR_CONTINUATION.finditer(text, r.start, r.end):
        if d.mark_at(m.start()) is not None or m.start() - r.start < 12:
            continue
        end = m.start()
        while end > r.start and text[end - 1] in " ,;":
            end -= 1
        _end_at(r, end)
        return
