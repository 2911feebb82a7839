"""The lexicon file format: a bad file is refused with its file and line, nothing half-loaded;
user lexicons add and override entries; inflection rules."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from analysis.lexicon import (
    COLUMNS,
    Entry,
    Lexicon,
    LexiconError,
    Matcher,
    find_loaded_terms,
    load_lexicon,
    matcher_for,
    validate_lexicon,
)
from analysis.lexicon._inflect import surface_forms
from analysis.text import make_document
from analysis.voice import VoiceMap

HEADER = ("# name: my-lexicon\n# version: 1.2.0\n# language: fr\n# licence: CC-BY-4.0\n"
          "# description: a test lexicon\n# source.press: words seen in the press\n")
COLS = "entry\tcategory\tpos\tneutral\tnote\tweight\tsource\tforms\n"


def write(tmp_path: Path, body: str, header: str = HEADER, name: str = "lex.tsv") -> Path:
    p = tmp_path / name
    p.write_text(header + body, encoding="utf-8")
    return p


def test_a_valid_file_loads_into_frozen_objects(tmp_path):
    p = write(tmp_path, COLS + "junte\tlabeling\tn\tgouvernement militaire|armée\tcamp: x\t"
                                "0.8\tpress\tjuntes\n")
    lex = load_lexicon(p)
    assert isinstance(lex, Lexicon) and lex.tag == "my-lexicon@1.2.0"
    assert (lex.language, lex.licence, dict(lex.sources)) == (
        "fr", "CC-BY-4.0", {"press": "words seen in the press"})
    (e,) = lex.entries
    assert e == Entry("junte", "labeling", "n", ("gouvernement militaire", "armée"), "camp: x",
                      0.8, "press", ("juntes",), line=8)
    with pytest.raises(AttributeError):
        e.category = "charged"  # type: ignore[misc]


def test_optional_columns_take_their_defaults(tmp_path):
    lex = load_lexicon(write(tmp_path, "entry\tcategory\nclique\tlabeling\n"))
    (e,) = lex.entries
    assert (e.pos, e.weight, e.source, e.neutral, e.forms) == ("x", 1.0, "my-lexicon", (), ())


@pytest.mark.parametrize(("header", "body", "line", "message"), [
    (HEADER.replace("# version: 1.2.0\n", ""), "entry\tcategory\nclique\tlabeling\n", 1,
     "'# version: ...' is missing"),
    (HEADER.replace("1.2.0", "v1"), "entry\tcategory\nclique\tlabeling\n", 1,
     "not a semantic version"),
    (HEADER.replace("language: fr", "language: de"), "entry\tcategory\nclique\tlabeling\n", 1,
     "language 'de'"),
    (HEADER.replace("# licence: CC-BY-4.0\n", ""), "entry\tcategory\nclique\tlabeling\n", 1,
     "licence"),
    (HEADER, "entry\tcategorie\nclique\tlabeling\n", 7, "missing column(s) category"),
    (HEADER, "entry\tcategory\tcolour\nclique\tlabeling\tred\n", None,
     "unknown column(s) colour"),
    (HEADER, "entry\tcategory\nclique\tlabelling\n", 8, "unknown category 'labelling'"),
    (HEADER, "entry\tcategory\tpos\nclique\tlabeling\tnoun\n", 8, "unknown pos 'noun'"),
    (HEADER, "entry\tcategory\tpos\nultra\tintensifier\tpre\n", 8, "ending with '-'"),
    (HEADER, "entry\tcategory\tweight\nclique\tlabeling\t2\n", 8, "weight '2'"),
    (HEADER, "entry\tcategory\tweight\nclique\tlabeling\theavy\n", 8, "weight 'heavy'"),
    (HEADER, "entry\tcategory\tsource\nclique\tlabeling\twiki\n", 8,
     "provenance tag 'wiki' is not declared"),
    (HEADER, "entry\tcategory\n\tlabeling\n", 8, "empty entry"),
    (HEADER, "entry\tcategory\tneutral\nclique\tlabeling\ta||b\n", 8, "empty item"),
    (HEADER, "entry\tcategory\nclique\tlabeling\tn\n", 8, "3 cells for 2 columns"),
    (HEADER, "entry\tcategory\nclique\tlabeling\njunte\tlabeling\nclique\tcharged\n", 10,
     "duplicate entry 'clique' (x); first at line 8"),
    (HEADER, "entry\tcategory\n" + unicodedata.normalize("NFD", "régime") + "\tlabeling\n", 8,
     "not in Unicode NFC"),
])
def test_a_bad_file_is_refused_naming_file_and_line(tmp_path, header, body, line, message):
    p = write(tmp_path, body, header)
    with pytest.raises(LexiconError) as err:
        load_lexicon(p)
    where = f"{p}:{line}:" if line is not None else f"{p}:"
    assert str(err.value).startswith(where)
    assert message in str(err.value)


def test_every_problem_is_listed_and_the_first_one_raised(tmp_path):
    p = write(tmp_path, "entry\tcategory\tweight\nclique\tlabelling\t1\njunte\tlabeling\t9\n"
                        "caste\tlabeling\t1\n")
    lex, errors = validate_lexicon(p)
    assert lex is None
    assert [e.split(": ", 1)[0] for e in errors] == [f"{p}:8", f"{p}:9"]
    with pytest.raises(LexiconError, match=r"lex\.tsv:8: unknown category .*1 more problem"):
        load_lexicon(p)


def test_a_missing_file_is_an_error_naming_it(tmp_path):
    with pytest.raises(LexiconError, match="not found"):
        load_lexicon(tmp_path / "nope.tsv")


def test_the_shipped_files_follow_the_format():
    from analysis._data import lexicon_dir

    for path in sorted((lexicon_dir() / "loaded").glob("loaded-*.tsv")):
        lex, errors = validate_lexicon(path)
        assert errors == [] and lex is not None
        header = next(line for line in path.read_text(encoding="utf-8").splitlines()
                      if line and not line.startswith("#"))
        assert tuple(header.split("\t")) == COLUMNS


# -- user lexicons: add, override, remove; nothing half-loaded ------------------------------------

TEXT = "Le régime a réprimé les manifestants, selon la junte birmane et les barbouzes."


def _found(extra: tuple[str, ...]) -> dict[str, str]:
    doc = make_document(TEXT, "fr")
    res = find_loaded_terms(doc, VoiceMap.from_quotes(()), extra=extra)
    return {t.text: t.category for t in res.terms}


def test_a_user_lexicon_adds_and_overrides_entries_and_is_versioned(tmp_path):
    p = write(tmp_path, "entry\tcategory\tpos\nrégime\texclude\tn\nréprimer\tcharged\tv\n"
                        "junte\tcontested\tn\n")
    shipped = _found(())
    assert shipped["régime"] == "labeling" and shipped["junte"] == "labeling"
    assert "réprimé" not in shipped
    got = _found((str(p),))
    assert "régime" not in got                    # removed by an exclude row
    assert got["réprimé"] == "charged"             # added (and conjugated)
    assert got["junte"] == "contested"             # overridden
    assert got["barbouzes"] == "labeling"          # the rest of the shipped lexicon stays
    doc = make_document(TEXT, "fr")
    res = find_loaded_terms(doc, VoiceMap.from_quotes(()), extra=(str(p),))
    assert res.versions == {"sourcebias-loaded-fr": "1.1.0", "my-lexicon": "1.2.0"}
    assert {t.lexicon for t in res.terms if t.text == "réprimé"} == {"my-lexicon@1.2.0"}


def test_a_user_lexicon_of_another_language_does_not_apply(tmp_path):
    p = write(tmp_path, "entry\tcategory\nrégime\texclude\n",
              HEADER.replace("language: fr", "language: en"))
    assert _found((str(p),))["régime"] == "labeling"


def test_a_bad_user_lexicon_stops_the_analysis_and_leaves_no_partial_state(tmp_path):
    p = write(tmp_path, "entry\tcategory\nrégime\texclude\njunte\tbogus\n")
    doc = make_document(TEXT, "fr")
    for _ in range(2):  # the failure is not cached as a half-built matcher
        with pytest.raises(LexiconError, match=r"lex\.tsv:9: unknown category 'bogus'"):
            find_loaded_terms(doc, VoiceMap.from_quotes(()), extra=(str(p),))
    assert _found(())["régime"] == "labeling"


def test_later_lexicons_win_a_surface_form_and_collisions_are_reported(tmp_path):
    a = load_lexicon(write(tmp_path, "entry\tcategory\tpos\ninsurgé\tlabeling\ta\n", name="a.tsv"))
    b = load_lexicon(write(tmp_path, "entry\tcategory\tpos\ns'insurger\tcritical\tv\n",
                           name="b.tsv"))
    m = Matcher([a, b], "fr")
    text = "Les insurgés ont attaqué, et elle s'est insurgée."
    assert [(text[s:e], m.entries[i].category) for s, e, i in m.spans(text)] == [
        ("insurgés", "labeling"), ("s'est insurgée", "critical")]
    assert matcher_for("fr").collisions  # the shipped lexicon has a few, all explained


# -- inflection ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("entry", "pos", "lang", "forms"), [
    ("terroriste", "a", "fr", {"terroriste", "terroristes"}),
    ("takfiriste", "a", "fr", {"takfiriste", "takfiristes"}),
    ("menteur", "a", "fr", {"menteur", "menteuse", "menteurs", "menteuses"}),
    ("radical", "a", "fr", {"radical", "radicale", "radicaux", "radicales"}),
    ("dictateur", "a", "fr", {"dictateur", "dictatrice", "dictateurs", "dictatrices"}),
    ("régime", "n", "fr", {"régime", "régimes"}),
    ("groupe terroriste", "n", "fr", {"groupe terroriste", "groupes terroristes"}),
    ("opposition modérée", "n", "fr", {"opposition modérée", "oppositions modérées"}),
    ("État islamique", "n", "fr", {"état islamique", "etat islamique"}),
    ("crime de guerre", "n", "fr", {"crime de guerre", "crimes de guerre"}),
    ("néo-nazi", "a", "fr", {"néo-nazi", "néonazi", "néo-nazies", "néonazies"}),
    ("fustiger", "v", "fr", {"fustige", "fustigent", "fustigeait", "fustigé", "fustigées",
                             "fustigeant", "fustigera"}),
    ("marteler", "v", "fr", {"martèle", "martèlent", "martelé", "martelait"}),
    ("s'insurger", "v", "fr", {"s'insurge", "s'insurgent", "s'est insurgé", "se sont insurgés",
                               "s'insurger"}),
    ("se vanter", "v", "fr", {"se vante", "s'est vanté"}),
    ("trahir", "v", "fr", {"trahit", "trahissent", "trahi", "trahissait"}),
    ("démentir", "v", "fr", {"dément", "démentent", "démenti", "démentait"}),
    ("tirer à boulets rouges", "v", "fr", {"tire à boulets rouges", "tiré à boulets rouges"}),
    ("thug", "n", "en", {"thug", "thugs"}),
    ("slam", "v", "en", {"slam", "slams", "slammed", "slamming"}),
    ("lash out", "v", "en", {"lash out", "lashes out", "lashed out", "lashing out"}),
    ("decry", "v", "en", {"decries", "decried"}),
    ("death panel", "n", "en", {"death panel", "death panels"}),
])
def test_surface_forms(entry, pos, lang, forms):
    assert forms <= set(surface_forms(entry, pos, lang))


def test_a_reflexive_verb_is_not_matched_without_its_pronoun():
    assert "vante" not in surface_forms("se vanter", "v", "fr")
    assert "emporté" not in surface_forms("s'emporter", "v", "fr")


@pytest.mark.parametrize(("verb", "expected"), [
    # regular -er verbs: third persons, participles with agreement, gerund, infinitive
    ("déclarer", {"déclare": "finite", "déclarent": "finite", "déclarait": "finite",
                  "déclarera": "finite", "déclarèrent": "finite", "déclaré": "participle",
                  "déclarées": "participle", "déclarant": "gerund", "déclarer": "infinitive"}),
    ("annoncer", {"annonça": "finite", "annonçait": "finite", "annonçant": "gerund"}),
    ("rappeler", {"rappelle": "finite", "rappellent": "finite", "rappellera": "finite"}),
    ("répéter", {"répète": "finite", "répété": "participle"}),
    # second group and -dre verbs
    ("avertir", {"avertit": "finite", "avertissent": "finite", "averties": "participle",
                 "avertissant": "gerund"}),
    ("répondre", {"répond": "finite", "répondit": "finite", "répondu": "participle"}),
    # irregular verbs and their compounds; a form both finite and participle is a participle
    ("dire", {"disent": "finite", "disait": "finite", "dit": "participle",
              "dites": "participle", "disant": "gerund"}),
    ("écrire", {"écrivent": "finite", "écrit": "participle", "écrivant": "gerund"}),
    ("reconnaître", {"reconnaît": "finite", "reconnaissent": "finite",
                     "reconnu": "participle", "reconnaissant": "gerund"}),
    ("maintenir", {"maintient": "finite", "maintenu": "participle"}),
])
def test_the_french_conjugator_gives_reporting_forms_with_their_kind(verb, expected):
    from analysis.lexicon._inflect import fr_conjugate, fr_third_person

    forms = fr_third_person(verb)
    assert forms is not None
    assert {f: forms.get(f) for f in expected} == expected
    # the lexicons' surface forms and the cue forms come from the same conjugator
    assert set(forms) <= set(fr_conjugate(verb)) | {verb}


def test_the_french_conjugator_knows_what_it_does_not_know():
    from analysis.lexicon._inflect import fr_third_person

    # an irregular -re verb missing from its table: cues.fr.tsv lists its forms
    assert fr_third_person("conclure") is None
