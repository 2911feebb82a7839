"""The named features of an article, and the scikit-learn transformer over analysis records."""

from __future__ import annotations

import json
import math
import pickle
import re
from pathlib import Path

import numpy as np
import pytest
from conftest import ROOT
from sklearn.base import clone
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

import analysis
import analysis.features as features
from analysis._types import Credit, Cue, LoadedTerm, Quote, Source, Speaker
from analysis.features import FEATURE_NAMES, FEATURES, ArticleFeatures, article_features
from analysis.text import make_document

# A short article in the style of the gilets-jaunes corpus, with hand-made attributions.
TEXT = ("Les casseurs ont saccagé les Champs-Élysées, a dénoncé le ministre. "
        "«C'est une honte», a dit un manifestant. Selon une source policière, les "
        "dégâts seraient considérables. Le préfet a assuré que l'ordre serait rétabli. "
        "(Avec AFP)")


def _span(s: str) -> tuple[int, int]:
    i = TEXT.index(s)
    return i, i + len(s)


def _quote(kind, content, speaker, stype, aff, cue, cat, conditional=False):
    s, e = _span(content)
    sp = Speaker(speaker, *_span(speaker), speaker, stype, aff) if speaker else None
    c = Cue(cue, cue, *_span(cue), cat, conditional=conditional) if cue else None
    return Quote(kind, s, e, content, sp, c)


QUOTES = (
    _quote("indirect", "Les casseurs ont saccagé les Champs-Élysées", "le ministre",
           "government", "FR", "dénoncé", "critical"),
    _quote("direct", "C'est une honte", "un manifestant", "person", None, "a dit", "neutral"),
    _quote("indirect", "les dégâts seraient considérables", "une source policière", "anonymous",
           "FR", "Selon", "marker"),
    _quote("indirect", "l'ordre serait rétabli", "Le préfet", "government", "FR", "assuré",
           "assertive"),
)


def _term(word, category, voice, qi=None, scare=False, target=None):
    s, e = _span(word)
    return LoadedTerm(word, s, e, word, category, voice, qi, "test@1", (), target, scare)


TERMS = (
    _term("casseurs", "labeling", "reported", 0),
    _term("saccagé", "charged", "reported", 0),
    _term("honte", "charged", "quoted", 1),
    _term("seraient", "conditional", "reported", 2),
    _term("dénoncé", "critical", "narrative"),
)
SOURCES = (Source("le ministre", "government", "FR", 1),
           Source("un manifestant", "person", None, 1),
           Source("une source policière", "anonymous", "FR", 1),
           Source("Le préfet", "government", "FR", 1),
           Source("AFP", "agency", "FR", 0))
CREDITS = (Credit("(Avec AFP)", *_span("(Avec AFP)"), ("AFP",)),)


@pytest.fixture(scope="module")
def feats() -> dict[str, float]:
    return article_features(make_document(TEXT, "fr"), QUOTES, TERMS, SOURCES, CREDITS)


def test_the_names_are_the_documented_ones_in_order(feats):
    assert tuple(feats) == FEATURE_NAMES
    assert all(isinstance(v, float) and math.isfinite(v) for v in feats.values())


@pytest.mark.parametrize(("name", "expected"), [
    ("n_quotes", 4.0),
    ("quotes_direct", 1.0),
    ("quotes_indirect", 3.0),
    ("quotes_mixed", 0.0),
    ("direct_share", 0.25),
    ("unattributed_share", 0.0),
    ("anonymous_share", 0.25),
    ("source_government_share", 0.5),
    ("source_person_share", 0.25),
    ("n_sources", 4.0),                       # the credited agency is not a quoted source
    ("source_entropy", 2.0),                  # four sources, one quote each
    ("source_entropy_norm", 1.0),
    ("top_source_share", 0.25),
    ("n_affiliations", 1.0),
    ("top_affiliation_share", 1.0),
    ("affiliation_balance", 0.0),             # one side only
    ("unaffiliated_share", 0.25),
    ("agency_credited", 1.0),
    ("n_credited_agencies", 1.0),
    ("cue_critical_share", 0.25),
    ("cue_marker_share", 0.25),
    ("cue_other_share", 0.0),
    ("n_loaded", 3.0),                        # casseurs, saccagé, honte
    ("loaded_own_voice_share", 0.0),
    ("loaded_quoted_share", 1 / 3),
    ("loaded_reported_share", 2 / 3),
    ("loaded_per_1k", 0.0),
    ("conditional_per_1k", 0.0),              # the conditional is in reported speech
    ("targeted_label_share", 0.0),
])
def test_feature_values(feats, name, expected):
    assert feats[name] == pytest.approx(expected)


def test_rates_are_per_1000_words_of_the_outlets_own_voice(feats):
    doc = make_document(TEXT, "fr")
    quoted = sum(len(re.findall(r"\w+(?:[-']\w+)*", q.text)) for q in QUOTES)
    narrative = doc.n_words - quoted
    assert feats["own_voice_ratio"] == pytest.approx(narrative / doc.n_words)
    assert feats["critical_per_1k"] == pytest.approx(1000 / narrative)


def test_affiliation_balance_and_entropy_with_two_camps():
    sources = (Source("Kremlin", "government", "RU", 4), Source("Moscou", "government", "RU", 1),
               Source("John Kerry", "person", "US", 1))
    f = article_features(make_document(TEXT, "fr"), (), (), sources, ())
    assert f["affiliation_balance"] == pytest.approx(1 / 5)
    assert f["top_affiliation_share"] == pytest.approx(5 / 6)
    assert f["source_entropy"] == pytest.approx(
        -sum(p * math.log2(p) for p in (4 / 6, 1 / 6, 1 / 6)))


