"""Loaded terms and their voice on the shared gold sets, scored with the reference scorer.

The voice logic is measured on its own by building the voice map from the GOLD quotes (mixed
quotes get their quoted fragments as marks), so that a miss of the attribution extractor does
not hide or excuse a voice error; the end-to-end figure on the reference article uses the
extractor too.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _gold import gold_quotes, reference_scorer

import analysis
from analysis.lexicon import find_loaded_terms
from analysis.text import make_document
from analysis.voice import VoiceMap


@pytest.fixture(scope="module")
def score(shared_contract: Path):
    return reference_scorer(shared_contract)


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def predict(record: dict) -> dict:
    """An analysis record whose terms get their voice from the gold quotes."""
    doc = make_document(record["text"], record.get("language", "fr"))
    assert doc.to_orig is None  # NFC text: matching-view offsets are the original offsets
    res = find_loaded_terms(doc, VoiceMap.from_quotes(gold_quotes(record)))
    return {"id": record["id"], "quotes": record["quotes"],
            "loaded_terms": [{"start": t.start, "end": t.end, "text": t.text,
                              "voice": t.voice, "category": t.category} for t in res.terms]}


def term_scores(score, records: list[dict], preds: list[dict]) -> dict:
    """Term recall, voice accuracy of the matched terms, and the voice accuracy of every
    predicted term against the gold quotes (the reference scorer's definitions)."""
    t_gold = t_tp = t_voice = n = ok = 0
    for g, p in zip(records, preds, strict=True):
        gt, pt = g.get("loaded_terms", []), p["loaded_terms"]
        matched = score.match(gt, pt, lambda t: (t["start"], t["end"]))
        t_gold += len(gt)
        t_tp += len(matched)
        t_voice += sum(gt[i]["voice"] == pt[j]["voice"] for i, j in matched)
        for t in pt:
            n += 1
            ok += score.gold_voice(g["text"], g["quotes"], t["start"], t["end"]) == t["voice"]
    return {"term_r": t_tp / t_gold if t_gold else None,
            "voice_acc": t_voice / t_tp if t_tp else None,
            "pred_terms": n, "pred_term_voice_acc": ok / n if n else None}


def test_reference_article_six_gold_terms_with_their_voice_from_gold_quotes(shared_data, score):
    records = _records(shared_data / "attribution" / "seed-gold.jsonl")
    res = term_scores(score, records, [predict(r) for r in records])
    assert (res["term_r"], res["voice_acc"]) == (1.0, 1.0)


def test_reference_article_six_gold_terms_with_their_voice_end_to_end(shared_data, score):
    (record,) = _records(shared_data / "attribution" / "seed-gold.jsonl")
    pred = analysis.analyze(record["text"], "fr", id=record["id"]).to_dict()
    res = term_scores(score, [record], [pred])
    assert (res["term_r"], res["voice_acc"]) == (1.0, 1.0)
    labels = {t["text"]: t["voice"] for t in pred["loaded_terms"]
              if t["category"] == "labeling" and t["voice"] == "narrative"}
    assert {"takfiristes", "régime", "terroristes", "extrémistes"} <= set(labels)


def test_fr_news_dev_every_term_carries_the_voice_of_the_gold_quotes(shared_data, score):
    records = _records(shared_data / "attribution" / "fr-news-dev.gold.jsonl")
    res = term_scores(score, records, [predict(r) for r in records])
    assert res["pred_terms"] >= 30
    assert res["pred_term_voice_acc"] >= 0.90
