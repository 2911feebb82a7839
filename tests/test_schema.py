"""Every record `analyze` writes follows contract/analysis.schema.json, and its offsets point
at the text they claim to cover."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from analysis import analyze
from analysis.cli import main

DEV_SETS = ["fr-news-dev.gold.jsonl", "polnear-dev.jsonl"]


@pytest.fixture(scope="module")
def validator(shared_contract: Path):
    schema = json.loads((shared_contract / "analysis.schema.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def problems(validator, record: dict, text: str) -> list[str]:
    """Schema violations, then offsets that do not point at the text they carry."""
    out = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
           for e in validator.iter_errors(record)]
    if out:
        return out
    if not re.fullmatch(r"\d+\.\d+\.\d+", record["schema_version"]):
        out.append(f"schema_version {record['schema_version']!r} is not semantic")
    for i, q in enumerate(record["quotes"]):
        if not 0 <= q["start"] <= q["end"] <= len(text):
            out.append(f"quotes[{i}]: span {q['start']}-{q['end']} outside the text")
        elif text[q["start"]:q["end"]] != q["text"]:
            out.append(f"quotes[{i}]: text differs from text[start:end]")
        sp = q["speaker"]
        if sp and sp.get("start") is not None and sp.get("end") is not None \
                and text[sp["start"]:sp["end"]] != sp["text"]:
            out.append(f"quotes[{i}].speaker: text differs from text[start:end]")
        cue = q.get("cue")
        if cue and text[cue["start"]:cue["end"]] != cue["text"]:
            out.append(f"quotes[{i}].cue: text differs from text[start:end]")
    for i, t in enumerate(record["loaded_terms"]):
        if text[t["start"]:t["end"]] != t["text"]:
            out.append(f"loaded_terms[{i}]: text differs from text[start:end]")
        marks = t.get("scare_quote")
        if marks is not None and not (marks[0] < t["start"] < t["end"] < marks[1]
                                      and text[marks[0]] in "«“\"„‹'"
                                      and text[marks[1] - 1] in "»”\"“›'"):
            out.append(f"loaded_terms[{i}]: scare_quote {marks} does not frame the term")
        qi = t.get("quote_index")
        if (qi is None) != (t["voice"] == "narrative"):
            out.append(f"loaded_terms[{i}]: voice {t['voice']} with quote_index {qi}")
        elif qi is not None and not 0 <= qi < len(record["quotes"]):
            out.append(f"loaded_terms[{i}]: quote_index {qi} out of range")
    return out


def test_reference_article(validator, reference_text):
    record = analyze(reference_text, id="syrie-2016", outlet="agences",
                     meta={"date": "2016-07-06"}).to_dict()
    assert problems(validator, record, reference_text) == []
    assert (record["id"], record["outlet"], record["date"]) == ("syrie-2016", "agences",
                                                                "2016-07-06")
    assert record["quotes"] and record["sources"]


@pytest.mark.parametrize("name", DEV_SETS)
def test_dev_set_records(validator, shared_data, name):
    path = shared_data / "attribution" / name
    golds = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    feature_names = set()
    bad = {}
    for g in golds:
        record = analyze(g["text"], id=g["id"]).to_dict()
        if found := problems(validator, record, g["text"]):
            bad[g["id"]] = found
        feature_names.add(tuple(sorted(record["features"])))
    assert bad == {}
    assert len(feature_names) == 1, "features must have the same names for every article"


def test_news_corpus_records(validator, shared_data):
    """Scraped news (glued sentences, stray marks, non-breaking spaces): the first 600
    articles of the gilets-jaunes corpus, every offset checked."""
    import pandas as pd

    path = shared_data / "outlets" / "gilets-jaunes-fr" / "gj_fr_articles.csv"
    texts = pd.read_csv(path, usecols=["text"], nrows=600)["text"].fillna("").tolist()
    bad = {}
    for k, text in enumerate(texts):
        if found := problems(validator, analyze(text, id=str(k)).to_dict(), text):
            bad[k] = found
    assert bad == {}


def _english_news(shared_data: Path) -> list[str]:
    import pandas as pd

    basil = pd.read_csv(shared_data / "outlets" / "basil" / "basil_articles.csv",
                        usecols=["text"])["text"]
    allsides = pd.read_csv(shared_data / "outlets" / "allsides-abp" /
                           "abp_text_mideast_terrorism.csv",
                           usecols=["content_original"])["content_original"]
    semeval = [json.loads(line)["text"] for line in
               (shared_data / "loaded" / "semeval2023t3-en" / "articles.jsonl")
               .read_text(encoding="utf-8").splitlines() if line.strip()]
    return ([t for t in basil.fillna("").tolist()[::3]]
            + [t for t in allsides.fillna("").tolist()[::10]] + semeval[::5])


def test_english_news_records(validator, shared_data):
    """English news of three sources (BASIL, AllSides, SemEval), every offset checked."""
    bad = {}
    for k, text in enumerate(_english_news(shared_data)):
        if found := problems(validator, analyze(text, id=str(k)).to_dict(), text):
            bad[k] = found
    assert bad == {}


@pytest.mark.parametrize("text", ["", "  \n ", "«", "»»» « « “", "a"])
def test_degenerate_texts(validator, text):
    record = analyze(text, "fr").to_dict()
    assert problems(validator, record, text) == []


def test_command_line_output(validator, reference_path, tmp_path, capsys):
    corpus = tmp_path / "c.jsonl"
    text = reference_path.read_text(encoding="utf-8")
    corpus.write_text(json.dumps({"id": 7, "text": text, "outlet": "x", "title": "t"},
                                 ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["analyze", str(corpus), str(reference_path), "-o", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["7", "syrie-2016.txt"]
    for r in records:
        assert problems(validator, r, text) == []
