"""The closed set of lexicon categories. A lexicon row with any other category is an error.

Two families: ``loaded`` categories are the outlet's word choices that carry a judgement (they
count as loaded language); ``marker`` categories are stance and epistemic markers (hedges,
factives, reporting cues, the conditional) that the features measure but that are not loaded
language by themselves. ``exclude`` rows name neutral uses of a loaded word ("régime de
retraite"): they win the longest match and are never reported.
"""

from __future__ import annotations

from types import MappingProxyType

__all__ = ["CATEGORIES", "LOADED_CATEGORIES", "MARKER_CATEGORIES"]

_TABLE = (
    # name, family, description
    ("labeling", "loaded",
     "a label for an actor that judges it: terroriste, régime, junte, thug, regime"),
    ("contested", "loaded",
     "a contested name for an event, place or policy, with a neutral alternative: annexion, "
     "opération spéciale, invasion, death tax"),
    ("charged", "loaded",
     "an emotionally charged, pejorative or laudatory word: carnage, honteux, scandale, "
     "outrageous, slammed"),
    ("intensifier", "loaded",
     "an intensifier or exaggeration: extrêmement, sans précédent, totalement, utterly"),
    ("hedge", "marker",
     "a hedge that weakens a claim: peut-être, semble-t-il, probablement, reportedly"),
    ("factive", "marker",
     "a factive verb that presupposes its complement is true: révéler, reconnaître, realize"),
    ("assertive", "marker",
     "an assertive verb that asserts its complement with a degree of certainty: affirmer, "
     "prétendre, claim, insist"),
    ("implicative", "marker",
     "an implicative verb that implies its complement happened or not: réussir à, oser, "
     "manage to, fail to"),
    ("distancing", "marker",
     "a word by which the writer distances itself from a claim or name: soi-disant, "
     "prétendu, so-called, alleged"),
    ("critical", "marker",
     "a critical reporting cue: fustiger, s'insurger, dénoncer, criticize, decry, lash out"),
    ("conditional", "marker",
     "the journalistic conditional (information not confirmed): aurait, seraient"),
    ("exclude", "exclude",
     "a neutral use of a loaded word, never reported: régime de retraite, regime change"),
)

#: name -> description, every category a lexicon row may use.
CATEGORIES = MappingProxyType({name: desc for name, _, desc in _TABLE})
#: categories that count as loaded language (the outlet's judgement in its choice of words).
LOADED_CATEGORIES = frozenset(name for name, fam, _ in _TABLE if fam == "loaded")
#: stance and epistemic markers, measured by the features but not loaded language.
MARKER_CATEGORIES = frozenset(name for name, fam, _ in _TABLE if fam == "marker")
#: reported categories, in a fixed order (feature names follow it).
REPORTED = tuple(name for name, fam, _ in _TABLE if fam != "exclude")
