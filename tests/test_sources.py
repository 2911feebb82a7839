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

    assert versions()["sourcebias-roles-fr"] == "1.6.0"
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


# -- English mentions: the role before the name, the nationality, the body it speaks for -----
# (mentions as the English rules give them on PolNeAR train and BASIL, and the reference
# article's speakers written in English)

@pytest.mark.parametrize(("mention", "canonical", "expected"), [
    # an office held, with the nationality or country that goes with it
    ("Russian Foreign Minister Sergey Lavrov", "Sergey Lavrov", ("government", "RU")),
    ("Iran's foreign minister Mohammad Javad Zarif", "Mohammad Javad Zarif",
     ("government", "IR")),
    ("Syrian President Bashar al-Assad", "Bashar al-Assad", ("government", "SY")),
    ("Homeland Security Secretary Kirstjen Nielsen", "Kirstjen Nielsen", ("government", None)),
    ("Sen. Rob Portman", "Rob Portman", ("government", None)),
    # the gazetteer first: a person or a body it knows, a country by metonymy
    ("Secretary of State John Kerry", "John Kerry", ("government", "US")),
    ("the Kremlin", "Kremlin", ("government", "RU")),
    ("North Korea", "North Korea", ("government", "KP")),
    # ranks; a rank no longer held is a person's past
    ("Rear Admiral Guan Youfei", "Guan Youfei", ("military", None)),
    ("Col. Steven H. Warren", "Steven H. Warren", ("military", None)),
    ("Retired Lt. Gen. Michael Flynn", "Michael Flynn", (None, None)),
    ("former Secretary of State Hillary Clinton", "Hillary Clinton", ("person", "US")),
    # a representative takes the type of the body named with it
    ("White House press secretary Josh Earnest", "Josh Earnest", ("government", "US")),
    ("Chinese Foreign Ministry spokesman Lu Kang", "Lu Kang", ("government", "CN")),
    ("Pentagon spokesman Navy Capt. Jeff Davis", "Jeff Davis", ("military", "US")),
    ("a spokeswoman for the State Department", "State Department", ("government", "US")),
    ("McGinty campaign spokesman Sean Coit", "Sean Coit", ("organization", None)),
    # the head of a body is no office of state; a body is its own type
    ("union President Randi Weingarten", "Randi Weingarten", ("person", None)),
    ("Cecile Richards, president of the Planned Parenthood Federation of America",
     "Cecile Richards", ("person", "US")),
    ("The Clinton campaign", "Clinton campaign", ("organization", "US")),
    ("The Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights",
     ("organization", "SY")),
    ("a Reuters/Ipsos poll", "Reuters/Ipsos poll", ("document", "GB")),
    ("The FBI", "FBI", ("government", "US")),
    ("the editorial board", "editorial board", ("media", None)),
    ("The email", "email", ("document", None)),
    # a role that modifies a noun, a role in a relative clause, a name that is a country
    ("Jose Yepez, a city council member in Somerton", "Jose Yepez", (None, None)),
    ("Christine Toretti, a longtime Republican donor in Pennsylvania, who headed her "
     "family's oil-drilling company", "Christine Toretti", (None, None)),
    ("Rep. Steve Israel", "Steve Israel", ("government", None)),
    ("David French of the National Retail Federation", "David French", (None, None)),
    ("Frederic C. Hof, a former adviser on Syria in the administration", "Frederic C. Hof",
     (None, None)),
    ("Hezbollah leader Hassan Nasrallah", "Hassan Nasrallah", ("person", None)),
    # (allsides-abp, Middle East and terrorism) a body the gazetteer names before the office
    # is no organization whose head that would be; armed forces are military
    ("European Union foreign ministers", "European Union foreign ministers",
     ("government", "EU")),
    ("the Israel Defense Forces", "Israel Defense Forces", ("military", "IL")),
    ("the Brotherhood", "Muslim Brotherhood", ("organization", None)),
])
def test_english_source(mention: str, canonical: str, expected: tuple) -> None:
    from analysis.attribution._sources import english_source

    assert english_source(mention, canonical) == expected


def test_english_roles_file_is_versioned_and_read_like_the_french_one() -> None:
    from analysis.attribution._sources import read_roles

    roles, _private, tag = read_roles("attribution/roles.en.tsv")
    assert tag.startswith("sourcebias-roles-en@")
    assert roles["foreign minister"] == "government" and roles["admiral"] == "military"
    assert all(k == k.lower() for k in roles)
