"""Precision and recall of the extractor on unlabelled news, from a reading of samples.

    python benchmarks/bench_audits.py [--round 1|2|…|18] [--show]

`benchmarks/audits/` holds one reading (see its README) of
- 120 random predicted quotes and 40 random paragraphs of gilets-jaunes-fr (French; round 11
  iwac-musulmanes-fr, West African press, and rounds 12 and 13 the SemEval-2023 French articles,
  news and opinion of 2022, a document being their `id`), and
- the same for AllSides (English),
each judged against ../shared/contract/ATTRIBUTION.md. This script recounts the labels with 95%
Wilson intervals: the share of predictions that are right (CORRECT) and the share that are
real attributions (everything but FALSE), and the recall over the paragraphs. It then runs
today's extractor on the audited documents. For each label it shows how many of the audited
predictions are still made, with the same span overlapping at least half. The reading was
done on French rules 1.11 and English rules 1.15; a FALSE prediction no longer made is a fix.
It also recounts the paragraphs' recall with today's predictions (an expected attribution is
found when a prediction overlaps at least half of it, as in the readings).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections import Counter
from pathlib import Path

from bench_polnear_audit import wilson

ROOT = Path(__file__).resolve().parent.parent
AUDITS = ROOT / "benchmarks" / "audits"
DATA = ROOT.parent / "shared" / "data" / "outlets"
# (corpus, the column that names a document -- None: its row number -- and the text column)
SETS = {
    "fr": (DATA / "gilets-jaunes-fr" / "gj_fr_articles.csv", None, "text"),
    "en": (DATA / "allsides-abp" / "abp_text_mideast_terrorism.csv", "ID", "content_original"),
}
# Rounds whose French documents come from another corpus than gilets-jaunes-fr: round 11 reads
# the IWAC sample of West African French-language press (a document is its `id` column).
FR_BY_ROUND = {
    "11": (DATA / "iwac-musulmanes-fr" / "iwac_articles.csv", "id", "text"),
    # round 12: the SemEval-2023 persuasion task's French articles (JSON lines, `id`, `text`)
    "12": (DATA.parent / "loaded" / "semeval2023-fr" / "articles.jsonl", "id", "text"),
    "13": (DATA.parent / "loaded" / "semeval2023-fr" / "articles.jsonl", "id", "text"),
}
# Rounds whose English documents come from another corpus than AllSides: round 15 reads the
# SemEval-2023 task 3 English articles (JSON lines, `id`, `text`), unread until then
EN_BY_ROUND = {
    "15": (DATA.parent / "loaded" / "semeval2023t3-en" / "articles.jsonl", "id", "text"),
    # round 17: the SemEval-2023 English articles round 15 did not draw
    "17": (DATA.parent / "loaded" / "semeval2023t3-en" / "articles.jsonl", "id", "text"),
}
# Round 16 reads the Ukraine-crisis English articles of Färber et al. 2020, stored as sentences:
# a document is its `id`, its text built by `article_text`
UKRAINE = DATA.parent / "loaded" / "ukraine-news-faerber2020" / "articles.jsonl"
# Round 18 reads the MBIC articles (US news, 2017-2020): a `;`-separated file with one row per
# annotated sentence, the whole article repeated in each; a document is its `news_link`
MBIC = DATA.parent / "loaded" / "mbic" / "mbic_labeled_dataset_with_articles.csv"
ROUNDS = tuple(str(k) for k in range(1, 19))


def paragraph_lines(text: str, min_words: int = 25) -> list[tuple[int, int]]:
    """The offsets of the lines of ``text`` with at least ``min_words`` words: the paragraphs
    a recall reading draws from."""
    out, pos = [], 0
    for line in text.split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        if len(line.split()) >= min_words:
            out.append((s, e))
    return out


def draw_sample(docs: list[dict], passages_of, rng: random.Random, out: Path,
                names: tuple[str, str] = ("paragraph lines", "paragraphs")) -> None:
    """A reading's sample (rounds 15 to 17): analyse ``docs`` (English), pool their predicted
    quotes and the passages ``passages_of(doc)`` gives as (text, [(start, end), …]), draw 120
    predictions and 40 passages with ``rng``, and write OUT/predictions.jsonl (doc, start,
    end, type, rule, speaker mention and canonical) and OUT/paragraphs.jsonl (doc, start,
    end, and the predictions inside). ``names`` words the passages in the summary printed."""
    from analysis import analyze

    pool, passages = [], []
    for d in docs:
        text, spans = passages_of(d)
        quotes = analyze(text, "en").to_dict()["quotes"]
        for q in quotes:
            sp = q.get("speaker") or {}
            pool.append({"doc": d["id"], "start": q["start"], "end": q["end"], "type": q["type"],
                         "rule": q.get("rule"), "mention": sp.get("text"),
                         "speaker": sp.get("canonical")})
        for s, e in spans:
            inside = [{"start": q["start"], "end": q["end"], "type": q["type"],
                       "speaker": (q.get("speaker") or {}).get("canonical")}
                      for q in quotes if q["start"] < e and q["end"] > s]
            passages.append({"doc": d["id"], "start": s, "end": e, "predicted": inside})
    preds = rng.sample(pool, 120)
    paras = rng.sample(passages, 40)
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in (("predictions.jsonl", preds), ("paragraphs.jsonl", paras)):
        with (out / name).open("w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(docs)} documents, {len(pool)} quotes, {len(passages)} {names[0]}; 120 "
          f"predictions from {len({p['doc'] for p in preds})} documents, 40 {names[1]} from "
          f"{len({p['doc'] for p in paras})}")


def article_text(doc: dict) -> tuple[str, list[tuple[int, int]]]:
    """The text of a Ukraine-news article and the offsets of its sentences: the first sentence
    (the headline) on its own line, then the others joined by spaces (the corpus keeps no
    paragraphs)."""
    sentences = [s["content"].strip() for s in sorted(
        doc.get("sentences", []), key=lambda s: s.get("position_in_article", 0))]
    sentences = [s for s in sentences if s]
    text, spans = "", []
    for k, sentence in enumerate(sentences):
        if k:
            text += "\n\n" if k == 1 else " "
        spans.append((len(text), len(text) + len(sentence)))
        text += sentence
    return text, spans


def read_mbic(path: Path) -> list[dict]:
    """The MBIC articles as {"id": news_link, "text": article}, in file order: each link once
    (its first row with a non-empty article) and each text once (the corpus gives 67 HuffPost
    links the same consent page, and a few articles two links)."""
    csv.field_size_limit(10**9)
    docs: dict[str, dict] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter=";"):
            link, text = row.get("news_link") or "", row.get("article") or ""
            if link and text.strip() and link not in docs and text not in docs:
                docs[link] = docs[text] = {"id": link, "text": text}
    return list({id(d): d for d in docs.values()}.values())


def read_texts(path: Path, id_col: str | None, text_col: str | None,
               wanted: set) -> dict:
    """The texts of the documents ``wanted`` of a reading's corpus, by document name."""
    if path == MBIC:
        return {d["id"]: d["text"] for d in read_mbic(path) if d["id"] in wanted}
    with path.open(encoding="utf-8", newline="") as fh:
        rows = enumerate(csv.DictReader(fh) if path.suffix != ".jsonl"
                         else (json.loads(line) for line in fh if line.strip()))
        return {doc: r[text_col] if text_col else article_text(r)[0] for doc, r in
                ((i if id_col is None else str(r[id_col]), r) for i, r in rows)
                if doc in wanted}


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--round",
                    choices=ROUNDS,
                    default="1",
                    help="1: audits/ (French rules 1.11, English 1.15); 2: audits/round2/ "
                         "(French 1.33.0, English 1.26.0); 3: audits/round3/ (French 1.38.0, "
                         "English 1.29.0); 4: audits/round4/ (French 1.42.0, English 1.31.0); "
                         "5: audits/round5/ (French 1.51.0, English 1.36.0); 6: audits/round6/ "
                         "(French 1.59.0, English 1.51.0); 7: audits/round7/ (French 1.64.0, "
                         "English 1.58.0); 8: audits/round8/ (French 1.73.0, English 1.65.0); "
                         "9: audits/round9/ (French 1.76.0, English 1.74.0); 10: audits/round10/ "
                         "(French 1.77.0, English 1.75.0); 11: audits/round11/ (French 1.78.0 "
                         "on iwac-musulmanes-fr, English 1.76.0); 12: audits/round12/ (French "
                         "1.79.0 on the SemEval-2023 French articles, English 1.76.0); 13: "
                         "audits/round13/ (French 1.85.0 on the SemEval-2023 French articles "
                         "round 12 did not read, English 1.78.0); 14: audits/round14/ "
                         "(English only, English rules 1.80.0); 15: audits/round15/ (English "
                         "only, the SemEval-2023 English articles, English rules 1.112.0); "
                         "16: audits/round16/ (English only, the Ukraine-crisis articles of "
                         "Färber et al. 2020, English rules 1.123.0); 17: audits/round17/ "
                         "(English only, the SemEval-2023 English articles round 15 did not "
                         "draw, English rules 1.129.0); 18: audits/round18/ (English only, the "
                         "MBIC articles, English rules 1.169.0)")
    ap.add_argument("--show", action="store_true",
                    help="print each audited prediction whose canonical speaker changed")
    args = ap.parse_args(argv)
    audits = AUDITS if args.round == "1" else AUDITS / f"round{args.round}"
    from analysis import analyze
    from analysis.evaluate import match_spans

    csv.field_size_limit(10**9)
    sets = dict(SETS)
    if args.round in FR_BY_ROUND:
        sets["fr"] = FR_BY_ROUND[args.round]
    if args.round in EN_BY_ROUND:
        sets["en"] = EN_BY_ROUND[args.round]
    if args.round == "16":
        sets["en"] = (UKRAINE, "id", None)
    if args.round == "18":
        sets["en"] = (MBIC, "news_link", "article")
    for lang, (path, id_col, text_col) in sets.items():
        if not path.is_file():
            sys.exit(f"bench_audits: corpus not found at {path}")
        if not (audits / f"{lang}_predictions.jsonl").is_file():
            continue  # (rounds 14 and 15 read English only: no French corpus was left unread)
        preds = read_jsonl(audits / f"{lang}_predictions.jsonl")
        paras = read_jsonl(audits / f"{lang}_paragraphs.jsonl")
        wanted = {r["doc"] for r in preds} | {p["doc"] for p in paras}
        texts = read_texts(path, id_col, text_col, wanted)
        renamed_rows: list[tuple[str, str, str | None]] = []
        quotes = {doc: analyze(text, lang).to_dict()["quotes"] for doc, text in texts.items()}
        counts = Counter(r["label"] for r in preds)
        kept: Counter[str] = Counter()
        renamed: Counter[str] = Counter()  # predictions whose speaker is now another one
        for r in preds:
            today = quotes.get(r["doc"], [])
            m = match_spans([r], today)
            if m:
                kept[r["label"]] += 1
                now = (today[m[0][1]].get("speaker") or {}).get("canonical")
                renamed[r["label"]] += now != r["speaker"]
                if now != r["speaker"]:
                    renamed_rows.append((r["label"], r["speaker"], now))
        n = len(preds)
        right = counts["CORRECT"]
        real = n - counts["FALSE"]
        print(f"{lang}: {n} audited predictions")
        for label, k in counts.most_common():
            print(f"  {label:8s} {k:4d}  {k / n:6.1%}   still predicted today: {kept[label]}")
        print(f"  canonical speaker changed since the reading: {renamed['SPEAKER']} of the "
              f"{counts['SPEAKER']} SPEAKER errors, {renamed['CORRECT']} of the "
              f"{counts['CORRECT']} CORRECT")
        lo, hi = wilson(right, n)
        print(f"  right:               {right}/{n} = {right / n:.1%} [{lo:.1%}, {hi:.1%}]")
        lo, hi = wilson(real, n)
        print(f"  real attributions:   {real}/{n} = {real / n:.1%} [{lo:.1%}, {hi:.1%}]")
        expected = sum(p["expected"] for p in paras)
        found = sum(p["found"] for p in paras)
        lo, hi = wilson(found, expected)
        print(f"  recall over {len(paras)} paragraphs: {found}/{expected} = "
              f"{found / expected:.1%} [{lo:.1%}, {hi:.1%}]")
        if all("attributions" in p for p in paras):
            # the same expected attributions against today's predictions
            found_now = sum(
                any(min(a["end"], q["end"]) - max(a["start"], q["start"]) >=
                    (a["end"] - a["start"]) / 2 for q in quotes.get(p["doc"], []))
                for p in paras for a in p["attributions"])
            print(f"  recall today:        {found_now}/{expected} = {found_now / expected:.1%}")
        missed = Counter(c for p in paras for c in p["missed"] if c)
        top = ", ".join(f"{c} ({k})" for c, k in missed.most_common(5))
        print(f"  missed constructions: {top}")
        if args.show:
            for label, then, now in renamed_rows:
                print(f"    {label:8s} {then!r} -> {now!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
