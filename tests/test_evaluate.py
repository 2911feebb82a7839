"""analysis.evaluate and `sourcebias evaluate`: the same figures as contract/score.py on the
shared dev sets, scores by quote type, bootstrap intervals, and the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.cli import main
from analysis.evaluate import (
    COUNT_KEYS,
    bootstrap,
    count_article,
    evaluate,
    format_table,
    gold_voice,
    match_spans,
    read_jsonl,
    speaker_name_ok,
    speaker_ok,
)

DEV_SETS = ["seed-gold.jsonl", "fr-news-dev.gold.jsonl", "polnear-dev.jsonl"]
REFERENCE_KEYS = ("docs", "missing", "quote_p", "quote_r", "quote_f1", "direct_f1",
                  "speaker_acc", "end2end_f1", "term_p", "term_r", "term_f1", "voice_acc",
                  "pred_terms", "pred_term_voice_acc", "counts")


def _dev(shared_data: Path, name: str) -> Path:
    return shared_data / "attribution" / name


def _write_jsonl(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return path


def _reference(shared_contract: Path, gold: Path, pred: Path) -> dict:
    proc = subprocess.run([sys.executable, str(shared_contract / "score.py"), str(gold),
                           str(pred), "--json"], capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)


def perturb(gold: dict) -> dict:
    """A deterministic, imperfect prediction of one gold record that exercises every branch of
    the matching: dropped, shifted, retyped and extra quotes; speakers right by alias, by
    canonical name, by span only, wrong, as a plain string or missing; terms shifted, with the
    wrong voice, without offsets."""
    quotes = []
    for i, q in enumerate(gold.get("quotes", [])):
        kind = i % 7
        start, end = q["start"], q["end"]
        length = max(1, end - start)
        if kind == 0:
            continue  # missed
        if kind == 1:
            start += length // 3  # overlap 2/3: still a match
        if kind == 2:
            start += (2 * length) // 3  # overlap 1/3: a miss and a false alarm
        qtype = {"direct": "mixed", "mixed": "indirect", "indirect": "direct"}[q["type"]] \
            if kind == 3 else q["type"]
        aliases = q.get("speaker_aliases") or [q.get("speaker")]
        speaker = {
            1: {"text": aliases[-1], "canonical": None},
            2: {"text": "un porte-parole", "canonical": q.get("speaker")},
            3: {"text": "quelqu'un", "start": q.get("speaker_start"),
                "end": q.get("speaker_end")},
            4: {"text": "Personne", "canonical": "Personne", "start": 0, "end": 1},
            5: q.get("speaker"),
            6: None,
        }[kind]
        quotes.append({"type": qtype, "start": start, "end": end, "speaker": speaker})
    if gold.get("quotes"):
        quotes.append({"type": "direct", "start": 0, "end": 5, "speaker": None})
    terms = []
    for i, t in enumerate(gold.get("loaded_terms", [])):
        voice = t["voice"] if i % 2 else {"quoted": "narrative", "narrative": "reported",
                                          "reported": "quoted"}[t["voice"]]
        terms.append({"start": t["start"] + (i % 3), "end": t["end"], "voice": voice,
                      "text": t["text"], "entry": t["text"], "category": "x"})
    for q in gold.get("quotes", [])[:2]:  # a term inside each of the first quotes
        terms.append({"start": q["start"] + 1, "end": q["start"] + 4, "voice": "quoted"})
    if "loaded_terms" not in gold:  # a term without offsets (only scorable without gold terms)
        terms.append({"start": None, "end": 3, "voice": "narrative"})
    return {"id": gold["id"], "quotes": quotes, "loaded_terms": terms}


# -- the same figures as the reference scorer -----------------------------------------------

@pytest.mark.parametrize("name", DEV_SETS)
def test_same_figures_as_score_py_on_perturbed_predictions(shared_data, shared_contract,
                                                           tmp_path, name):
    gold_path = _dev(shared_data, name)
    gold = read_jsonl(gold_path)
    preds = [perturb(g) for g in gold.values()]
    missing = int(len(preds) > 1)
    if missing:
        del preds[len(preds) // 2]  # one article without a prediction
    pred_path = _write_jsonl(tmp_path / "pred.jsonl", preds)
    ref = _reference(shared_contract, gold_path, pred_path)
    ours = evaluate(gold, read_jsonl(pred_path), n_boot=0)
    assert {k: ours[k] for k in REFERENCE_KEYS} == ref
    assert ref["missing"] == missing
    assert 0 < ref["quote_f1"] < 1 and 0 < ref["speaker_acc"] < 1


@pytest.mark.parametrize("name", DEV_SETS)
def test_same_figures_as_score_py_on_our_analysis(shared_data, shared_contract, tmp_path,
                                                  capsys, name):
    gold_path = _dev(shared_data, name)
    pred_path = tmp_path / "pred.jsonl"
    assert main(["analyze", str(gold_path), "-o", str(pred_path)]) == 0
    ref = _reference(shared_contract, gold_path, pred_path)
    capsys.readouterr()
    assert main(["evaluate", str(gold_path), "--pred", str(pred_path), "--json"]) == 0
    ours = json.loads(capsys.readouterr().out)
    assert {k: ours[k] for k in REFERENCE_KEYS} == ref
    # without --pred the command analyses the gold texts itself: the same predictions
    assert main(["evaluate", str(gold_path), "--json", "--lang", "auto"]) == 0
    fresh = json.loads(capsys.readouterr().out)
    assert {k: fresh[k] for k in REFERENCE_KEYS} == ref


# -- matching rules, on the reference article's gold ----------------------------------------

@pytest.fixture(scope="module")
def seed(shared_data):
    (gold,) = read_jsonl(_dev(shared_data, "seed-gold.jsonl")).values()
    return gold


@pytest.mark.parametrize(("gold", "pred", "expected"), [
    ([(0, 10)], [(0, 10)], [(0, 0)]),
    ([(0, 10)], [(5, 10)], [(0, 0)]),  # overlap exactly half of the union
    ([(0, 10)], [(6, 10)], []),  # 4/10
    ([(0, 10)], [(0, 10), (0, 9)], [(0, 0)]),  # one to one, best overlap first
    ([(0, 10), (0, 9)], [(0, 9)], [(1, 0)]),
    ([(0, 10), (12, 20)], [(11, 20), (1, 10)], [(0, 1), (1, 0)]),
    ([(0, 10)], [(10, 20)], []),  # touching is not overlapping
])
def test_match_spans(gold, pred, expected):
    as_dicts = [[{"start": s, "end": e} for s, e in spans] for spans in (gold, pred)]
    assert sorted(match_spans(*as_dicts)) == expected


@pytest.mark.parametrize(("speaker", "expected"), [
    ({"text": "le Kremlin"}, True),  # an alias, article dropped by normalisation
    ({"text": "Le  KREMLIN "}, True),  # case and spaces
    ({"text": "le communiqué", "canonical": None}, True),
    ({"text": "il", "canonical": "Kremlin"}, True),
    ({"text": "il", "start": 310, "end": 312}, True),  # inside the gold mention's span
    ({"text": "il", "start": 0, "end": 5}, False),
    ({"name": "Kremlin"}, True),
    ("Kremlin", True),  # a plain string
    ("Moscou", False),
    (None, False),
    ({"text": "Vladimir Poutine", "canonical": "Vladimir Poutine"}, False),
])
def test_speaker_ok_on_the_first_reference_quote(seed, speaker, expected):
    gold_quote = seed["quotes"][0]
    assert gold_quote["speaker"] == "Kremlin" and gold_quote["speaker_start"] == 307
    assert speaker_ok(gold_quote, {"speaker": speaker}) is expected


@pytest.mark.parametrize(("gold", "speaker", "expected"), [
    ({"speaker": "Kremlin"}, {"text": "il", "start": 310, "end": 312, "canonical": "Kremlin"},
     True),
    # the span is no credit: a pronoun resolved to someone else is wrong
    ({"speaker": "Kremlin", "speaker_start": 307, "speaker_end": 314},
     {"text": "il", "start": 310, "end": 312, "canonical": "Moscou"}, False),
    ({"speaker": "Christophe Castaner"}, {"canonical": "Castaner"}, True),
    ({"speaker": "Sen. Bernie Sanders"}, {"canonical": "Bernie Sanders"}, True),
    ({"speaker": "John Kerry", "speaker_aliases": ["Kerry"]}, {"canonical": "John Kerry"}, True),
    ({"speaker": "ministère polonais"}, {"canonical": "porte-parole du ministère polonais"},
     False),
    ({"speaker": "Kremlin"}, {"text": "il", "canonical": None}, False),
    ({"speaker": "une source proche du dossier"}, {"canonical": "source proche du dossier"},
     True),
    ({"speaker": "Elysée"}, {"canonical": "Élysée"}, True),
    # the gold's apposition and title aside
    ({"speaker": "Bob Friedman, a talk show host,"}, {"canonical": "Bob Friedman"}, True),
    ({"speaker": "Ms. Acosta"}, {"canonical": "Melba Acosta"}, True),
    # a pronoun in the gold has no name to compare with
    ({"speaker": "he"}, {"canonical": "Paul Davis"}, None),
    ({}, {"canonical": "Paul Davis"}, None),
])
def test_speaker_name_ok(gold, speaker, expected):
    assert speaker_name_ok(gold, {"speaker": speaker}) is expected


def test_gold_voice_of_the_reference_terms(seed):
    """Each gold loaded term's voice follows from the gold quotes alone."""
    for term in seed["loaded_terms"]:
        assert gold_voice(seed["text"], seed["quotes"], term["start"], term["end"]) == \
            term["voice"], term


