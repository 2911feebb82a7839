"""Matching the shipped lexicons on real sentences: inflection, elision, hyphens, case,
multi-word expressions with longest match, exclusions, scare quotes, targets and voice.

The sentences come from the reference article, fr-news-dev, the gilets-jaunes corpus and
BASIL (shortened where marked "..."), so the tables read as the texts the tool meets.
"""

from __future__ import annotations

import itertools

import pytest

import analysis.lexicon as lexicon
from analysis._types import Quote
from analysis.lexicon import find_loaded_terms, matcher_for, scare_quote_span
from analysis.text import make_document
from analysis.voice import VoiceMap


def terms(text: str, lang: str = "fr", quotes: tuple[Quote, ...] = ()):
    doc = make_document(text, lang)
    return find_loaded_terms(doc, VoiceMap.from_quotes(quotes)).terms


def found(text: str, lang: str = "fr") -> list[tuple[str, str]]:
    """(matched text, entry) of every term."""
    return [(t.text, t.entry) for t in terms(text, lang)]


# -- matching ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # inflection: plural, feminine, feminine plural
    ("Mais cette trêve a fini par voler en éclats après des violations répétées des terroristes.",
     ("terroristes", "terroriste")),
    ("Mi-mai, la Russie avait même proposé de mener des frappes communes contre les groupes "
     "takfiristes en Syrie", ("takfiristes", "takfiriste")),
    ("Une militante extrémiste a été interpellée samedi.", ("extrémiste", "extrémiste")),
    ("ainsi que deux islamistes radicales", ("islamistes radicales", "islamiste radical")),
    ("les positions des insurgés ont été bombardées", ("insurgés", "insurgé")),
    ("le président a dénoncé des actes odieux", ("odieux", "odieux")),
    ("des scènes de violence scandaleuses", ("scandaleuses", "scandaleux")),
    # verbs: conjugated, participles with agreement, reflexive with its pronoun
    ("«C'est un scandale», fustigeait quant à lui le président des maires",
     ("fustigeait", "fustiger")),
    ("«Ils nous prennent tout», s'indigne Dominique, porteur d'un gilet jaune.",
     ("s'indigne", "s'indigner")),
    ("Elle s'est insurgée auprès de l'AFP.", ("s'est insurgée", "s'insurger")),
    # a multi-word expression written with capitals, as a concept, is still the expression
    ("elle favorise le Grand Remplacement, disent-ils", ("Grand Remplacement",
                                                          "grand remplacement")),
    # the polemical vocabulary of opinion writing, inflected (1.1.0)
    ("Ces droitards et leurs journaleux ne changeront jamais.", ("droitards", "droitard")),
    ("une loi liberticide votée en catimini", ("liberticide", "liberticide")),
    ("ce plan est cousu de fil blanc", ("cousu de fil blanc", "cousu de fil blanc")),
    ("le temps que la Macronie se ressaisisse", ("Macronie", "Macronie")),
    # elision, with the typographic apostrophe of the original text
    ("Selon la police, l'extrémiste avait déjà été condamné.", ("extrémiste", "extrémiste")),
    ("Le juge a ordonné l’expulsion d’islamistes étrangers.", ("islamistes", "islamiste")),
    # hyphens: the hyphenated and the joined spelling; a prefix before a hyphen
    ("Des néo-nazis ont défilé dans la ville.", ("néo-nazis", "néo-nazi")),
    ("un attentat mené par des néonazis", ("néonazis", "néo-nazi")),
    ("Les ex-rebelles ont rendu leurs armes.", ("rebelles", "rebelle")),
    ("des réseaux violents d'ultradroite et d'ultragauche", ("ultradroite", "ultradroite")),
    ("«Peste brune», «ultra-droite», «racistes»", ("ultra-droite", "ultradroite")),
    # case
    ("TERRORISTES ! criaient-ils.", ("TERRORISTES", "terroriste")),
    ("Régime : le mot fait débat.", ("Régime", "régime")),
    # multi-word expressions, longest match
    ("à la rupture de l'opposition modérée avec les groupes terroristes comme le Front "
     "Al-Nosra", ("opposition modérée", "opposition modérée")),
    ("à la rupture de l'opposition modérée avec les groupes terroristes comme le Front "
     "Al-Nosra", ("groupes terroristes", "groupe terroriste")),
    ("L'attaque est revendiquée par le groupe État islamique (ÉI).",
     ("État islamique", "État islamique")),
    ("L'attaque a été revendiquée par l'Etat islamique.", ("Etat islamique", "État islamique")),
    ("la Russie a lancé une opération militaire spéciale en Ukraine",
     ("opération militaire spéciale", "opération militaire spéciale")),
    ("qui met le pays en danger en laissant entrer Daech.", ("Daech", "Daech")),
    # English
    ("Michael Steele drew fierce criticism on Friday", ("fierce", "fierce")),
    ("Republicans slammed the so-called reform.", ("slammed", "slam")),
    ("Republicans slammed the so-called reform.", ("so-called", "so-called")),
    ("Terrorist groups such as al-Qaeda claimed the attack.",
     ("Terrorist groups", "terrorist group")),
    ("Trump has called the investigation a witch hunt.", ("witch hunt", "witch hunt")),
])
def test_a_term_is_found(text, expected):
    lang = "en" if expected[1] in ("fierce", "slam", "so-called", "terrorist group",
                                   "witch hunt") else "fr"
    assert expected in found(text, lang)


