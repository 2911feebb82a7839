"""Sources of an article: one entry per speaker (by canonical name) and per credited agency."""

from __future__ import annotations

import pytest

from analysis._types import Quote, Speaker
from analysis.attribution import sources_of


def _quote(start: int, speaker: Speaker | None) -> Quote:
    return Quote("direct", start, start + 5, "xxxxx", speaker, None, None, None, "test", ())


@pytest.mark.parametrize(
    ("speakers", "expected"),
    [
        # two mentions of one canonical speaker: one source, both mentions kept in order
        ([Speaker("le Kremlin", 0, 10, "Kremlin", "government", "RU", "mention"),
          Speaker("Moscou", 20, 26, "Kremlin", "government", "RU", "mention")],
         [("Kremlin", 2, ("le Kremlin", "Moscou"))]),
        # a speaker carried over from the previous quote has no mention of its own
        ([Speaker(None, None, None, "John Kerry", "person", "US", "previous-quote")],
         [("John Kerry", 1, ())]),
        # neither a name nor a mention: counted under "unknown", not a crash
        ([Speaker(None, None, None, None, "unknown", None, "previous-quote"),
          Speaker("", 3, 3, "", "unknown", None, "mention")],
         [("unknown", 2, ())]),
        ([None], []),
    ],
)
def test_sources_of(speakers: list[Speaker | None], expected: list[tuple]) -> None:
    quotes = [_quote(10 * k, sp) for k, sp in enumerate(speakers)]
    got = [(s.name, s.n_quotes, s.mentions) for s in sources_of(quotes, ())]
    assert got == expected


# -- offices: a role without a name resolves to the one holder the article names -------------

@pytest.mark.parametrize(("role", "lang", "text", "holder"), [
    ("le président français", "fr", "Emmanuel Macron était à Bruxelles.", "Emmanuel Macron"),
    # a surname alone names the holder, written with or without its accents
    ("le chef du gouvernement", "fr", "M. Philippe a parlé. Edouard Philippe a ajouté.",
     "Édouard Philippe"),
    ("le président américain", "fr", "Trump a tweeté.", "Donald Trump"),
    # two holders of the office named: neither
    ("le président français", "fr", "François Hollande a salué Emmanuel Macron.", None),
    # a surname that is also a first name does not name the holder
    ("le premier ministre", "fr", "Philippe Martinez a répondu.", None),
    # a bare "président" is not the head of state when another presidency is named
    ("le président", "fr", "Emmanuel Macron a reçu le président du Medef.", None),
    ("the secretary of state", "en", "Kerry and Lavrov met in Geneva.", "John Kerry"),
    ("the president", "en", "Obama met Netanyahu.", "Barack Obama"),
    ("the White House press secretary", "en", "Josh Earnest spoke on Monday.", "Josh Earnest"),
    ("the president", "en", "Obama and Trump spoke.", None),
    ("the chairman", "en", "Obama spoke.", None),
])
def test_office_holder(role: str, lang: str, text: str, holder: str | None) -> None:
    from analysis.attribution._sources import office_holder

    assert office_holder(role, lang, text.lower()) == holder


def test_offices_file_is_versioned_and_checked(tmp_path) -> None:
    from analysis._data import DataFileError
    from analysis.attribution._sources import read_offices, versions

    assert versions()["sourcebias-offices"] == "1.4.0"
    bad = tmp_path / "offices.tsv"
    bad.write_text("# name: mine\n# version: 1\nrole\tholder\tcountry\tlang\n"
                   "président\tEmmanuel Macron\tFR\tde\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"offices.tsv:4: .*lang"):
        read_offices(str(bad))


def test_roles_file_is_versioned_and_checked(tmp_path) -> None:
    from analysis._data import DataFileError
    from analysis.attribution._sources import read_roles, versions

    assert versions()["sourcebias-roles-fr"] == "1.4.0"
    roles, private, _tag = read_roles("attribution/roles.fr.tsv")
    assert roles["sage-femme"] == "person" and "retraité" in private
    assert "ministre" in roles and "ministre" not in private
    bad = tmp_path / "roles.tsv"
    bad.write_text("# name: mine\n# version: 1\nrole\ttype\tprivate\n"
                   "retraité\tperson\toui\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"roles.tsv:4: private is 'yes' or empty"):
        read_roles(str(bad))


@pytest.mark.parametrize(("text", "kind", "expected"), [
    # the last outlet named with a capital before the position
    ("La RTBF a constaté, puis Le Soir a écrit que", "media", "Le Soir"),
    ("Selon l'AFP et Le Monde, rapporte l'agence", "agency", "AFP"),
    # a common word that is also an outlet's alias counts only when capitalised
    ("Le Monde a écrit. Le temps presse et le point est clair", "media", "Le Monde"),
    ("Le temps presse.", "media", None),
    ("According to Haaretz and the BBC, the paper said", "media", "BBC"),
])
def test_last_outlet_before(text: str, kind: str, expected: str | None) -> None:
    from analysis.attribution._sources import last_outlet_before

    found = last_outlet_before(text, text.lower(), len(text), kind)
    assert (found[1].canonical if found else None) == expected
    if found:  # where the name is written
        assert text[found[0]:].lower().startswith(found[1].canonical.lower().split()[-1]) or \
            text[found[0]:].lower().startswith(found[1].canonical.lower())
