"""Result types: frozen dataclasses, every span an offset into the original text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from ._frozen import fast_init

QuoteType = Literal["direct", "indirect", "mixed"]
Voice = Literal["narrative", "quoted", "reported"]

SCHEMA_VERSION = "1.0.0"


@fast_init
@dataclass(frozen=True)
class Speaker:
    """Who a quote is attributed to.

    ``text``/``start``/``end`` is the mention as written next to the quote (may be a pronoun);
    ``canonical`` is the resolved entity (fullest name in the article, institution, author of a
    document); ``type`` and ``affiliation`` come from the gazetteer.
    """

    text: str | None
    start: int | None
    end: int | None
    canonical: str | None
    type: str = "unknown"
    affiliation: str | None = None
    resolved_by: str | None = None  # "mention", "pronoun", "role", "document", "previous-quote"


@fast_init
@dataclass(frozen=True)
class Cue:
    """The reporting verb or attribution marker that introduces a quote."""

    text: str
    lemma: str
    start: int
    end: int
    category: str  # neutral, assertive, distancing, critical, conceding, marker, colon
    negated: bool = False
    conditional: bool = False


@fast_init
@dataclass(frozen=True)
class Quote:
    type: QuoteType
    start: int
    end: int
    text: str
    speaker: Speaker | None
    cue: Cue | None
    channel: str | None = None
    intermediary: str | None = None
    rule: str = ""
    marks: tuple[tuple[int, int], ...] = ()  # quoted fragments (inside the marks) within the span


@fast_init
@dataclass(frozen=True)
class LoadedTerm:
    text: str
    start: int
    end: int
    entry: str
    category: str
    voice: Voice
    quote_index: int | None = None
    lexicon: str | None = None
    neutral: tuple[str, ...] = ()
    target: str | None = None
    scare_quoted: bool = False
    #: offsets of the opening and the closing mark when the term is in scare quotes
    scare_quote: tuple[int, int] | None = None


@fast_init
@dataclass(frozen=True)
class Source:
    name: str
    type: str
    affiliation: str | None
    n_quotes: int
    mentions: tuple[str, ...] = ()


@fast_init
@dataclass(frozen=True)
class Credit:
    text: str
    start: int
    end: int
    agencies: tuple[str, ...] = ()


@dataclass(frozen=True)
class ArticleAnalysis:
    id: str
    text: str
    language: str
    n_words: int
    n_sentences: int
    quotes: tuple[Quote, ...]
    loaded_terms: tuple[LoadedTerm, ...]
    sources: tuple[Source, ...]
    credits: tuple[Credit, ...]
    features: dict[str, float]
    versions: dict[str, str]
    outlet: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def to_dict(self, *, include_text: bool = False) -> dict[str, Any]:
        """The JSON record of ``sourcebias analyze`` (contract/analysis.schema.json)."""
        out: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "outlet": self.outlet,
            "language": self.language,
            "n_words": self.n_words,
            "n_sentences": self.n_sentences,
            "quotes": [_quote_dict(q) for q in self.quotes],
            "loaded_terms": [_drop_none(_flat(t)) | {"quote_index": t.quote_index}
                             for t in self.loaded_terms],
            "sources": [_flat(s) for s in self.sources],
            "credits": [c.text for c in self.credits],
            "credit_spans": [_flat(c) for c in self.credits],
            "features": dict(self.features),
            "versions": dict(self.versions),
        }
        for k, v in self.meta.items():
            out.setdefault(k, v)
        if include_text:
            out["text"] = self.text
        return out


def _flat(obj: Any) -> dict[str, Any]:
    """A flat result dataclass as a dict, tuples as lists (``asdict`` deep-copies: slower)."""
    return {k: (list(v) if isinstance(v, tuple) else v) for k, v in vars(obj).items()}


def _drop_none(d: dict[str, Any]) -> dict[str, Any]:
    return {k: (list(v) if isinstance(v, tuple) else v) for k, v in d.items() if v is not None}


def _quote_dict(q: Quote) -> dict[str, Any]:
    d = dict(vars(q))
    d["speaker"] = None if q.speaker is None else dict(vars(q.speaker))
    d["cue"] = None if q.cue is None else dict(vars(q.cue))
    d["marks"] = [list(m) for m in q.marks]
    return d