def test_an_article_without_quotes_or_terms_has_zeros_not_errors():
    f = article_features(make_document("Un texte sans citation.", "fr"), (), (), (), ())
    assert f["own_voice_ratio"] == 1.0
    assert all(f[k] == 0.0 for k in FEATURE_NAMES if k not in ("own_voice_ratio", "n_words"))


def test_the_reference_article_end_to_end(reference_text):
    r = analysis.analyze(reference_text, "fr")
    f = r.features
    assert tuple(f) == FEATURE_NAMES
    assert f["agency_credited"] == 1.0                     # "Source: agences et rédaction"
    assert f["n_quotes"] == 7.0
    assert f["labeling_per_1k"] > 0                        # takfiristes, régime, terroristes
    assert 0 < f["loaded_own_voice_share"] < 1             # labels in quotes and outside
    assert f["own_voice_ratio"] < 1


def test_every_feature_is_documented_in_the_readme_table():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = re.search(r"^## Loaded language\n.*?^### Features\n(.*?)(?=^##|\Z)", readme,
                        re.M | re.S)
    assert section, "README.md needs a '## Loaded language' section with '### Features'"
    documented = re.findall(r"^\| `([a-z0-9_]+)` \|", section.group(1), re.M)
    assert documented == list(FEATURE_NAMES)
    assert set(FEATURES) == set(FEATURE_NAMES)


# -- the scikit-learn transformer ----------------------------------------------------------------

def _records(n: int = 6) -> list[dict]:
    rng = np.random.default_rng(0)
    out = []
    for i in range(n):
        values = rng.random(len(FEATURE_NAMES))
        f = {k: float(v) for k, v in zip(FEATURE_NAMES, values, strict=True)}
        out.append({"id": str(i), "features": f})
    return out


def test_transform_gives_the_named_matrix():
    recs = _records()
    t = ArticleFeatures().fit(recs)
    X = t.transform(recs)
    assert X.shape == (6, len(FEATURE_NAMES)) and X.dtype == np.float64
    assert list(t.get_feature_names_out()) == list(FEATURE_NAMES)
    assert X[2, 5] == recs[2]["features"][FEATURE_NAMES[5]]


def test_a_subset_of_features_in_the_given_order():
    recs = _records()
    t = ArticleFeatures(features=["n_quotes", "loaded_per_1k"])
    X = t.fit_transform(recs)
    assert list(t.get_feature_names_out()) == ["n_quotes", "loaded_per_1k"]
    assert X[0].tolist() == [recs[0]["features"]["n_quotes"],
                             recs[0]["features"]["loaded_per_1k"]]


def test_records_can_be_analyses_json_lines_or_feature_rows(reference_text):
    r = analysis.analyze(reference_text, "fr")
    rows = [r, json.loads(json.dumps(r.to_dict())), dict(r.features)]
    X = ArticleFeatures().fit_transform(rows)
    assert np.array_equal(X[0], X[1]) and np.array_equal(X[0], X[2])


def test_clone_pipeline_and_pickle():
    recs = _records(8)
    y = [0, 1] * 4
    pipe = Pipeline([("features", ArticleFeatures(features=list(FEATURE_NAMES[:10]))),
                     ("scale", StandardScaler()), ("clf", LogisticRegression())])
    pipe.fit(recs, y)
    copy = clone(pipe)
    assert copy.get_params()["features__features"] == list(FEATURE_NAMES[:10])
    assert not hasattr(copy.named_steps["features"], "feature_names_out_")
    again = pickle.loads(pickle.dumps(pipe))
    assert np.array_equal(again.predict_proba(recs), pipe.predict_proba(recs))
    assert list(pipe[:-1].get_feature_names_out()) == list(FEATURE_NAMES[:10])


def test_pandas_output():
    recs = _records(3)
    df = ArticleFeatures(features=["n_words", "n_quotes"]).set_output(
        transform="pandas").fit_transform(recs)
    assert list(df.columns) == ["n_words", "n_quotes"] and len(df) == 3


def test_a_missing_feature_is_an_error_naming_the_record_or_a_zero():
    recs = _records(3)
    del recs[1]["features"]["n_quotes"]
    with pytest.raises(ValueError, match="record 1 has no feature 'n_quotes'"):
        ArticleFeatures().fit(recs).transform(recs)
    X = ArticleFeatures(missing="zero").fit_transform(recs)
    assert X[1, FEATURE_NAMES.index("n_quotes")] == 0.0


@pytest.mark.parametrize(("params", "message"), [
    ({"features": ["n_quotes", "no_such_feature"]}, "unknown feature"),
    ({"features": ["n_quotes", "n_quotes"]}, "listed twice"),
    ({"missing": "ignore"}, "missing='ignore'"),
])
def test_bad_parameters_are_refused_at_fit(params, message):
    with pytest.raises(ValueError, match=message):
        ArticleFeatures(**params).fit(_records(2))


def test_transform_before_fit_and_a_single_record_are_errors():
    from sklearn.exceptions import NotFittedError

    with pytest.raises(NotFittedError):
        ArticleFeatures().transform(_records(1))
    with pytest.raises(TypeError, match="list of records"):
        ArticleFeatures().fit(_records(1)).transform(_records(1)[0])


def test_the_public_api_is_explicit():
    assert isinstance(features.__all__, list)
    assert all(hasattr(features, n) for n in features.__all__)


def test_features_of_a_stored_json_record_round_trip(tmp_path: Path, reference_text):
    rec = analysis.analyze(reference_text, "fr").to_dict()
    p = tmp_path / "out.jsonl"
    p.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    rows = [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines()]
    X = ArticleFeatures().fit_transform(rows)
    assert X[0].tolist() == [rec["features"][k] for k in FEATURE_NAMES]
