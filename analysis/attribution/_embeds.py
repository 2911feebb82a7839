"""Embedded posts: a tweet pasted into the article with its signature.

Scraped news keeps an embedded tweet as its text followed by the embed's signature,
"— Emmanuel Macron (@EmmanuelMacron) 5 janvier 2019" or "— Donald J. Trump
(@realDonaldTrump) August 15, 2019". The signature is the attribution: the words before it are
the account holder's, verbatim, so they are a direct quote (channel Twitter), and their loaded
terms are not the outlet's voice.

Where the post starts is not marked. It is taken from one of two things:
- the paragraph, when the post is a paragraph of its own (no more than a post's length before
  the signature);
- the copy that scraping often leaves right after the signature ("… 9 février 2019  Indignation
  et dégoût. Les militaires …"), found again before it.
Otherwise no quote is made. A post that quotes someone in quotation marks is a mixed quote of
the account holder, the marks its quoted fragments; a stretch that another rule already
attributes (the quotation with its own speaker) is left to that rule.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from .._types import Quote, Speaker
from ..text import Document
from ._common import FRENCH_MONTH
from ._marks import Marked

RULES_NAME = "sourcebias-rules-embeds"
RULES_VERSION = "1.2.0"

_MONTHS_EN = ("January|February|March|April|May|June|July|August|September|October|November|"
              "December")
# "— Name (@handle) Month D, YYYY" (English embed) or "— Name (@handle) D mois YYYY" (French)
_SIGNATURE = re.compile(
    r"(?:—|–|&mdash;|\s-)\s*(?P<name>[^\n@—–]{1,80}?)\s*\(@(?P<handle>\w{1,15})\)\s*"
    rf"(?:(?:{_MONTHS_EN}) \d{{1,2}},? \d{{4}}|\d{{1,2}} {FRENCH_MONTH} \d{{4}})")
# links at the end of a post: the picture and the shortened URL
_TRAILING_LINKS = re.compile(r"(?:\s*(?:pic\.twitter\.com/\w+|https?://t\.co/\w+))+\s*$")
_POST_MAX = 320  # 280 characters and a link or two
_COPY_PROBE = 24  # characters of the copy after the signature looked for before it
_MIN_POST = 12



_EMOJI_PARTS = frozenset({"So", "Sk", "Cf", "Co", "Cn"})  # pictographs, skin tones, joiners
_VARIATION_SELECTORS = frozenset("\ufe0e\ufe0f")


def _without_emoji(name: str) -> str:
    """A display name without its emoji and pictographs ("Andrew Dyer 🛴" → "Andrew Dyer").
    Letters, digits, punctuation and the currency or mathematical signs some names use as
    letters ("L£ G£N£RAL") stay."""
    return "".join(c for c in name if c not in _VARIATION_SELECTORS and
                   unicodedata.category(c) not in _EMOJI_PARTS)

def versions() -> dict[str, str]:
    return {RULES_NAME: RULES_VERSION}


def embedded_posts(doc: Document, quotes: Sequence[Quote], marked: Sequence[Marked]
                   ) -> list[Quote]:
    """Quotes for the embedded posts of ``doc`` that overlap none of ``quotes`` (``marked``:
    the document's quotation marks)."""
    text = doc.norm
    if "(@" not in text:
        return []  # most articles: no signature
    out: list[Quote] = []
    taken = [(q.start, q.end) for q in quotes]
    for sig in _SIGNATURE.finditer(text):
        end = sig.start()
        links = _TRAILING_LINKS.search(text, max(0, end - 120), end)
        if links is not None:
            end = links.start()
        while end > 0 and text[end - 1].isspace():
            end -= 1
        start, copy = _post_start(doc, sig, end)
        if start is None:
            continue
        while start < end and text[start].isspace():
            start += 1
        if end - start < _MIN_POST:
            continue
        spans = [(start, end)]
        if copy is not None:
            spans.append(copy)
        name = sig.group("name").strip()
        a = sig.start("name") + (len(sig.group("name")) - len(sig.group("name").lstrip()))
        canonical = " ".join(_without_emoji(name).split()) or name
        speaker = Speaker(name, a, a + len(name), canonical, "unknown", None, "mention")
        for s, e in spans:
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            inner = tuple((m.start, m.end) for m in marked if s <= m.open and m.close < e)
            out.append(Quote("mixed" if inner else "direct", s, e, text[s:e], speaker, None,
                             "Twitter", None, "embed.tweet", inner or ((s, e),)))
    return out


def _post_start(doc: Document, sig: re.Match[str], end: int
                ) -> tuple[int | None, tuple[int, int] | None]:
    """Where the post ending at ``end`` starts, and the span of its copy after the signature
    (or None)."""
    text = doc.norm
    after = sig.end()
    while after < len(text) and text[after] in " \t\xa0":
        after += 1
    probe = text[after:after + _COPY_PROBE]
    if len(probe.strip()) == _COPY_PROBE and "\n" not in probe:
        k = text.rfind(probe, max(0, sig.start() - 4 * _POST_MAX), end)
        if k != -1:
            n = 0  # the copy runs as long as it repeats the post
            while k + n < end and after + n < len(text) and text[k + n] == text[after + n]:
                n += 1
            copy_end = after + n
            while copy_end > after and text[copy_end - 1] in " .…,;:":
                copy_end -= 1
            return k, ((after, copy_end) if copy_end - after >= _MIN_POST else None)
    para = text.rfind("\n", 0, end) + 1
    if end - para <= _POST_MAX:
        return para, None
    return None, None
