"""Agency credits and bylines."""

from __future__ import annotations

import pytest

from analysis.attribution._credits import find_credits
from analysis.text import make_document


@pytest.mark.parametrize(
    ("text", "credits", "agencies"),
    [
        ("La trêve a volé en éclats.\nSource: agences et rédaction\nComments\n",
         ["Source: agences et rédaction"], [("agences",)]),
        ("PARIS (AFP) - Le gouvernement a annoncé mardi des mesures.", ["(AFP)"], [("AFP",)]),
        ("Aucun cas n'a été enregistré depuis septembre. (afp/nxp)", ["(afp/nxp)"],
         [("AFP",)]),
        ("Le texte a été adopté.\nATS/AFP\n", ["ATS/AFP"], [("ATS", "AFP")]),
        ("Le sommet aura lieu lundi, avec Reuters.", ["avec Reuters"], [("Reuters",)]),
        ("Par Jean Dupont\nLe gouvernement a annoncé mardi des mesures.", ["Par Jean Dupont"],
         [()]),
        ("Le gouvernement a annoncé mardi des mesures à l'AFP.", [], []),
    ],
)
def test_credits(text: str, credits: list[str], agencies: list[tuple[str, ...]]) -> None:
    found = find_credits(make_document(text, "fr"))
    assert [c.text for c in found] == credits
    assert [c.agencies for c in found] == agencies
    assert all(text[c.start:c.end] == c.text for c in found)