def test_perfect_prediction_scores_one_with_a_degenerate_interval(seed):
    res = evaluate({"s": seed}, {"s": seed}, n_boot=200)
    assert (res["quote_f1"], res["speaker_acc"], res["end2end_f1"], res["term_f1"],
            res["voice_acc"]) == (1.0, 1.0, 1.0, 1.0, 1.0)
    assert all(res["by_type"][t]["f1"] == 1.0 for t in ("direct", "indirect", "mixed"))
    assert res["ci"] == {"quote_f1": [1.0, 1.0], "speaker_acc": [1.0, 1.0],
                         "end2end_f1": [1.0, 1.0]}


def test_by_type_counts_add_up(shared_data):
    gold = read_jsonl(_dev(shared_data, "fr-news-dev.gold.jsonl"))
    res = evaluate(gold, {k: perturb(g) for k, g in gold.items()}, n_boot=0)
    by = res["by_type"]
    assert sum(t["gold"] for t in by.values()) == res["counts"]["q_gold"]
    assert sum(t["pred"] for t in by.values()) == res["counts"]["q_pred"]
    assert by["direct"]["f1"] == res["direct_f1"]
    assert all(t["tp"] <= min(t["gold"], t["pred"]) for t in by.values())


def test_missing_prediction_counts_every_gold_quote_as_missed(seed):
    c = count_article(seed, None)
    assert c["missing"] == 1 and c["q_gold"] == len(seed["quotes"]) and c["q_tp"] == 0
    assert set(COUNT_KEYS) <= set(c)


