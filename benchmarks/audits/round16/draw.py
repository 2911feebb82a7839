"""Draw round 16's sample: 120 predicted quotes and 40 passages of the Ukraine-crisis English
articles of Färber et al. 2020 (../shared/data/loaded/ukraine-news-faerber2020/articles.jsonl:
90 articles from 33 countries, 2014), which no earlier round read and no rule was written on.

    python benchmarks/audits/round16/draw.py OUT_DIR

The corpus stores each article as sentences without its paragraphs: the text is the first
sentence (the headline) on its own line, then the other sentences joined by spaces
(`article_text` in benchmarks/bench_audits.py, shared with the recount). A passage is three
consecutive sentences of the body (the corpus has no paragraphs). Writes
OUT_DIR/predictions.jsonl (doc, start, end, type, rule, speaker mention and canonical) and
OUT_DIR/paragraphs.jsonl (doc, start, end, and the predictions inside) for the readers; their
judgements are en_predictions.jsonl and en_paragraphs.jsonl beside this script.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))
DATA = ROOT.parent / "shared" / "data" / "loaded" / "ukraine-news-faerber2020" / "articles.jsonl"
SEED = 2040


def main(out: Path) -> None:
    from bench_audits import article_text

    from analysis import analyze

    with DATA.open(encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    rng = random.Random(SEED)
    pool, passages = [], []
    for d in docs:
        text, spans = article_text(d)
        quotes = analyze(text, "en").to_dict()["quotes"]
        for q in quotes:
            sp = q.get("speaker") or {}
            pool.append({"doc": d["id"], "start": q["start"], "end": q["end"], "type": q["type"],
                         "rule": q.get("rule"), "mention": sp.get("text"),
                         "speaker": sp.get("canonical")})
        body = spans[1:]
        for k in range(0, len(body) - 2, 3):
            s, e = body[k][0], body[k + 2][1]
            inside = [{"start": q["start"], "end": q["end"], "type": q["type"],
                       "speaker": (q.get("speaker") or {}).get("canonical")}
                      for q in quotes if q["start"] < e and q["end"] > s]
            passages.append({"doc": d["id"], "start": s, "end": e, "predicted": inside})
    preds = rng.sample(pool, 120)
    paras = rng.sample(passages, 40)
    out.mkdir(parents=True, exist_ok=True)
    with (out / "predictions.jsonl").open("w", encoding="utf-8") as f:
        for p in preds:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    with (out / "paragraphs.jsonl").open("w", encoding="utf-8") as f:
        for p in paras:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    print(f"{len(docs)} documents, {len(pool)} quotes, {len(passages)} passages; 120 "
          f"predictions from {len({p['doc'] for p in preds})} documents, 40 passages from "
          f"{len({p['doc'] for p in paras})}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