@pytest.mark.parametrize(("text", "lang", "absent"), [
    # a longer neutral expression hides the loaded word
    ("La réforme du régime de retraite a été adoptée.", "fr", "régime"),
    ("Les régimes spéciaux de retraite seront supprimés.", "fr", "régime"),
    ("He said he keeps to a strict fitness regime.", "en", "regime"),
    # a prefix that negates the label
    ("la brigade anti-terroriste est intervenue", "fr", "terroriste"),
    # a word inside another word
    ("Le parquet national antiterroriste s'est saisi.", "fr", "terroriste"),
    ("La démocratie française", "fr", "crate"),
    # a reflexive verb needs its pronoun: «emporter» is not «s'emporter»
    ("sans cette Constitution, Mai 68 aurait emporté n'importe quel gouvernement.", "fr",
     "s'emporter"),
    # a capitalised word inside a sentence is a name (Arc de Triomphe, a singer's name)
    ("Les manifestants commençaient à converger vers l'Arc de triomphe.", "fr", "triomphe"),
    ("en première partie d'Aloïse Sauvage.", "fr", "sauvage"),
    # a neutral use, excluded: an institutional meeting, a disease, a weapon
    ("Le Conseil européen a tenu une réunion extraordinaire lundi.", "fr", "extraordinaire"),
    ("un foyer de peste porcine africaine a été détecté", "fr", "peste"),
    ("blessé par une grenade assourdissante", "fr", "assourdissant"),
    # a word whose forms are other words is left out: «à la pompe» is not «pomper»
    ("la baisse des prix du carburant à la pompe", "fr", "pomper"),
    # "peut être" (verb) is not the hedge "peut-être"
    ("La violence peut être utilisée.", "fr", "peut-être"),
])
def test_a_neutral_use_is_not_a_term(text, lang, absent):
    assert absent not in [entry for _, entry in found(text, lang)]


def test_the_reference_article_sentence_gives_each_term_once_with_its_category():
    got = [(t.text, t.entry, t.category) for t in terms(
        "Le 27 février, une cessation des hostilités négociée par les Etats-Unis et la Russie "
        "était entrée en vigueur en Syrie sauf dans les régions contrôlées par les extrémistes. "
        "Mais cette trêve a fini par voler en éclats après des violations répétées des "
        "terroristes.")]
    assert ("extrémistes", "extrémiste", "labeling") in got
    assert ("terroristes", "terroriste", "labeling") in got
    assert [g for g in got if g[2] in lexicon.LOADED_CATEGORIES] == [
        ("extrémistes", "extrémiste", "labeling"), ("terroristes", "terroriste", "labeling")]


