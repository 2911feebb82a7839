"""Draw round 17's sample: 120 predicted quotes and 40 paragraphs of the SemEval-2023 task 3
English articles (../shared/data/loaded/semeval2023t3-en/articles.jsonl) that round 15 did not
draw (the 286 of the 536 articles left when round 15's 250 are set aside: round 15's draw is
repeated with its seed to know them). No rule was written on them.

    python benchmarks/audits/round17/draw.py OUT_DIR

Writes OUT_DIR/predictions.jsonl (doc, start, end, type, rule, speaker mention and canonical)
and OUT_DIR/paragraphs.jsonl (doc, start, end, and the predictions inside) for the readers;
their judgements are en_predictions.jsonl and en_paragraphs.jsonl beside this script.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT.parent / "shared" / "data" / "loaded" / "semeval2023t3-en" / "articles.jsonl"
SEED_ROUND15 = 2039
SEED = 2041


def main(out: Path) -> None:
    from analysis import analyze

    with DATA.open(encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    read = {d["id"] for d in random.Random(SEED_ROUND15).sample(docs, 250)}
    drawn = [d for d in docs if d["id"] not in read]
    rng = random.Random(SEED)
    pool, lines = [], []
    for d in drawn:
        text = d["text"]
        quotes = analyze(text, "en").to_dict()["quotes"]
        for q in quotes:
            sp = q.get("speaker") or {}
            pool.append({"doc": d["id"], "start": q["start"], "end": q["end"], "type": q["type"],
                         "rule": q.get("rule"), "mention": sp.get("text"),
                         "speaker": sp.get("canonical")})
        pos = 0
        for line in text.split("\n"):
            s, e = pos, pos + len(line)
            pos = e + 1
            if len(line.split()) >= 25:
                inside = [{"start": q["start"], "end": q["end"], "type": q["type"],
                           "speaker": (q.get("speaker") or {}).get("canonical")}
                          for q in quotes if q["start"] < e and q["end"] > s]
                lines.append({"doc": d["id"], "start": s, "end": e, "predicted": inside})
    preds = rng.sample(pool, 120)
    paras = rng.sample(lines, 40)
    out.mkdir(parents=True, exist_ok=True)
    with (out / "predictions.jsonl").open("w", encoding="utf-8") as f:
        for p in preds:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    with (out / "paragraphs.jsonl").open("w", encoding="utf-8") as f:
        for p in paras:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    print(f"{len(drawn)} documents, {len(pool)} quotes, {len(lines)} paragraph lines; "
          f"120 predictions from {len({p['doc'] for p in preds})} documents, 40 paragraphs "
          f"from {len({p['doc'] for p in paras})}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
