"""AADS-French (Durandard et al. 2023): direct speech in French narratives, against the spans
the extractor gives as direct or mixed quotes.

    python benchmarks/bench_aads.py [--data FILE] [--split test|val|train|all] [--json]
                                    [--misses N]

The corpus (../shared/data/attribution/aads-french-direct-speech/, MIT) marks every stretch of
direct speech in 82 excerpts of 18th-19th century novels: « » quotations and dialogue lines
opened by a dash, with no speaker. It is fiction, not news, so it measures the punctuation
layer (marks, incises cutting a quotation, dialogue dashes), not attribution: a quotation with
no cue and no speaker the text makes clear is not reported by the extractor, and most dialogue
lines of a novel are such quotations.

Spans are matched with the reference rule (overlap of at least half of their union); the gold
spans include their marks and dashes, the extractor's do not, which the rule tolerates. The
excerpts carry the authors' own split: rules were studied on misses of "train" only
(``--misses N --split train`` prints N of them); "test" is the held-out figure. Recall is also
given by kind of gold span:

- guillemets: a span opening with « “ or ";
- dash line: a span opening with a dash at the start of a paragraph (the contract's dialogue
  dash);
- dash inline: a dash inside a paragraph (these editions run dialogue lines together: the
  contract does not count them);
- other: the rest of a quotation after an incise ("— Nullement, répondit Pauline, …").

The data are read from ../shared/data and never copied.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = Path(os.environ.get("SOURCEBIAS_SHARED_DATA", ROOT.parent / "shared" / "data")) \
    / "attribution" / "aads-french-direct-speech" / "aggregated_corpus.json"
KINDS = ("guillemets", "dash line", "dash inline", "other")


def span_kind(text: str, start: int, end: int) -> str:
    """The kind of a gold span: how it opens and where."""
    body = text[start:end].lstrip()
    opening = start + len(text[start:end]) - len(body)
    if body[:1] in "«“\"":
        return "guillemets"
    if body[:1] in "—–-":
        line_start = text.rfind("\n", 0, opening) + 1
        return "dash line" if not text[line_start:opening].strip() else "dash inline"
    return "other"


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--split", choices=("test", "val", "train", "all"), default="test")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON too")
    ap.add_argument("--misses", type=int, default=0, metavar="N",
                    help="print N missed gold spans (of --split train only: the study split)")
    args = ap.parse_args(argv)
    if not args.data.is_file():
        print(f"bench_aads: AADS corpus not found at {args.data}", file=sys.stderr)
        return 2
    if args.misses and args.split != "train":
        print("bench_aads: --misses reads the train split only (--split train): the other "
              "splits are for measuring", file=sys.stderr)
        return 2
    from analysis import analyze
    from analysis.evaluate import match_spans

    corpus = json.loads(args.data.read_text(encoding="utf-8"))
    tp = n_pred = n_gold = 0
    kinds: Counter = Counter()
    found: Counter = Counter()
    missed: list[tuple[str, str, str]] = []
    n_docs = 0
    for name, doc in corpus.items():
        if args.split != "all" and doc["split"] != args.split:
            continue
        n_docs += 1
        text = doc["text"]
        gold = [{"start": a, "end": b} for a, b in doc["labels"]]
        pred = [{"start": q.start, "end": q.end} for q in analyze(text, "fr").quotes
                if q.type in ("direct", "mixed")]
        matched = {i for i, _ in match_spans(gold, pred)}
        tp += len(matched)
        n_pred += len(pred)
        n_gold += len(gold)
        for i, g in enumerate(gold):
            kind = span_kind(text, g["start"], g["end"])
            kinds[kind] += 1
            found[kind] += i in matched
            if i not in matched:
                missed.append((name, text[max(0, g["start"] - 80):g["start"]],
                               text[g["start"]:g["end"]][:120]))
    p, r, f = prf(tp, n_pred, n_gold)
    print(f"AADS-French, split {args.split}: {n_docs} excerpts, {n_gold} gold spans, "
          f"{n_pred} predicted direct or mixed quotes")
    print(f"  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    for kind in KINDS:
        if kinds[kind]:
            print(f"  recall, {kind:11s} {found[kind]:5d} / {kinds[kind]:5d} = "
                  f"{found[kind] / kinds[kind]:.3f}")
    if args.misses:
        for name, before, span in random.Random(0).sample(missed, min(args.misses,
                                                                         len(missed))):
            print(f"\n{name}: …{before!r}\n    MISSED {span!r}")
    if args.json:
        print(json.dumps({"split": args.split, "excerpts": n_docs, "gold": n_gold,
                          "pred": n_pred, "p": p, "r": r, "f1": f,
                          "recall_by_kind": {k: [found[k], kinds[k]] for k in KINDS}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