def test_offsets_are_into_the_matching_view_and_slice_the_term():
    text = "Le cessez-le-feu décrété par le régime en Syrie"
    (t,) = [t for t in terms(text) if t.entry == "régime"]
    assert (t.start, t.end) == (text.index("régime"), text.index("régime") + len("régime"))
    assert text[t.start:t.end] == t.text


def test_each_term_records_its_lexicon_version_and_neutral_alternatives():
    doc = make_document("le cessez-le-feu décrété par le régime en Syrie", "fr")
    res = find_loaded_terms(doc, VoiceMap.from_quotes(()))
    (t,) = res.terms
    assert res.versions == {"sourcebias-loaded-fr": "1.1.0"}
    assert t.lexicon == "sourcebias-loaded-fr@1.1.0"
    assert "gouvernement" in t.neutral


def test_matches_do_not_overlap_and_come_in_order():
    text = ("Vladimir Poutine a appelé son interlocuteur à contribuer à la rupture de "
            "l'opposition modérée avec les groupes terroristes comme le Front Al-Nosra et "
            "d'autres groupes extrémistes.")
    spans = [(t.start, t.end) for t in terms(text)]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


# -- targets -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "entry", "target"), [
    ("les groupes terroristes comme le Front Al-Nosra (la branche syrienne d'Al-Qaïda)", "fr",
     "groupe terroriste", "Front Al-Nosra"),
    ("le cessez-le-feu de 72 heures décrété par le régime en Syrie", "fr", "régime", "Syrie"),
    ("Le régime syrien a répondu par des frappes.", "fr", "régime", "régime syrien"),
    ("les forces du régime de Bachar al-Assad", "fr", "régime", "Bachar al-Assad"),
    ("les terroristes de Daech ont frappé", "fr", "terroriste", "Daech"),
    ("des violations répétées des terroristes.", "fr", "terroriste", None),
    # a location after a label that is not a government is not its target
    ("les groupes takfiristes en Syrie", "fr", "takfiriste", None),
    ("The Syrian regime denied it.", "en", "regime", "Syrian regime"),
    ("He met officials of the Assad regime in Moscow.", "en", "regime", "Assad"),
    ("Terrorist groups such as al-Qaeda claimed it.", "en", "terrorist group", "al-Qaeda"),
])
def test_target_is_the_actor_named_next_to_the_label(text, lang, entry, target):
    (t,) = [t for t in terms(text, lang) if t.entry == entry]
    assert t.target == target


# -- voice and scare quotes ----------------------------------------------------------------------

REF = ("«Vladimir Poutine a appelé son interlocuteur à contribuer à la rupture de l'opposition "
       "modérée avec les groupes terroristes comme le Front Al-Nosra (la branche syrienne "
       "d'Al-Qaïda)» et d'autres groupes extrémistes qui «ne sont pas concernés par la trêve», "
       "selon le communiqué. Plus tard, les extrémistes ont attaqué.")


def _ref_quotes() -> tuple[Quote, ...]:
    d_start = 1
    d_end = REF.index("Qaïda)") + len("Qaïda)")
    m_start = REF.index("d'autres")
    m_end = REF.index("trêve»") + len("trêve»")
    inner = (REF.index("ne sont pas"), REF.index("trêve") + len("trêve"))
    return (Quote("direct", d_start, d_end, REF[d_start:d_end], None, None),
            Quote("mixed", m_start, m_end, REF[m_start:m_end], None, None, marks=(inner,)))


