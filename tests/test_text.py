"""analysis.text: offsets into the original, sentences, tokens, language."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.text import (
    count_words,
    detect_language,
    make_document,
    normalize,
    sentences,
    tokens,
    versions,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("l’opposition modérée", "l'opposition modérée"),
        ("«\u00a0Le million à Paris\u202f!\u00a0»", "« Le million à Paris ! »"),
        ("ligne\r\nsuivante", "ligne \nsuivante"),
        ("Moscou avait déjà appelé", "Moscou avait déjà appelé"),
    ],
)
def test_normalize_same_length(text: str, expected: str) -> None:
    norm, to_orig = normalize(text)
    assert norm == expected
    assert to_orig is None and len(norm) == len(text)


def test_normalize_decomposed_maps_back() -> None:
    text = "Le Kreml\u0069n a pre\u0301cise\u0301 que"  # NFD accents
    norm, to_orig = normalize(text)
    assert norm == "Le Kremlin a précisé que"
    assert to_orig is not None
    start = norm.index("précisé")
    end = start + len("précisé")
    assert text[to_orig[start]:to_orig[end]] == "pre\u0301cise\u0301"


@given(st.text(alphabet=st.sampled_from("ae\u0301\u0300 ’«»\u00a0\r\nKLé."), max_size=60))
def test_offset_map_is_monotonic(text: str) -> None:
    norm, to_orig = normalize(text)
    if to_orig is None:
        assert len(norm) == len(text)
    else:
        assert len(to_orig) == len(norm) + 1
        assert to_orig == sorted(to_orig) and to_orig[-1] == len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # abbreviations and initials do not end a sentence
        ("M. Castaner et le secrétaire d’État Laurent Nuñez se sont entretenus mardi matin.",
         1),
        ("Le Dr. Seydou Ouattara a parlé. Selon lui, le taux est encourageant.", 2),
        ("J. Kerry est arrivé. Il a salué le cessez-le-feu.", 2),
        ("Comme l'a écrit H.L. Mencken il y a 70 ans, tout passe. Puis J.-C. Juncker est parti.",
         2),
        # scraped text without the space after the period
        ("sans toutefois être blessé.Il a déclaré avoir porté plainte.", 2),
        ("à remplacer tous les impôts.L'article n'est pas récent.", 2),
        ("à une minorité radicalisée.À quelques mois des élections, la crise dure.", 2),
        ("Il a signé avec la S.A. Dupont.", 1),
        ("«Ces comportements sont intolérables», a réagi samedi soir Céline Pigalle.", 1),
        ("« Nous n'avons pas à juger. » Selon la ministre, c'est bien.", 2),
        ("Source: agences et rédaction\nComments", 2),
        ("U.S. officials said. The White House agreed.", 2),
        # abbreviations 1.1.0: a place's or a company's abbreviation before a quotation ends
        # the sentence; a title's does not
        ('"They\'d be wrong," he said in Santa Monica, Calif. "The reality is this is going to '
         'the convention."', 2),
        ('Les stocks sont élevés: la météo, les soldes, etc. "Cela a touché Bruxelles", dit-il.',
         2),
        ('He met Gov. "Big Jim" Folsom in Montgomery, Ala. on Monday.', 1),
        ('The plant in Fresno, Calif. "is closing," he said.', 1),
    ],
)
def test_sentences(text: str, expected: int) -> None:
    norm, _ = normalize(text)
    spans = sentences(norm)
    assert len(spans) == expected
    assert all(norm[s:e].strip() == norm[s:e] for s, e in spans)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("l'opposition", ["l'", "opposition"]),
        ("jusqu'à", ["jusqu'", "à"]),
        ("qu'il", ["qu'", "il"]),
        ("d'islamistes", ["d'", "islamistes"]),
        ("cessez-le-feu", ["cessez-le-feu"]),
        ("Al-Qaïda)", ["Al-Qaïda", ")"]),
    ],
)
def test_tokens_split_elision(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in tokens(text)] == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Les présidents russe Vladimir Poutine et américain Barack Obama se sont déclarés "
         "prêts mercredi", "fr"),
        ("The New York Post reports that Hillary Clinton's team avoided taking her to the "
         "emergency room", "en"),
        ("", "fr"),
    ],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_document_counts_words_and_rejects_unknown_language() -> None:
    doc = make_document("Moscou avait déjà appelé en juin à mener des frappes.", "auto")
    assert doc.lang == "fr" and doc.n_words == count_words(doc.norm) == 10
    with pytest.raises(ValueError, match="unsupported language"):
        make_document("hola", "es")


# -- the boundary scan is an optimisation of _BOUNDARY.finditer: same matches -------------------
_BOUNDARY_ALPHABET = "aZ É.!?…»”\"«“'()—-0 \n"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_BOUNDARY_ALPHABET, max_size=80))
def test_boundary_candidates_give_the_same_matches_as_finditer(text: str) -> None:
    from analysis.text._segment import _BOUNDARY, _boundaries

    def spans(ms):
        return [(m.lastgroup, m.span(m.lastgroup)) for m in ms]

    assert spans(_boundaries(text, 0, len(text))) == spans(_BOUNDARY.finditer(text, 0,
                                                                              len(text)))


def test_segmenter_versions_are_recorded_in_the_output() -> None:
    from analysis import analyze

    assert versions() == {"sourcebias-segmenter": "1.1.0", "sourcebias-abbreviations": "1.1.0"}
    recorded = analyze("Il a dit que oui.", "fr").versions
    assert recorded["sourcebias-segmenter"] == "1.1.0"
    assert recorded["sourcebias-abbreviations"] == "1.1.0"


def test_abbreviation_file_rejects_an_unknown_before_quote_value(tmp_path) -> None:
    from analysis._data import DataFileError
    from analysis.text._segment import _abbreviation_table

    bad = tmp_path / "abbr.tsv"
    bad.write_text("# name: x\n# version: 1\nabbr\tlang\tbefore_quote\n"
                   "calif\ten\tends\nfla\ten\tend\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"abbr\.tsv:5: before_quote is 'end'"):
        _abbreviation_table(str(bad))
