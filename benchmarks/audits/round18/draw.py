"""Draw round 18's sample: 120 predicted quotes and 40 paragraph lines of the MBIC articles
(../shared/data/loaded/mbic/mbic_labeled_dataset_with_articles.csv, Apache-2.0: US news of
2017-2020 from Breitbart, AlterNet, MSNBC, Reuters, The Federalist, Fox News, USA Today and
HuffPost), which no earlier round read and no rule was written on. A document is its
`news_link`; the corpus repeats an article once per annotated sentence, so each link and each
text is kept once (`read_mbic` in benchmarks/bench_audits.py).

    python benchmarks/audits/round18/draw.py OUT_DIR

Writes OUT_DIR/predictions.jsonl (doc, start, end, type, rule, speaker mention and canonical)
and OUT_DIR/paragraphs.jsonl (doc, start, end, and the predictions inside) for the readers;
their judgements are en_predictions.jsonl and en_paragraphs.jsonl beside this script.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))
SEED = 2042


def main(out: Path) -> None:
    from bench_audits import MBIC, draw_sample, paragraph_lines, read_mbic

    docs = read_mbic(MBIC)
    draw_sample(docs, lambda d: (d["text"], paragraph_lines(d["text"])), random.Random(SEED),
                out)

if __name__ == "__main__":
    main(Path(sys.argv[1]))
