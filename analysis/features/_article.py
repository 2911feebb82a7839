"""The named features of one article: the same names, in the same order, for every article.

Every feature is a float. Shares are in [0, 1] and are 0 when their denominator is 0 (an article
without quotes has ``direct_share`` 0); rates are per 1,000 words of the outlet's own voice
(narrative words: the words outside every quote span). ``FEATURES`` documents each name; the
README table is written from it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from types import MappingProxyType

from .._types import Credit, LoadedTerm, Quote, Source
from ..lexicon import LOADED_CATEGORIES
from ..lexicon._categories import REPORTED
from ..text import Document, count_words

__all__ = ["CUE_CATEGORIES", "FEATURES", "FEATURE_NAMES", "SOURCE_TYPES", "article_features"]

#: speaker types of analysis.attribution (anything else counts as "unknown")
SOURCE_TYPES = ("person", "government", "military", "organization", "agency", "media",
                "document", "anonymous", "unknown")
#: cue categories of analysis.attribution (anything else counts as "other")
CUE_CATEGORIES = ("neutral", "assertive", "distancing", "critical", "conceding", "denying",
                  "directive", "emotive", "marker", "colon", "other")


def _table() -> dict[str, str]:
    t: dict[str, str] = {
        "n_words": "words in the article",
        "own_voice_ratio": "share of the words outside every quote span (the outlet's own voice)",
        "n_loaded": "loaded terms (categories labeling, contested, charged, intensifier), any "
                    "voice",
        "loaded_per_1k": "loaded terms in the outlet's own voice per 1,000 narrative words",
    }
    for cat in REPORTED:
        t[f"{cat}_per_1k"] = f"'{cat}' lexicon terms in the outlet's own voice per 1,000 " \
                             "narrative words"
    t.update({
        "loaded_own_voice_share": "share of the loaded terms that are in the outlet's own voice",
        "loaded_quoted_share": "share of the loaded terms inside quotation marks of a quote",
        "loaded_reported_share": "share of the loaded terms inside reported speech",
        "scare_quoted_share": "share of the own-voice loaded terms set in scare quotes",
        "targeted_label_share": "share of the labels (labeling, contested) whose target actor "
                                "is named next to them",
        "n_quotes": "quotes (direct, indirect and mixed)",
        "quotes_per_1k": "quotes per 1,000 words",
        "quotes_direct": "direct quotes",
        "quotes_indirect": "indirect quotes",
        "quotes_mixed": "mixed quotes",
        "direct_share": "share of the quotes that are direct",
        "unattributed_share": "share of the quotes with no speaker",
        "anonymous_share": "share of the quotes from an anonymous source",
    })
    for st in SOURCE_TYPES:
        t[f"source_{st}_share"] = f"share of the attributed quotes whose speaker is of type " \
                                  f"'{st}'"
    t.update({
        "n_sources": "distinct quoted sources",
        "source_entropy": "Shannon entropy (bits) of the quotes over the sources: 0 when one "
                          "source says everything",
        "source_entropy_norm": "source entropy divided by its maximum log2(n_sources) (0 with "
                               "fewer than two sources)",
        "top_source_share": "share of the attributed quotes from the most quoted source",
        "n_affiliations": "distinct affiliations (country or camp) among the quoted sources",
        "top_affiliation_share": "share of the quotes with a known affiliation that come from "
                                 "the most quoted affiliation",
        "affiliation_balance": "quotes of the second most quoted affiliation divided by those of "
                               "the first (1 = balanced, 0 = one side or none)",
        "unaffiliated_share": "share of the attributed quotes whose source has no known "
                              "affiliation",
        "agency_credited": "1 when the article credits a news agency (AFP, Reuters, "
                           "agences...), else 0",
        "n_credited_agencies": "distinct agencies credited",
    })
    for cat in CUE_CATEGORIES:
        t[f"cue_{cat}_share"] = f"share of the quotes whose cue (reporting verb or marker) is " \
                                f"'{cat}'"
    t.update({
        "distancing_cue_share": "share of the quotes introduced by a distancing cue "
                                "(prétendre, selon ses dires, claim) or a conditional cue",
        "conditional_cue_share": "share of the quotes whose cue is in the conditional "
                                 "(aurait déclaré)",
        "negated_cue_share": "share of the quotes whose cue is negated (n'a pas dit)",
    })
    return t


#: feature name -> what it measures, in output order
FEATURES = MappingProxyType(_table())
#: the feature names, in output order
FEATURE_NAMES = tuple(FEATURES)


def _share(a: float, b: float) -> float:
    return a / b if b else 0.0


def _quoted_words(text: str, quotes: Sequence[Quote]) -> int:
    """Words inside the union of the quote spans."""
    n, pos = 0, 0
    for s, e in sorted((q.start, q.end) for q in quotes if q.end > q.start):
        s = max(s, pos)
        if e > s:
            n += count_words(text[s:e])  # counted as doc.n_words is
            pos = e
    return n


def article_features(doc: Document, quotes: Sequence[Quote], terms: Sequence[LoadedTerm],
                     sources: Sequence[Source], credits: Sequence[Credit]) -> dict[str, float]:
    """The named features of one article (offsets of ``quotes``/``terms``/``credits`` are into
    ``doc.text``). The keys are exactly :data:`FEATURE_NAMES`, in that order."""
    f: dict[str, float] = dict.fromkeys(FEATURE_NAMES, 0.0)
    n_words = doc.n_words
    # quotes are in offsets of doc.text; count words on a same-length view with the
    # apostrophes of the matching view, so that the counts agree with doc.n_words
    view = doc.norm if doc.to_orig is None else doc.text.replace("’", "'")
    narrative = max(0, n_words - _quoted_words(view, quotes)) if quotes else n_words
    f["n_words"] = float(n_words)
    f["own_voice_ratio"] = _share(narrative, n_words) if n_words else 1.0
    per_k = 1000.0 / narrative if narrative else 0.0

    # loaded terms
    loaded = [t for t in terms if t.category in LOADED_CATEGORIES]
    own = [t for t in loaded if t.voice == "narrative"]
    f["n_loaded"] = float(len(loaded))
    f["loaded_per_1k"] = len(own) * per_k
    by_cat = Counter(t.category for t in terms if t.voice == "narrative")
    for cat in REPORTED:
        f[f"{cat}_per_1k"] = by_cat[cat] * per_k
    f["loaded_own_voice_share"] = _share(len(own), len(loaded))
    f["loaded_quoted_share"] = _share(sum(t.voice == "quoted" for t in loaded), len(loaded))
    f["loaded_reported_share"] = _share(sum(t.voice == "reported" for t in loaded), len(loaded))
    f["scare_quoted_share"] = _share(sum(t.scare_quoted for t in own), len(own))
    labels = [t for t in terms if t.category in ("labeling", "contested")]
    f["targeted_label_share"] = _share(sum(t.target is not None for t in labels), len(labels))

    # quotes
    nq = len(quotes)
    types = Counter(q.type for q in quotes)
    f["n_quotes"] = float(nq)
    f["quotes_per_1k"] = nq * 1000.0 / n_words if n_words else 0.0
    f["quotes_direct"] = float(types["direct"])
    f["quotes_indirect"] = float(types["indirect"])
    f["quotes_mixed"] = float(types["mixed"])
    f["direct_share"] = _share(types["direct"], nq)
    speakers = [q.speaker for q in quotes if q.speaker is not None]
    f["unattributed_share"] = _share(nq - len(speakers), nq)
    kinds = Counter(sp.type if sp.type in SOURCE_TYPES else "unknown" for sp in speakers)
    f["anonymous_share"] = _share(kinds["anonymous"], nq)
    for st in SOURCE_TYPES:
        f[f"source_{st}_share"] = _share(kinds[st], len(speakers))

    # sources: the quoted ones (credited agencies have n_quotes 0)
    counts = [s.n_quotes for s in sources if s.n_quotes > 0]
    total = sum(counts)
    f["n_sources"] = float(len(counts))
    entropy = -sum(c / total * math.log2(c / total) for c in counts) if total else 0.0
    f["source_entropy"] = entropy + 0.0
    f["source_entropy_norm"] = entropy / math.log2(len(counts)) if len(counts) > 1 else 0.0
    f["top_source_share"] = _share(max(counts, default=0), total)
    aff = Counter()
    for s in sources:
        if s.n_quotes > 0 and s.affiliation:
            aff[s.affiliation] += s.n_quotes
    top = aff.most_common(2)
    f["n_affiliations"] = float(len(aff))
    f["top_affiliation_share"] = _share(top[0][1], sum(aff.values())) if top else 0.0
    f["affiliation_balance"] = top[1][1] / top[0][1] if len(top) > 1 else 0.0
    f["unaffiliated_share"] = _share(total - sum(aff.values()), total)

    # credits
    agencies = {a for c in credits for a in c.agencies}
    f["agency_credited"] = 1.0 if agencies else 0.0
    f["n_credited_agencies"] = float(len(agencies))

    # cues
    cues = [q.cue for q in quotes]
    cats = Counter((c.category if c.category in CUE_CATEGORIES else "other") if c else None
                   for c in cues)
    for cat in CUE_CATEGORIES:
        f[f"cue_{cat}_share"] = _share(cats[cat], nq)
    f["conditional_cue_share"] = _share(sum(bool(c and c.conditional) for c in cues), nq)
    f["distancing_cue_share"] = _share(
        sum(bool(c and (c.category == "distancing" or c.conditional)) for c in cues), nq)
    f["negated_cue_share"] = _share(sum(bool(c and c.negated) for c in cues), nq)
    return f