@pytest.mark.parametrize(("word", "occurrence", "voice", "quote_index"), [
    ("groupes terroristes", 0, "quoted", 0),     # inside a direct quote
    ("opposition modérée", 0, "quoted", 0),
    ("extrémistes", 0, "reported", 1),           # in a mixed quote, outside its marks
    ("extrémistes", 1, "narrative", None),       # the outlet's own words
])
def test_voice_comes_from_the_quotes(word, occurrence, voice, quote_index):
    got = [t for t in terms(REF, quotes=_ref_quotes()) if t.text == word]
    assert (got[occurrence].voice, got[occurrence].quote_index) == (voice, quote_index)


@pytest.mark.parametrize(("text", "word", "scare"), [
    # a short stretch in quotation marks with no speaker: the outlet distancing itself
    ("Le ministre a évoqué une «dérive totale» des manifestations.", "dérive", True),
    ("Des «casseurs» ont été interpellés.", "casseurs", True),
    ('Trump called the probe a "witch hunt" on Twitter.', "witch hunt", True),
    ("Le mouvement, gangrené par des casseurs, s'essouffle.", "casseurs", False),
    # a long quoted stretch is a quote the extractor missed, not a scare quote
    ("«Ces casseurs ne représentent pas du tout le mouvement des gilets jaunes» a-t-on "
     "entendu.", "casseurs", False),
])
def test_scare_quotes_are_flagged_in_the_outlets_voice(text, word, scare):
    lang = "en" if "Trump" in text else "fr"
    (t,) = [t for t in terms(text, lang) if t.text == word]
    assert (t.voice, t.scare_quoted) == ("narrative", scare)


def test_scare_quote_span_gives_the_offsets_of_the_marks():
    text = "Des «casseurs» ont été interpellés."
    s = text.index("casseurs")
    assert scare_quote_span(text, s, s + len("casseurs")) == (text.index("«"),
                                                              text.index("»") + 1)


@pytest.mark.parametrize("text", [
    "Des «casseurs» ont été interpellés samedi.",
    "Des\r\n« casseurs »\u202font été interpellés samedi.",  # offsets move in the matching view
])
def test_a_scare_quoted_term_carries_the_offsets_of_its_marks(text):
    from analysis import analyze

    (t,) = [t for t in analyze(text, "fr").loaded_terms if t.entry == "casseur"]
    a, b = t.scare_quote
    assert t.scare_quoted and a < t.start < t.end < b
    assert (text[a], text[b - 1]) == ("«", "»")
    assert text[t.start:t.end] == "casseurs"


def test_a_term_in_a_direct_quote_is_quoted_not_scare_quoted():
    text = "«Des casseurs», a dit le préfet."
    q = Quote("direct", 1, text.index("»"), "Des casseurs", None, None)
    (t,) = terms(text, quotes=(q,))
    assert (t.voice, t.quote_index, t.scare_quoted) == ("quoted", 0, False)


# -- the shipped lexicons -------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_shipped_lexicon_has_at_least_500_reported_entries(lang):
    (lex,) = [x for x in lexicon.shipped_lexicons() if x.language == lang]
    reported = [e for e in lex.entries if e.category != "exclude"]
    assert len(reported) >= 500
    assert {"labeling", "contested", "charged", "intensifier", "hedge", "factive",
            "assertive", "implicative", "distancing", "critical"} <= set(lex.categories())


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_shipped_lexicon_records_its_provenance_and_licence(lang):
    (lex,) = [x for x in lexicon.shipped_lexicons() if x.language == lang]
    assert lex.licence.startswith("MIT")
    assert lex.sources and "ours" in lex.sources
    assert {e.source for e in lex.entries} <= set(lex.sources)


def test_the_matcher_is_compiled_once_per_process():
    assert matcher_for("fr") is matcher_for("fr")


def test_the_public_api_is_explicit():
    assert isinstance(lexicon.__all__, list)
    assert all(hasattr(lexicon, name) for name in lexicon.__all__)
    assert {"find_loaded_terms", "load_lexicon", "Lexicon", "Entry", "TermResult"} <= set(
        lexicon.__all__)
