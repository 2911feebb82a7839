"""Draw round 15's sample: 120 predicted quotes and 40 paragraphs of the SemEval-2023 task 3
English articles (../shared/data/loaded/semeval2023t3-en/articles.jsonl), which no earlier
round read and no rule was written on.

    python benchmarks/audits/round15/draw.py OUT_DIR

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
SEED = 2039


def main(out: Path) -> None:
    from bench_audits import draw_sample, paragraph_lines

    with DATA.open(encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    rng = random.Random(SEED)
    drawn = rng.sample(docs, 250)
    draw_sample(drawn, lambda d: (d["text"], paragraph_lines(d["text"])), rng, out)

if __name__ == "__main__":
    main(Path(sys.argv[1]))
