"""Throughput of the English attribution rules on PolNeAR news texts.

    python benchmarks/bench_attribution_en.py [--data PATH] [--repeat 3] [--profile]

Corpus: ../shared/data/attribution/polnear-train.jsonl (840 English political news articles,
about 625,000 words). Words are whitespace-separated tokens. Each stage is timed on the whole
corpus, best of --repeat runs, by wall clock and by this process's CPU time (on a busy machine
the wall-clock rate drops while the CPU rate holds):

- text: make_document (normalisation, paragraphs, sentences) -- the baseline of the run;
- marks: find_marked;
- rules: analysis.attribution._en.extract;
- analyze: analysis.analyze(text, lang="en"), the whole pipeline, for reference.

The rules should cost a fraction of the 200,000 words/s budget of the whole analysis; the
ratio "rules / text" is comparable across machines.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
from pathlib import Path

from bench_speed import Clock  # benchmarks/ is the script's folder, first on sys.path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "attribution" / "polnear-train.jsonl"


def best(fn, repeat: int) -> tuple[float, float]:
    wall = cpu = float("inf")
    for _ in range(repeat):
        with Clock() as c:
            fn()
        wall, cpu = min(wall, c.wall), min(cpu, c.cpu)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="profile the rules stage")
    args = parser.parse_args()
    if not args.data.is_file():
        sys.exit(f"bench_attribution_en: corpus not found at {args.data} (the shared data sets "
                 f"live in ../shared next to the project; give another with --data)")
    sys.path.insert(0, str(ROOT))
    import analysis
    from analysis.attribution import _en
    from analysis.attribution._marks import find_marked
    from analysis.text import make_document

    with args.data.open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    n_words = sum(len(t.split()) for t in texts)
    _en.lexicon()  # loading the data files is a one-off cost, not per text

    docs: list = []
    marked: list = []

    def text_stage() -> None:
        docs[:] = [make_document(t, "en") for t in texts]

    def marks_stage() -> None:
        marked[:] = [find_marked(d.norm, d.paragraphs) for d in docs]

    def rules_stage() -> None:
        for d, m in zip(docs, marked, strict=True):
            _en.extract(d, m)

    def analyze_stage() -> None:
        for t in texts:
            analysis.analyze(t, lang="en")

    rows = []
    for name, fn in (("text", text_stage), ("marks", marks_stage), ("rules", rules_stage),
                     ("analyze", analyze_stage)):
        wall, cpu = best(fn, args.repeat if name != "analyze" else 1)
        rows.append((name, wall, cpu))
    print(f"{len(texts)} texts, {n_words:,} words, best of {args.repeat}")
    print(f"{'stage':8s} {'wall s':>8s} {'cpu s':>8s} {'words/s (wall)':>15s} "
          f"{'words/s (cpu)':>14s}")
    for name, wall, cpu in rows:
        print(f"{name:8s} {wall:8.3f} {cpu:8.3f} {n_words / wall:15,.0f} {n_words / cpu:14,.0f}")
    text_cpu = rows[0][2]
    rules_cpu = rows[2][2]
    analyze_cpu = rows[3][2]
    print(f"rules / text (cpu): {rules_cpu / text_cpu:.2f}; "
          f"rules share of analyze (cpu): {rules_cpu / analyze_cpu:.0%}")
    n_quotes = sum(len(_en.extract(d, m)) for d, m in zip(docs, marked, strict=True))
    print(f"{n_quotes} quotes found")
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        rules_stage()
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(20)


if __name__ == "__main__":
    main()
