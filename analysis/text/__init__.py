"""The text layer: an offset-keeping normalised view, paragraphs, sentences, tokens, language."""

from __future__ import annotations

from dataclasses import dataclass, field

from ._lang import detect_language
from ._normalize import normalize
from ._segment import count_words, paragraphs, sentences, tokens, versions

__all__ = ["Document", "count_words", "detect_language", "make_document", "normalize",
           "paragraphs", "sentences", "tokens", "versions"]


@dataclass(frozen=True)
class Document:
    """An article ready for analysis.

    ``text`` is the original string; ``norm`` is the matching view (see ``normalize``). Every
    offset produced by the analysis is into ``norm`` until ``orig`` maps it back to ``text``.
    """

    text: str
    norm: str
    lang: str
    paragraphs: tuple[tuple[int, int], ...]
    sentences: tuple[tuple[int, int], ...]
    n_words: int
    to_orig: list[int] | None = field(default=None, repr=False)
    lower: str = field(default="", repr=False)  # norm lower-cased, same offsets

    def orig(self, i: int) -> int:
        return i if self.to_orig is None else self.to_orig[i]


def make_document(text: str, lang: str | None = None) -> Document:
    norm, to_orig = normalize(text)
    if lang in (None, "auto"):
        lang = detect_language(norm)
    if lang not in ("fr", "en"):
        raise ValueError(f"unsupported language {lang!r}: use 'fr', 'en' or 'auto'")
    lower = norm.lower()
    if len(lower) != len(norm):  # a few code points change length when lower-cased (İ)
        lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in norm)
    paras = paragraphs(norm)
    return Document(
        text=text,
        norm=norm,
        lang=lang,
        paragraphs=tuple(paras),
        sentences=tuple(sentences(norm, paras=paras)),
        n_words=count_words(norm),
        to_orig=to_orig,
        lower=lower,
    )
