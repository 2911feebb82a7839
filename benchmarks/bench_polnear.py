"""PolNeAR (English): quote figures, and where the false positives come from.

    python benchmarks/bench_polnear.py [--data FILE] [--json]

Runs the extractor on a PolNeAR gold file (default ../shared/data/attribution/polnear-train.jsonl;
study constructions on train, only measure dev) and prints the reference figures (the same as
`sourcebias evaluate`), then the precision of the predicted quotes by type and by how their cue
is held:

- own cue: the quote is the only one reported by its cue ("X said that A");
- shared cue: two or more quotes hang on one cue -- a quotation cut by its incise
  (“A,” he said. “B.”) or continued after it. ATTRIBUTION.md counts each piece as a quote;
- no cue: fragments and floating quotations.

PolNeAR annotates a cut quotation as ONE relation whose content is in two pieces; the gold files
here were converted from it keeping contiguous contents only, so both pieces are absent from the
gold. The "shared cue" row measures that gap: its precision is that of the same constructions
whose pieces the gold does not hold. The last line gives the figures with those pieces left
out of the prediction: what an extractor that did not follow the contract on cut quotations
would score. The data are read from ../shared/data and never copied.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = Path(os.environ.get("SOURCEBIAS_SHARED_DATA", ROOT.parent / "shared" / "data")) \
    / "attribution" / "polnear-train.jsonl"


def cue_kind(quote: dict, shared: Counter) -> str:
    cue = quote.get("cue")
    if cue is None:
        return "no cue"
    return "shared cue" if shared[cue["start"]] > 1 else "own cue"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = ap.parse_args(argv)
    if not args.data.is_file():
        print(f"PolNeAR gold file not found at {args.data}", file=sys.stderr)
        return 2
    from analysis import analyze
    from analysis.evaluate import count_article, match_spans, read_jsonl, scores

    gold = read_jsonl(args.data, what="gold", require_id=True)
    pred: dict[str, dict] = {}
    without: dict[str, dict] = {}
    tally: Counter = Counter()  # (type, cue kind, tp|fp)
    for doc_id, g in gold.items():
        quotes = analyze(g["text"], "en").to_dict()["quotes"]
        shared = Counter(q["cue"]["start"] for q in quotes if q["cue"] is not None)
        matched = {j for _, j in match_spans(g["quotes"], quotes)}
        for j, q in enumerate(quotes):
            tally[(q["type"], cue_kind(q, shared), "tp" if j in matched else "fp")] += 1
        pred[doc_id] = {"id": doc_id, "quotes": quotes}
        without[doc_id] = {"id": doc_id, "quotes": [
            q for q in quotes if cue_kind(q, shared) != "shared cue"]}

    def figures(p: dict[str, dict]) -> dict:
        counts: Counter = Counter()
        for doc_id, g in gold.items():
            counts.update(count_article(g, p.get(doc_id)))
        return scores(counts, len(gold))

    res = figures(pred)
    alt = figures(without)
    print(f"{args.data.name}: {len(gold)} articles, {res['counts']['q_gold']} gold quotes, "
          f"{res['counts']['q_pred']} predicted")
    print(f"  quote P {res['quote_p']:.3f} R {res['quote_r']:.3f} F1 {res['quote_f1']:.3f}   "
          f"speaker accuracy {res['speaker_acc']:.3f}   end-to-end F1 {res['end2end_f1']:.3f}")
    print("  precision of the predicted quotes by type and cue:")
    rows = sorted({(t, k) for t, k, _ in tally})
    for t, k in rows:
        tp, fp = tally[(t, k, "tp")], tally[(t, k, "fp")]
        print(f"    {t:8s} {k:10s} n={tp + fp:6d}  precision {tp / (tp + fp):.3f}")
    print(f"  without the pieces of cut quotations (shared cue): quote P {alt['quote_p']:.3f} "
          f"R {alt['quote_r']:.3f} F1 {alt['quote_f1']:.3f}")
    if args.json:
        print(json.dumps({
            "file": args.data.name, "quote_p": res["quote_p"], "quote_r": res["quote_r"],
            "quote_f1": res["quote_f1"], "speaker_acc": res["speaker_acc"],
            "by_type_and_cue": {f"{t}/{k}": {"n": tally[(t, k, 'tp')] + tally[(t, k, 'fp')],
                                             "tp": tally[(t, k, "tp")]} for t, k in rows},
            "without_shared_cue_f1": alt["quote_f1"]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
