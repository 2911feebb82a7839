"""How much of the PolNeAR score is the gold's gaps: an audit of unmatched quotes, re-scored.

    python benchmarks/bench_polnear_audit.py [--set dev|train]

`benchmarks/polnear_audit/` holds a reading of 200 random unmatched quotes of the PolNeAR
*train* split against ../shared/contract/ATTRIBUTION.md (see its README): 120 predictions the
scorer counted as false positives and 80 gold quotes it counted as missed, each with a label.
This script

1. recounts the labels, with 95% Wilson intervals;
2. checks that every audited span still lies in the shared text, and reports how many audited
   false positives the extractor still predicts and how many audited misses it now finds
   (the audit was read on English rules 1.11.0; later rules move some rows);
3. applies the audited shares to the current score of --set: the precision if the genuine
   share of unmatched predictions were credited, and the recall if the doubtful share of
   missed gold quotes were dropped. These are estimates from one reading of a sample, printed
   beside the measured figures, never instead of them.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AUDIT = ROOT / "benchmarks" / "polnear_audit"
SHARED = ROOT.parent / "shared"
GENUINE = ("GENUINE_MISSING_IN_GOLD", "PIECE_OF_CUT_QUOTE", "BOUNDARY", "WRONG_SPEAKER_ONLY")


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return 0.0, 0.0
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return c - h, c + h


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", choices=("dev", "train"), default="dev",
                    help="the PolNeAR split whose score the audited shares adjust (default dev)")
    args = ap.parse_args(argv)
    gold_dir = SHARED / "data" / "attribution"
    if not (gold_dir / "polnear-train.jsonl").is_file():
        sys.exit(f"bench_polnear_audit: PolNeAR gold not found in {gold_dir}")
    sys.path.insert(0, str(SHARED / "contract"))
    from score import match  # the reference scorer's matching

    from analysis import analyze

    fps, misses = read_jsonl(AUDIT / "fp_audit.jsonl"), read_jsonl(AUDIT / "miss_audit.jsonl")
    train = {d["id"]: d for d in read_jsonl(gold_dir / "polnear-train.jsonl")}

    def key(q: dict) -> tuple[int, int]:
        return q["start"], q["end"]

    # 1-2: labels, and where the current extractor stands on the audited rows
    still_predicted, now_found = 0, 0
    preds: dict[str, list[dict]] = {}
    for row in fps + misses:
        doc = train[row["id"]]
        if not 0 <= row["start"] < row["end"] <= len(doc["text"]):
            sys.exit(f"bench_polnear_audit: {row['id']} {row['start']}-{row['end']} is outside "
                     f"the shared text; the audit no longer fits this copy of PolNeAR")
        if row["id"] not in preds:
            preds[row["id"]] = analyze(doc["text"], "en").to_dict()["quotes"]
    for row in fps:
        if match([row], preds[row["id"]], key):
            still_predicted += 1
    for row in misses:
        if match([row], preds[row["id"]], key):
            now_found += 1
    for name, rows in (("unmatched predictions", fps), ("missed gold quotes", misses)):
        counts = Counter(r["label"] for r in rows)
        print(f"{name} (train, n={len(rows)}):")
        for label, k in counts.most_common():
            lo, hi = wilson(k, len(rows))
            print(f"  {label:28s} {k:4d}  {k / len(rows):6.1%}  [{lo:.1%}, {hi:.1%}]")
    genuine = sum(r["label"] in GENUINE for r in fps)
    doubtful = sum(r["label"] == "GOLD_DOUBTFUL" for r in misses)
    g_lo, g_hi = wilson(genuine, len(fps))
    d_lo, d_hi = wilson(doubtful, len(misses))
    print(f"genuine attributions among unmatched predictions: {genuine}/{len(fps)} = "
          f"{genuine / len(fps):.1%} [{g_lo:.1%}, {g_hi:.1%}]")
    print(f"not attributions by the contract among missed gold quotes: {doubtful}/{len(misses)} "
          f"= {doubtful / len(misses):.1%} [{d_lo:.1%}, {d_hi:.1%}]")
    print(f"today's extractor: still predicts {still_predicted}/{len(fps)} audited false "
          f"positives, finds {now_found}/{len(misses)} audited misses")

    # 3: the measured score of --set, and the same with the audited shares applied
    gold = read_jsonl(gold_dir / f"polnear-{args.set}.jsonl")
    n_gold = n_pred = n_match = 0
    for d in gold:
        p = analyze(d["text"], "en").to_dict()["quotes"]
        n_gold, n_pred = n_gold + len(d["quotes"]), n_pred + len(p)
        n_match += len(match(d["quotes"], p, key))

    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    prec, rec = n_match / n_pred, n_match / n_gold
    print(f"\npolnear-{args.set}, measured: P {prec:.3f} R {rec:.3f} F1 {f1(prec, rec):.3f} "
          f"({n_match} of {n_gold} gold, {n_pred} predicted)")
    for label, gs, ds in (("estimate", genuine / len(fps), doubtful / len(misses)),
                          ("low end", g_lo, d_lo), ("high end", g_hi, d_hi)):
        p_adj = (n_match + gs * (n_pred - n_match)) / n_pred
        r_adj = n_match / (n_gold - ds * (n_gold - n_match))
        print(f"  audited shares applied ({label}): P {p_adj:.3f} R {r_adj:.3f} "
              f"F1 {f1(p_adj, r_adj):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
