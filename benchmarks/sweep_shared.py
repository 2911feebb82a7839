"""Every article of the shared corpora through `analyze`: no exception, every offset right.

    python benchmarks/sweep_shared.py [--data DIR] [--limit N]

Reads the French and English news corpora of ../shared/data (gilets-jaunes, IWAC, SemEval fr
and en, BASIL, AllSides, the Ukraine news, PolNeAR train) and checks, for each article, that
`analyze` returns, and that every quote, speaker, cue and loaded term carries offsets whose
slice of the text is its `text`. Prints the counts per corpus and the first failures (corpus,
index, reason); exits 1 when anything failed. Not a speed benchmark: a sweep for the bugs that
only show on real scraped text. The data are read from ../shared/data and never copied.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = Path(os.environ.get("SOURCEBIAS_SHARED_DATA", ROOT.parent / "shared" / "data"))


def corpora(data: Path) -> Iterator[tuple[str, str]]:
    """(corpus name, article text) for every article of the shared corpora present."""
    csv.field_size_limit(10**9)

    def rows(path: Path, column: str) -> Iterator[str]:
        if path.is_file():
            with path.open(encoding="utf-8", newline="") as fh:
                for r in csv.DictReader(fh):
                    yield r.get(column) or ""

    def jsonl(path: Path) -> Iterator[dict]:
        if path.is_file():
            with path.open(encoding="utf-8") as fh:
                for line in fh:
                    if line.strip():
                        yield json.loads(line)

    for text in rows(data / "outlets/gilets-jaunes-fr/gj_fr_articles.csv", "text"):
        yield "gilets-jaunes-fr", text
    for text in rows(data / "outlets/iwac-musulmanes-fr/iwac_articles.csv", "text"):
        yield "iwac-fr", text
    for d in jsonl(data / "loaded/semeval2023-fr/articles.jsonl"):
        yield "semeval-fr", d["text"]
    for d in jsonl(data / "loaded/semeval2023t3-en/articles.jsonl"):
        yield "semeval-en", d["text"]
    for text in rows(data / "outlets/basil/basil_articles.csv", "text"):
        yield "basil", text
    for text in rows(data / "outlets/allsides-abp/abp_text_mideast_terrorism.csv",
                     "content_original"):
        yield "allsides", text
    for d in jsonl(data / "loaded/ukraine-news-faerber2020/articles.jsonl"):
        yield "ukraine-en", " ".join(s["content"] for s in d.get("sentences", []))
    for d in jsonl(data / "attribution/polnear-train.jsonl"):
        yield "polnear-train", d["text"]


def offset_problems(text: str, analysis) -> list[str]:
    out = []
    for i, q in enumerate(analysis.quotes):
        if text[q.start:q.end] != q.text:
            out.append(f"quote {i}: text is not text[start:end]")
        for name, part in (("speaker", q.speaker), ("cue", q.cue)):
            if part is not None and part.start is not None and \
                    text[part.start:part.end] != part.text:
                out.append(f"quote {i}: {name} text is not text[start:end]")
    for i, t in enumerate(analysis.loaded_terms):
        if text[t.start:t.end] != t.text:
            out.append(f"term {i}: text is not text[start:end]")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int, default=0, help="articles per corpus (0: all)")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"shared data not found at {args.data}", file=sys.stderr)
        return 2
    from analysis import analyze

    seen: Counter = Counter()
    failed: list[tuple[str, int, str]] = []
    start = time.perf_counter()
    for corpus, text in corpora(args.data):
        if args.limit and seen[corpus] >= args.limit:
            continue
        k = seen[corpus]
        seen[corpus] += 1
        try:
            result = analyze(text)
        except Exception as exc:  # the sweep reports every failure, it never stops
            failed.append((corpus, k, f"{type(exc).__name__}: {exc}"))
            continue
        failed.extend((corpus, k, p) for p in offset_problems(text, result))
    elapsed = time.perf_counter() - start
    for corpus, n in seen.items():
        bad = sum(1 for c, _, _ in failed if c == corpus)
        print(f"{corpus:18s} {n:6,d} articles  {bad} problems")
    print(f"{sum(seen.values()):,} articles in {elapsed:.1f} s, {len(failed)} problems")
    for corpus, k, reason in failed[:20]:
        print(f"  {corpus} #{k}: {reason}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
