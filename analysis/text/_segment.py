"""Paragraphs, sentences and tokens with offsets, French and English."""

from __future__ import annotations

import codecs
import functools
import re
from collections.abc import Iterator

from .._data import DataFileError, read_table

# A paragraph is a line with some non-space content.
PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*")

# Words: French elision splits l'/qu'/jusqu' from the word that follows; hyphenated compounds and
# numbers with decimal commas stay whole. The matching view has only ASCII apostrophes.
_WORD_PATTERN = (
    r"(?:[Jj]usqu|[Ll]orsqu|[Pp]uisqu|[Qq]uoiqu|[Qq]u|[LlDdJjMmNnSsTtCc])'(?=\w)"
    r"|\w+(?:[-'.]\w+)*"
    r"|[^\w\s]"
)
WORD = re.compile(r"\w+(?:[-']\w+)*")

# A sentence ends after . ! ? … (with closing quotes or brackets), before whitespace and a
# capital, a digit, an opening quote or a dash. Abbreviations and initials are checked after.
# Every branch starts with a character class, so the scan jumps from one candidate to the next;
# the character before a glued boundary is checked by a look-behind placed after it.
_BOUNDARY = re.compile(
    r"(?P<end>[.!?…]+(?:\s?[»”\"')\]])*|[»”\"][.!?…]+)(?=\s+[«“\"'(\[—–\-\dA-ZÀ-Ý])"
    # scraped text often loses the space: "public.Dans une vidéo", "BFMTV».Sur l'une",
    # "impôts.L'article", "radicalisée.À quelques mois"
    r"|(?P<end2>[.!?…](?<=[a-zà-ÿ0-9»”\"][.!?…])[.!?…]*[»”\"]?)(?=[«“]|[A-ZÀ-Ý][a-zà-ÿ'’]|À\s)"
    r"|(?P<end3>[.!?…](?<=[A-ZÀ-Ý]{2}[.!?…])[.!?…]*)(?=[«“])"
)
# the characters a boundary can start with: Python's re scans fast for a pattern that opens
# with one character class, not for an alternation of groups, so the candidates are found
# first and _BOUNDARY is tried at each (same matches as _BOUNDARY.finditer, several times
# faster)
_BOUNDARY_START = re.compile(r"[.!?…»”\"]")


# the rules of this module; lexicons/text/abbreviations.tsv has its own version
SEGMENTER_VERSION = "1.1.0"


@functools.cache
def _abbreviation_table(path: str = "text/abbreviations.tsv"
                        ) -> tuple[frozenset[str], frozenset[str], str]:
    table = read_table(path, required=("abbr",))
    for row, line in zip(table.rows, table.lines, strict=True):
        if row.get("before_quote", "") not in ("", "ends"):
            raise DataFileError(f"{table.path}:{line}: before_quote is "
                                f"{row['before_quote']!r}; use 'ends' or leave it empty")
    return (frozenset(r["abbr"].lower() for r in table.rows),
            frozenset(r["abbr"].lower() for r in table.rows if r.get("before_quote") == "ends"),
            table.meta["version"])


def abbreviations() -> frozenset[str]:
    return _abbreviation_table()[0]


def versions() -> dict[str, str]:
    """The versioned names of the segmenter's rules and data."""
    return {"sourcebias-segmenter": SEGMENTER_VERSION,
            "sourcebias-abbreviations": _abbreviation_table()[2]}


def paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in PARAGRAPH.finditer(text)]


_TOKEN_BEFORE = re.compile(r"[^\s(«“\"']{1,20}$")
_INITIALS = re.compile(r"(?:[A-ZÀ-Ý]\.-?){1,3}[A-ZÀ-Ý]")


# an opening quotation mark and a capital: after an abbreviation that stands before no
# quotation inside a sentence, a new sentence
_QUOTE_THEN_CAPITAL = re.compile(r"\s+[«“\"]\s?[A-ZÀ-Ý]")


