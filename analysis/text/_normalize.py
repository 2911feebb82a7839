"""Normalisation that keeps offsets into the original string.

The matching view (``norm``) has the same length as the original whenever the text is already
in NFC (nearly always): apostrophes, exotic spaces and carriage returns are replaced one code
point for one code point. When the text is not NFC (decomposed accents), ``to_orig`` maps each
index of ``norm`` back to the original string.
"""

from __future__ import annotations

import unicodedata

# one code point -> one code point, so offsets never move
_SAME_LENGTH = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u2002": " ", "\u2003": " ",
    "\u2008": " ", "\u200a": " ", "\u3000": " ", "\t": " ", "\r": " ", "\u2028": "\n",
    "\u2029": "\n", "\u00ad": " ", "\u200b": " ", "\ufeff": " ",
}


def _same_length(text: str) -> str:
    # str.replace per character present is much faster than str.translate with a dict
    for src, dst in _SAME_LENGTH.items():
        if src in text:
            text = text.replace(src, dst)
    return text


def normalize(text: str) -> tuple[str, list[int] | None]:
    """Return ``(norm, to_orig)``; ``to_orig`` is None when offsets are unchanged."""
    if unicodedata.is_normalized("NFC", text):
        return _same_length(text), None
    pieces: list[str] = []
    to_orig: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        composed = unicodedata.normalize("NFC", text[i:j])
        for k, ch in enumerate(composed):
            pieces.append(ch)
            to_orig.append(i if len(composed) != j - i else i + k)
        i = j
    to_orig.append(n)
    return _same_length("".join(pieces)), to_orig
