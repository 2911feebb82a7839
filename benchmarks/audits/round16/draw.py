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
    from bench_audits import draw_sample

    with DATA.open(encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    draw_sample(docs, _passages, random.Random(SEED), out, ("passages", "passages"))


def _passages(doc: dict) -> tuple[str, list[tuple[int, int]]]:
    """The article's text and its passages: three consecutive sentences of the body."""
    from bench_audits import article_text

    text, spans = article_text(doc)
    body = spans[1:]
    return text, [(body[k][0], body[k + 2][1]) for k in range(0, len(body) - 2, 3)]

if __name__ == "__main__":
    main(Path(sys.argv[1]))
