"""The one straight path: text -> Document -> attributions -> voice map -> lexicon hits ->
features -> ArticleAnalysis. Each step is a pure function of what came before."""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from ._types import ArticleAnalysis, Credit, Cue, LoadedTerm, Quote, Speaker
from .attribution import extract_attributions, sources_of
from .features import article_features
from .lexicon import find_loaded_terms
from .text import Document, make_document
from .text import versions as text_versions
from .voice import VoiceMap

__all__ = ["analyze"]


def analyze(
    text: str,
    lang: str | None = None,
    *,
    id: str = "article",
    outlet: str | None = None,
    meta: Mapping[str, Any] | None = None,
    lexicons: Sequence[str] = (),
    gazetteers: Sequence[str] = (),
) -> ArticleAnalysis:
    """Analyse one article.

    ``lang`` is ``"fr"``, ``"en"`` or None/``"auto"`` to detect it. ``lexicons`` are extra
    user lexicon files that add to or override the shipped ones; ``gazetteers`` are user files
    of sources (institutions, people, agencies) in the format of
    ``lexicons/attribution/gazetteer.tsv``. Offsets in the result are
    code-point offsets into ``text`` exactly as given.
    """
    if not isinstance(text, str):
        raise TypeError(f"analyze() needs the article as str, got {type(text).__name__}")
    doc = make_document(text, lang)
    attribution = extract_attributions(doc, tuple(str(g) for g in gazetteers))
    voices = VoiceMap.from_quotes(attribution.quotes)
    found = find_loaded_terms(doc, voices, extra=tuple(lexicons))
    terms = _without_cues(found.terms, attribution.quotes)
    if doc.norm is doc.text:  # nothing was normalised: offsets and texts are the original's
        quotes, terms_o, credits = attribution.quotes, terms, attribution.credits
    else:
        quotes = tuple(_quote_to_orig(doc, q) for q in attribution.quotes)
        terms_o = tuple(_term_to_orig(doc, t) for t in terms)
        credits = tuple(_credit_to_orig(doc, c) for c in attribution.credits)
    sources = sources_of(quotes, credits)
    features = article_features(doc, quotes, terms_o, sources, credits)
    versions = {**text_versions(), **attribution.versions, **found.versions}
    return ArticleAnalysis(
        id=str(id),
        text=text,
        language=doc.lang,
        n_words=doc.n_words,
        n_sentences=len(doc.sentences),
        quotes=quotes,
        loaded_terms=terms_o,
        sources=sources,
        credits=credits,
        features=features,
        versions=versions,
        outlet=outlet,
        meta=dict(meta or {}),
    )


def _without_cues(terms: tuple[LoadedTerm, ...], quotes: tuple[Quote, ...]
                  ) -> tuple[LoadedTerm, ...]:
    """Lexicon hits on a quote's own cue ("affirmant", "a dénoncé") are not counted again as
    wording: the cue's stance is already recorded in ``quote.cue.category``."""
    cues = sorted((q.cue.start, q.cue.end) for q in quotes if q.cue is not None)
    if not cues:
        return terms
    starts = [a for a, _ in cues]

    def on_cue(t: LoadedTerm) -> bool:
        k = bisect.bisect_left(starts, t.end) - 1  # the last cue starting before the term ends
        return k >= 0 and cues[k][1] > t.start

    return tuple(t for t in terms if not on_cue(t))


# -- mapping offsets from the matching view back to the original string ----------------------

def _quote_to_orig(doc: Document, q: Quote) -> Quote:
    if doc.to_orig is None:
        # same offsets: only the texts change (apostrophes, spaces), without dataclasses.replace;
        # an object whose text does not change is kept (most speakers and cues)
        t = doc.text
        sp = q.speaker
        if sp is not None and sp.start is not None and sp.end is not None:
            text = t[sp.start:sp.end]
            if text != sp.text:
                sp = Speaker(text, sp.start, sp.end, sp.canonical, sp.type, sp.affiliation,
                             sp.resolved_by)
        cue = q.cue
        if cue is not None:
            text = t[cue.start:cue.end]
            if text != cue.text:
                cue = Cue(text, cue.lemma, cue.start, cue.end, cue.category, cue.negated,
                          cue.conditional)
        text = t[q.start:q.end]
        if text == q.text and sp is q.speaker and cue is q.cue:
            return q
        return Quote(q.type, q.start, q.end, text, sp, cue, q.channel, q.intermediary, q.rule,
                     q.marks)
    o = doc.orig
    sp = q.speaker
    if sp is not None and sp.start is not None and sp.end is not None:
        sp = replace(sp, start=o(sp.start), end=o(sp.end), text=doc.text[o(sp.start):o(sp.end)])
    cue = q.cue
    if cue is not None:
        cue = replace(cue, start=o(cue.start), end=o(cue.end),
                      text=doc.text[o(cue.start):o(cue.end)])
    start, end = o(q.start), o(q.end)
    return replace(q, start=start, end=end, text=doc.text[start:end], speaker=sp, cue=cue,
                   marks=tuple((o(a), o(b)) for a, b in q.marks))


def _term_to_orig(doc: Document, t: LoadedTerm) -> LoadedTerm:
    if doc.to_orig is None:  # same offsets: only the text changes, if it does
        text = doc.text[t.start:t.end]
        if text == t.text:
            return t
        fields = dict(vars(t))
        fields["text"] = text
        return LoadedTerm(**fields)
    start, end = doc.orig(t.start), doc.orig(t.end)
    marks = None if t.scare_quote is None else (doc.orig(t.scare_quote[0]),
                                                 doc.orig(t.scare_quote[1]))
    return replace(t, start=start, end=end, text=doc.text[start:end], scare_quote=marks)


def _credit_to_orig(doc: Document, c: Credit) -> Credit:
    start, end = doc.orig(c.start), doc.orig(c.end)
    return replace(c, start=start, end=end, text=doc.text[start:end])

