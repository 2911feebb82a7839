"""SemEval-2023 Task 3, French: paragraph-level detection of loaded language.

A paragraph (a non-empty line of the article) is gold-positive when an annotator's
Loaded_Language or Name_Calling-Labeling span, snapped to word boundaries, overlaps it. The
prediction: "the paragraph has a loaded term in the outlet's own voice" (a term of a loaded
category -- labeling, contested, charged, intensifier -- of weight >= MIN_WEIGHT, in narrative
voice). The baseline flags every paragraph (F1 0.665 on the 110 articles).

usage: python benchmarks/bench_loaded_semeval.py [--data DIR] [--voice pipeline|none]
           [--min-weight W] [--lexicon FILE ...] [--errors N] [--half even|odd|all]
           [--entries N]

--voice pipeline (default) runs the whole analysis (attribution gives the voice); --voice none
measures the lexicon alone, every term in the outlet's voice. Articles are also scored in two
halves (even / odd id) so that a figure is never read off the set it was looked at on: the even
half is the study half, the odd half is held out. --errors N prints N missed and N false
paragraphs (with the loaded terms found there in another voice), --entries N the N entries with
the most false paragraphs, both of the half given by --half (even by default: the odd half is
measured, its errors are not read).
The data are research-only: they are read from ../shared/data and never copied.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = Path(os.environ.get("SOURCEBIAS_SHARED_DATA", ROOT.parent / "shared" / "data"))
TECHNIQUES = ("Loaded_Language", "Name_Calling-Labeling")
MIN_WEIGHT = 0.0


def snap(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen an annotator's span to whole words (about a quarter start or end mid-word)."""
    start, end = max(0, start), min(len(text), end)
    while 0 < start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    return start, end


def paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        if line.strip():
            out.append((s, e))
    return out


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def terms_of(text: str, voice: str, lexicons: tuple[str, ...]):
    from analysis import analyze
    from analysis.lexicon import find_loaded_terms
    from analysis.text import make_document
    from analysis.voice import VoiceMap

    if voice == "pipeline":
        return analyze(text, "fr", lexicons=lexicons).loaded_terms
    doc = make_document(text, "fr")
    terms = find_loaded_terms(doc, VoiceMap.from_quotes(()), extra=lexicons).terms
    return tuple(t.__class__(**{**t.__dict__, "start": doc.orig(t.start), "end": doc.orig(t.end)})
                 for t in terms)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--voice", choices=("pipeline", "none"), default="pipeline")
    ap.add_argument("--min-weight", type=float, default=MIN_WEIGHT)
    ap.add_argument("--lexicon", action="append", default=[])
    ap.add_argument("--errors", type=int, default=0, help="print N missed and N false paragraphs")
    ap.add_argument("--entries", type=int, default=0,
                    help="print the N entries with the most false paragraphs (and their hits)")
    ap.add_argument("--half", choices=("even", "odd", "all"), default="even",
                    help="the half whose errors --errors and --entries print (default: even, "
                         "the study half)")
    args = ap.parse_args(argv)
    from analysis.lexicon import LOADED_CATEGORIES

    path = args.data / "loaded" / "semeval2023-fr" / "articles.jsonl"
    if not path.is_file():
        print(f"SemEval-2023 French data not found at {path}", file=sys.stderr)
        return 2
    articles = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    counts = {k: [0, 0, 0, 0] for k in ("all", "even", "odd")}  # tp fp fn n_pos
    base = {k: [0, 0] for k in counts}  # paragraphs, positives
    misses, false = [], []
    by_entry: dict[str, list[int]] = {}  # entry -> [paragraphs hit when gold, when not gold]
    t0 = time.perf_counter()
    n_words = 0
    for art in articles:
        text = art["text"]
        n_words += len(text.split())
        spans = [snap(text, s["start"], s["end"]) for s in art["spans"]
                 if s["technique"] in TECHNIQUES]
        loaded = [t for t in terms_of(text, args.voice, tuple(args.lexicon))
                  if t.category in LOADED_CATEGORIES
                  and _weights(tuple(args.lexicon)).get((t.entry, t.category), 1.0)
                  >= args.min_weight]
        terms = [t for t in loaded if t.voice == "narrative"]
        half = "even" if int("".join(c for c in art["id"] if c.isdigit()) or 0) % 2 == 0 else "odd"
        shown = args.half in ("all", half)
        for ps, pe in paragraphs(text):
            gold = any(s < pe and e > ps for s, e in spans)
            hits = [t for t in terms if t.start < pe and t.end > ps]
            pred = bool(hits)
            for k in ("all", half):
                c = counts[k]
                c[0] += gold and pred
                c[1] += pred and not gold
                c[2] += gold and not pred
                base[k][0] += 1
                base[k][1] += gold
            if not shown:
                continue
            for entry in {t.entry for t in hits}:
                by_entry.setdefault(entry, [0, 0])[0 if gold else 1] += 1
            if gold and not pred:
                other = [(t.text, t.voice) for t in loaded if t.start < pe and t.end > ps]
                misses.append((art["id"], other, text[ps:pe][:300]))
            if pred and not gold:
                false.append((art["id"], [t.text for t in hits], text[ps:pe][:300]))
    elapsed = time.perf_counter() - t0
    print(f"SemEval-2023 fr, {len(articles)} articles, voice={args.voice}, "
          f"min_weight={args.min_weight}, techniques={'+'.join(TECHNIQUES)}")
    for k in ("all", "even", "odd"):
        tp, fp, fn, _ = counts[k]
        p, r, f = prf(tp, fp, fn)
        n, pos = base[k]
        bp = pos / n if n else 0.0
        bf = 2 * bp / (1 + bp) if bp else 0.0
        print(f"  {k:5s} paragraphs={n:5d} positive={pos:4d}  P={p:.3f} R={r:.3f} F1={f:.3f}"
              f"   flag-all F1={bf:.3f}  ratio={f / bf if bf else 0:.3f}")
    print(f"  {n_words / elapsed:,.0f} words/s ({elapsed:.1f} s)")
    for title, rows in (("missed", misses), ("false", false)):
        for row in rows[:args.errors]:
            print(title, row)
    worst = sorted(by_entry.items(), key=lambda kv: (-kv[1][1], kv[1][0], kv[0]))
    for entry, (good, bad) in worst[:args.entries]:
        print(f"entry {entry!r}: {bad} false, {good} true paragraphs ({args.half} half)")
    return 0


@functools.cache
def _weights(lexicons: tuple[str, ...]) -> dict[tuple[str, str], float]:
    from analysis.lexicon import matcher_for

    return {(e.entry, e.category): e.weight for e in matcher_for("fr", lexicons).entries}


if __name__ == "__main__":
    sys.exit(main())
