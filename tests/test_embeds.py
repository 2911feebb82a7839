"""Embedded posts (analysis.attribution._embeds): a pasted tweet and its signature.

Sentences modelled on the shared corpora (gilets-jaunes-fr keeps a copy of the post after the
signature; AllSides and SemEval-en keep the post as its own paragraph).
"""

from __future__ import annotations

import pytest

import analysis

MACRON = (
    "Le président de la République a réagi sur Twitter. Une fois encore, une extrême violence "
    "est venue attaquer la République. Justice sera faite. pic.twitter.com/AbCdEf12— Emmanuel "
    "Macron (@EmmanuelMacron) 5 janvier 2019  Une fois encore, une extrême violence est venue "
    "attaquer la République. Justice sera faite.\nLe gouvernement a promis des sanctions."
)
TRUMP = (
    "The president weighed in on Thursday.\n\n"
    "It would show great weakness if Israel allowed them to visit. They are a disgrace! "
    "— Donald J. Trump (@realDonaldTrump) August 15, 2019\n\n"
    "On Friday, Israel's interior ministry reversed course."
)


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # the copy after the signature tells where the post starts; the copy is the post too
    (MACRON, "fr", [
        "Une fois encore, une extrême violence est venue attaquer la République. Justice sera "
        "faite.",
        "Une fois encore, une extrême violence est venue attaquer la République. Justice sera "
        "faite",
    ]),
    # a post that is its own paragraph
    (TRUMP, "en", [
        "It would show great weakness if Israel allowed them to visit. They are a disgrace!",
    ]),
    # a signature far into a long paragraph, with no copy: where the post starts is unknown
    ("Le ministre s'est exprimé longuement devant les députés ce mardi après-midi, évoquant "
     "tour à tour la sécurité, la justice, les finances publiques, la réforme des retraites, "
     "l'assurance chômage, la transition énergétique, le logement, la santé, l'école, la "
     "recherche, la culture, les collectivités locales et la défense nationale dans un discours "
     "fleuve. Tout va bien. — Jean Dupont (@jdupont) 3 mars 2019", "fr", []),
])
def test_embedded_posts(text: str, lang: str, expected: list[str]) -> None:
    result = analysis.analyze(text, lang)
    posts = [q for q in result.quotes if q.rule == "embed.tweet"]
    assert [q.text for q in posts] == expected
    for q in posts:
        assert text[q.start:q.end] == q.text
        assert (q.type, q.channel, q.cue) == ("direct", "Twitter", None)
        assert text[q.speaker.start:q.speaker.end] == q.speaker.text


def test_post_author_and_versions() -> None:
    result = analysis.analyze(MACRON, "fr")
    (post, _copy) = [q for q in result.quotes if q.rule == "embed.tweet"]
    assert post.speaker.canonical == "Emmanuel Macron"
    assert result.versions["sourcebias-rules-embeds"] == "1.2.0"


def test_display_name_emoji_is_no_part_of_the_canonical() -> None:
    # (rules-embeds 1.1.0; round 15: "Andrew Dyer 🛴")
    text = ("The border was closed.\n\nPhotos posted on WhatsApp of the port of entry today. "
            "pic.twitter.com/abc — Andrew Dyer \U0001f6f4 (@SDUTdyer) November 25, 2018\n\n"
            "More later.")
    (post,) = [q for q in analysis.analyze(text, "en").quotes if q.rule == "embed.tweet"]
    assert (post.speaker.text, post.speaker.canonical) == ("Andrew Dyer \U0001f6f4",
                                                            "Andrew Dyer")


@pytest.mark.parametrize(("name", "canonical"), [
    ("Andrew Dyer \U0001f6f4", "Andrew Dyer"),
    ("Marie \u2764\ufe0f Dupont", "Marie Dupont"),  # a heart with its variation selector
    ("Jo \U0001f44d\U0001f3fd", "Jo"),  # a thumb with a skin tone
    ("\U0001f1eb\U0001f1f7 Jean Dupont", "Jean Dupont"),  # a flag (regional indicators)
    ("L\u00a3 G\u00a3N\u00a3RAL", "L\u00a3 G\u00a3N\u00a3RAL"),  # signs written as letters
    ("C\u2200rl", "C\u2200rl"),
])
def test_display_name_keeps_its_letters_and_signs(name: str, canonical: str) -> None:
    # (rules-embeds 1.2.0: only pictographs go, not the £ some names write for E)
    text = ("The border was closed.\n\nPhotos posted on WhatsApp of the port of entry today. "
            f"pic.twitter.com/abc \u2014 {name} (@someone) November 25, 2018\n\nMore later.")
    (post,) = [q for q in analysis.analyze(text, "en").quotes if q.rule == "embed.tweet"]
    assert post.speaker.canonical == canonical


def test_post_words_are_not_the_outlets_voice() -> None:
    text = ("Le député a réagi.\n\nCe régime de terreur doit tomber — Jean Dupont (@jdupont) "
            "3 mars 2019\n\nLe régime a répondu.")
    result = analysis.analyze(text, "fr")
    voices = [(t.text, t.voice) for t in result.loaded_terms if t.text.lower() == "régime"]
    assert voices == [("régime", "quoted"), ("régime", "narrative")]


def test_a_quotation_inside_the_post_keeps_its_own_speaker() -> None:
    text = ("Le maire a réagi.\n\n«Ils ont attaqué la maison France», a déclaré Benjamin "
            "Griveaux. — BFMTV (@BFMTV) 5 janvier 2019\n\nLa suite demain.")
    quotes = analysis.analyze(text, "fr").quotes
    assert [(q.text, q.speaker.canonical, q.rule) for q in quotes] == [
        ("Ils ont attaqué la maison France", "Benjamin Griveaux", "fr.incise")]


def test_a_post_quoting_someone_is_mixed() -> None:
    text = ("Le maire a réagi.\n\n«Ils ont attaqué la maison France» réagit Benjamin Griveaux "
            "après l'intrusion — BFMTV (@BFMTV) 5 janvier 2019\n\nLa suite demain.")
    (post,) = analysis.analyze(text, "fr").quotes
    assert (post.type, post.rule, post.speaker.canonical) == ("mixed", "embed.tweet", "BFMTV")
    assert [text[a:b] for a, b in post.marks] == ["Ils ont attaqué la maison France"]