# -- bootstrap ------------------------------------------------------------------------------

def test_bootstrap_is_reproducible_and_brackets_the_estimate(shared_data):
    gold = read_jsonl(_dev(shared_data, "fr-news-dev.gold.jsonl"))
    pred = {k: perturb(g) for k, g in gold.items()}
    a = evaluate(gold, pred, n_boot=500, seed=7)
    b = evaluate(gold, pred, n_boot=500, seed=7)
    c = evaluate(gold, pred, n_boot=500, seed=8)
    assert a["ci"] == b["ci"] and a["ci"] != c["ci"]
    for name in ("quote_f1", "speaker_acc", "end2end_f1"):
        lo, hi = a["ci"][name]
        assert 0.0 <= lo < a[name] < hi <= 1.0, (name, lo, a[name], hi)
    assert a["bootstrap"] == {"resamples": 500, "seed": 7, "unit": "article", "level": 0.95}


def test_bootstrap_resamples_articles():
    # two articles: one perfect (F1 1), one all wrong (F1 0); resampled pairs give 0, 1/2 or 1
    per = [dict(q_tp=2, q_pred=2, q_gold=2, q_sp=2, q_tp_sp=2),
           dict(q_tp=0, q_pred=2, q_gold=2, q_sp=0, q_tp_sp=0)]
    ci = bootstrap(per, n=2000, seed=0)
    assert ci["quote_f1"] == [0.0, 1.0]
    assert ci["speaker_acc"] == [0.0, 1.0]
    assert bootstrap([], n=10) == {} and bootstrap(per, n=0) == {}


# -- command line ---------------------------------------------------------------------------

def test_table_output(shared_data, capsys):
    gold = _dev(shared_data, "seed-gold.jsonl")
    assert main(["evaluate", str(gold), "--bootstrap", "100"]) == 0
    out = capsys.readouterr().out
    rows = {line.split()[0] for line in out.splitlines() if line.strip()}
    assert {"quotes", "direct", "indirect", "mixed", "speaker", "loaded"} <= rows
    assert "95% CI: bootstrap over articles, 100 resamples, seed 0" in out


def test_format_table_without_terms_or_intervals(shared_data):
    gold = read_jsonl(_dev(shared_data, "polnear-dev.jsonl"))
    res = evaluate(gold, {k: perturb(g) for k, g in gold.items()}, n_boot=0)
    table = format_table(res)
    assert res["term_f1"] is None and "loaded terms" not in table and "95% CI:" not in table
    assert f"{res['quote_f1']:.3f}" in table


@pytest.mark.parametrize(("gold_lines", "pred_lines", "message"), [
    (None, None, "gold file '{tmp}/gold.jsonl' does not exist"),
    (['{"id": 1, "text": "x", "quotes": []}', "{oops"], None,
     "{tmp}/gold.jsonl:2: the gold line is not valid JSON"),
    (['{"text": "x", "quotes": []}'], None, "{tmp}/gold.jsonl:1: the gold record has no 'id'"),
    (['{"id": 1, "quotes": []}'], None, "gold record '1' in {tmp}/gold.jsonl needs a 'text'"),
    (['{"id": 1, "text": "x", "quotes": []}'], ["[1, 2]"],
     "{tmp}/pred.jsonl:1: the prediction line is not a JSON object"),
])
def test_evaluate_user_mistakes(tmp_path, capsys, gold_lines, pred_lines, message):
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    if gold_lines is not None:
        gold.write_text("\n".join(gold_lines) + "\n", encoding="utf-8")
    argv = ["evaluate", str(gold)]
    if pred_lines is not None:
        pred.write_text("\n".join(pred_lines) + "\n", encoding="utf-8")
        argv += ["--pred", str(pred)]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message.format(tmp=tmp_path) in err and err.count("\n") == 1
