"""The voice of a span (analysis/voice.py): narrative, quoted or reported, with the quote that
gives it, on the reference article's quotes and on the gold sets against the reference scorer."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from _gold import marks_in, reference_scorer

from analysis._types import Quote
from analysis.voice import VoiceMap

# The reference article's third paragraph and its gold quotes (seed-gold.jsonl): a direct quote,
# then a mixed quote whose fragment is in marks.
P = ("«Vladimir Poutine a appelé son interlocuteur à contribuer à la rupture de l'opposition "
     "modérée avec les groupes terroristes comme le Front Al-Nosra (la branche syrienne "
     "d'Al-Qaïda)» et d'autres groupes extrémistes qui «ne sont pas concernés par la trêve», "
     "selon le communiqué.")
DIRECT = (1, P.index("Qaïda)") + len("Qaïda)"))
MIXED = (P.index("d'autres"), P.index("trêve»") + len("trêve»"))
FRAGMENT = (P.index("ne sont pas"), P.index("trêve") + len("trêve"))
QUOTES = (
    Quote("direct", *DIRECT, P[DIRECT[0]:DIRECT[1]], None, None),
    Quote("mixed", *MIXED, P[MIXED[0]:MIXED[1]], None, None, marks=(FRAGMENT,)),
)


def span(word: str, nth: int = 0) -> tuple[int, int]:
    starts = [m.start() for m in re.finditer(re.escape(word), P)]
    return starts[nth], starts[nth] + len(word)


@pytest.mark.parametrize(("word", "nth", "expected"), [
    ("terroristes", 0, ("quoted", 0)),
    ("Vladimir", 0, ("quoted", 0)),          # first word of the direct quote
    ("Qaïda)", 0, ("quoted", 0)),            # last characters of the direct quote
    ("extrémistes", 0, ("reported", 1)),     # mixed quote, outside its marks
    ("concernés", 0, ("quoted", 1)),         # mixed quote, inside its marks
    ("trêve", 0, ("quoted", 1)),             # fragment ends exactly there
    ("selon", 0, ("narrative", None)),
    ("communiqué", 0, ("narrative", None)),
])
def test_voice_of_a_word(word, nth, expected):
    assert VoiceMap.from_quotes(QUOTES).voice(*span(word, nth)) == expected


def test_a_span_crossing_a_quote_boundary_is_not_inside_it():
    vm = VoiceMap.from_quotes(QUOTES)
    s, _ = span("Qaïda)")
    assert vm.voice(s, MIXED[0] + 3) == ("narrative", None)
    assert vm.voice(FRAGMENT[0] - 5, FRAGMENT[0] + 3) == ("reported", 1)


def test_no_quotes_means_the_outlets_own_voice():
    assert VoiceMap.from_quotes(()).voice(0, 10) == ("narrative", None)


TEXT = ("Il a déclaré que «l'opposition est terroriste», selon lui. Elle a dit que les rebelles "
        "avaient fui. «Il dit qu'il a entendu deux coups de feu», a expliqué un responsable.")


def _q(kind: str, a: str, b: str, marks: tuple[tuple[int, int], ...] = ()) -> Quote:
    s, e = TEXT.index(a), TEXT.index(b) + len(b)
    return Quote(kind, s, e, TEXT[s:e], None, None, marks=marks)


@pytest.mark.parametrize(("quotes", "word", "expected"), [
    # an indirect quote nested inside a direct one: the marks win, the index is the direct one
    (lambda: (_q("direct", "Il dit", "coups de feu"), _q("indirect", "il a entendu",
                                                        "coups de feu")),
     "entendu", ("quoted", 0)),
    # the same, listed the other way round
    (lambda: (_q("indirect", "il a entendu", "coups de feu"), _q("direct", "Il dit",
                                                                 "coups de feu")),
     "entendu", ("quoted", 1)),
    # a mixed quote inside an indirect one: inside the fragment, quoted by the inner quote
    (lambda: (_q("indirect", "que «l'", "terroriste»"),
              _q("mixed", "«l'opposition", "terroriste»",
                 marks=((TEXT.index("l'opposition"), TEXT.index("terroriste") + 10),))),
     "terroriste", ("quoted", 1)),
    # two reported quotes nested: the innermost gives the index
    (lambda: (_q("indirect", "que les rebelles", "avaient fui"),
              _q("indirect", "les rebelles", "avaient fui")),
     "rebelles", ("reported", 1)),
])
def test_nested_quotes(quotes, word, expected):
    s = TEXT.index(word)
    assert VoiceMap.from_quotes(quotes()).voice(s, s + len(word)) == expected


# -- agreement with the reference scorer on every word of the gold sets -------------------------

@pytest.fixture(scope="module")
def gold_voice(shared_contract: Path):
    return reference_scorer(shared_contract).gold_voice


@pytest.mark.parametrize("name", ["seed-gold.jsonl", "fr-news-dev.gold.jsonl",
                                  "polnear-dev.jsonl"])
def test_every_word_gets_the_voice_the_gold_quotes_give_it(shared_data, gold_voice, name):
    n = disagree = 0
    for line in (shared_data / "attribution" / name).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        text = rec["text"]
        quotes = tuple(
            Quote(q["type"], q["start"], q["end"], q["text"], None, None,
                  marks=marks_in(text, q["start"], q["end"]) if q["type"] == "mixed" else ())
            for q in rec["quotes"])
        vm = VoiceMap.from_quotes(quotes)
        for m in re.finditer(r"\w+", text):
            n += 1
            disagree += vm.voice(m.start(), m.end())[0] != gold_voice(
                text, rec["quotes"], m.start(), m.end())
    assert n > 300 and disagree == 0
