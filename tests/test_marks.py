"""analysis.attribution._marks: quotation marks paired by type."""

from __future__ import annotations

import time

import pytest

from analysis.attribution._marks import find_marked
from analysis.text import normalize, paragraphs


def _inner(text: str) -> list[str]:
    norm, _ = normalize(text)
    return [norm[m.start:m.end] for m in find_marked(norm, paragraphs(norm))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("«Les deux parties ont confirmé leur volonté», précise le Kremlin.",
         ["Les deux parties ont confirmé leur volonté"]),
        ("«\u00a0Il ne s’agit ni d’une censure\u00a0», a assuré à l’AFP la chaîne.",
         ["Il ne s'agit ni d'une censure"]),
        # nested marks of another type stay inside
        ("«Il a dit “non” hier», a-t-il ajouté.", ["Il a dit “non” hier"]),
        # straight quotes, paired by position
        ('"Les militants sont excédés", a indiqué lundi soir Jean-Marc Namotte.',
         ["Les militants sont excédés"]),
        ('a admis avoir "mal réagi" mais s\'être "défendu" face aux violences',
         ["mal réagi", "défendu"]),
        # low-high German style
        ("„Wir schaffen das“, sagte sie.", ["Wir schaffen das"]),
        # a stray closing mark is ignored
        ("Il a dit » puis «rien de plus».", ["rien de plus"]),
        # a quote that is not closed stops at the end of its paragraph
        ("«Début sans fin\nParagraphe suivant.", ["Début sans fin"]),
        # a quote over two paragraphs: the second reopens it
        ("«Premier paragraphe.\n«Second paragraphe.» a-t-il dit.",
         ["Premier paragraphe.\n«Second paragraphe."]),
        # a dialogue dash opens a quote to the end of the paragraph
        ("— Nous partirons demain.\nLe lendemain, ils partirent.", ["Nous partirons demain."]),
        # mixed typography: a straight mark closed by a curly one, and the other way round
        ('"Cette éducation n\'est pas à négocier”, a lancé Mme Ramata Boly. Elle est partie.',
         ["Cette éducation n'est pas à négocier"]),
        ('"Never underestimate Trump,” Reid said. “A real unusual deal we have here." Still.',
         ["Never underestimate Trump,", "A real unusual deal we have here."]),
        # some sites print ” … “ for “ … ”, spaced in French
        ("M. Macron a jugé la présence russe ” préoccupante “.", ["préoccupante"]),
        # a straight mark right after a French elision opens (not after an English possessive)
        ('Il a ajouté qu\'"il est évident que tout ira bien", interrogé par BFMTV.',
         ["il est évident que tout ira bien"]),
        ('on pouvait parler d\'"un renforcement de l\'hypothèse" ici', ["un renforcement de "
                                                                       "l'hypothèse"]),
        ("the Joneses'\"s house", []),
    ],
)
def test_find_marked(text: str, expected: list[str]) -> None:
    assert _inner(text) == expected


def test_many_unbalanced_marks_stay_linear() -> None:
    # thousands of unbalanced marks in one paragraph: one pass, no quadratic blow-up
    text = ("« ouvert " * 20000) + ("» fermé " * 7000) + '" ' * 5000
    t0 = time.perf_counter()
    found = find_marked(text, paragraphs(text))
    assert time.perf_counter() - t0 < 10  # generous: linear work takes well under a second
    assert all(m.start <= m.end for m in found)


@pytest.mark.parametrize(
    ("text", "outer"),
    [
        ("«Oui», a-t-il dit.", ["«Oui»"]),
        ("«Début sans fin\nParagraphe suivant.", ["«Début sans fin"]),
        ("— Nous partirons demain.", ["— Nous partirons demain."]),
    ],
)
def test_outer_never_runs_past_the_text(text: str, outer: list[str]) -> None:
    norm, _ = normalize(text)
    found = find_marked(norm, paragraphs(norm))
    assert [norm[slice(*m.outer)] for m in found] == outer
    assert all(m.outer[1] <= len(norm) for m in found)


def test_lost_opening_mark_before_an_incise() -> None:
    text = ("Il s’agit de terroristes qui ont récemment mené des attentats», a-t-il ajouté.\n"
            "Il a dit » puis il est parti.")
    norm, _ = normalize(text)
    (m,) = find_marked(norm, paragraphs(norm))
    assert norm[m.start:m.end] == "Il s'agit de terroristes qui ont récemment mené des attentats"
    assert not m.opened and m.outer == (0, m.close + 1)
