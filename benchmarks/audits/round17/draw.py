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
sys.path.insert(0, str(ROOT / "benchmarks"))
DATA = ROOT.parent / "shared" / "data" / "loaded" / "semeval2023t3-en" / "articles.jsonl"
SEED_ROUND15 = 2039
SEED = 2041


def main(out: Path) -> None:
    from bench_audits import draw_sample, paragraph_lines

    with DATA.open(encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    read = {d["id"] for d in random.Random(SEED_ROUND15).sample(docs, 250)}
    drawn = [d for d in docs if d["id"] not in read]
    draw_sample(drawn, lambda d: (d["text"], paragraph_lines(d["text"])), random.Random(SEED),
                out)

if __name__ == "__main__":
    main(Path(sys.argv[1]))