def _is_abbreviation(text: str, dot: int, abbrs: frozenset[str],
                     ends_before_quote: frozenset[str] = frozenset()) -> bool:
    """Is the period at ``dot`` the end of an abbreviation or an initial (and not, for one of
    ``ends_before_quote``, also the end of the sentence, before a quotation)?"""
    m = _TOKEN_BEFORE.search(text, max(0, dot - 20), dot)
    if m is None:
        return False
    token = m.group()
    if len(token) == 1 and token.isalpha() and token.isupper():
        return True  # an initial: "J. Kerry", "M. Castaner"
    if _INITIALS.fullmatch(token):
        return True  # initials: "H.L. Mencken", "J.-C. Juncker"
    low = token.lower()
    if low in ends_before_quote and _QUOTE_THEN_CAPITAL.match(text, dot + 1):
        return False  # 'said in Santa Monica, Calif. "The reality is …"'
    return low in abbrs


def sentences(text: str, start: int = 0, end: int | None = None,
              paras: list[tuple[int, int]] | tuple[tuple[int, int], ...] | None = None
              ) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]`` (paragraph breaks always end a sentence);
    ``paras`` are the paragraphs of the whole text when already known."""
    abbrs, ends_before_quote, _version = _abbreviation_table()
    out: list[tuple[int, int]] = []
    if paras is None:
        sub = text[start:end] if end is not None else text[start:]
        paras = [(ps + start, pe + start) for ps, pe in paragraphs(sub)]
    for ps, pe in paras:
        s = ps
        for m in _boundaries(text, ps, pe):
            group = m.lastgroup  # end, end2 or end3: the branch that matched
            e = m.end(group)
            token_end = m.start(group)
            if text[token_end] == "." and _is_abbreviation(text, token_end, abbrs,
                                                           ends_before_quote):
                continue
            out.append((s, e))
            s = e
            while s < pe and text[s].isspace():
                s += 1
        if s < pe:
            out.append((s, pe))
    return out


def _boundaries(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``_BOUNDARY.finditer(text, start, end)``, tried only where a boundary can start."""
    match = _BOUNDARY.match
    resume = start
    for c in _BOUNDARY_START.finditer(text, start, end):
        p = c.start()
        if p < resume:
            continue
        m = match(text, p, end)
        if m is not None:
            resume = m.end()
            yield m


@functools.cache
def _tokenizer():  # nltk's RegexpTokenizer, imported on first use
    # importing nltk costs more than a second and ~150 MB (it pulls in scipy); the analysis
    # itself never tokenises word by word, so the import waits until tokens are asked for
    from nltk.tokenize import RegexpTokenizer

    return RegexpTokenizer(_WORD_PATTERN)


def tokens(text: str) -> list[tuple[int, int]]:
    """Word tokens with offsets (nltk's RegexpTokenizer with our French elision pattern)."""
    return list(_tokenizer().span_tokenize(text))


# count_words counts the matches of WORD without running it: a match starts at a word character
# (\w in Python's re: str.isalnum() or "_") that neither follows a word character nor a single
# joiner (- or ') that follows one. Those starts are found with bit operations on two big ints,
# one byte per character (1 for a word character, resp. a joiner): five times faster than
# len(WORD.findall(text)), which builds a string per word.
_IS_WORD = bytes(1 if chr(b).isalnum() or chr(b) == "_" else 0 for b in range(256))
_IS_JOINER = bytes(1 if chr(b) in "-'" else 0 for b in range(256))


def _word_class(err: UnicodeError) -> tuple[str, int]:
    """Encoding error handler: a character beyond latin-1 becomes "a" when it is a word
    character (œ, ğ, Cyrillic …), else a space, so that _IS_WORD classifies it as re does."""
    assert isinstance(err, UnicodeEncodeError)
    chunk = err.object[err.start:err.end]
    return "".join("a" if c.isalnum() or c == "_" else " " for c in chunk), err.end


codecs.register_error("sourcebias.word_class", _word_class)


def count_words(text: str) -> int:
    """``len(WORD.findall(text))``, computed without building the words."""
    b = text.encode("latin-1", "sourcebias.word_class")
    w = int.from_bytes(b.translate(_IS_WORD), "little")  # byte i is 1 at a word character
    j = int.from_bytes(b.translate(_IS_JOINER), "little")
    # (x << 8) puts at byte i what byte i - 1 holds
    return (w & ~(w << 8) & ~((j << 8) & (w << 16))).bit_count()
