"""`sourcebias evaluate`: score predictions (or a fresh analysis) against a gold set."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ..engine import EngineError, Options, analyze_records
from ..evaluate import evaluate, format_table, read_jsonl
from ..io import Record
from ._errors import UserError

__all__ = ["register", "run"]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "evaluate", help="score quotes, speakers and loaded terms against a gold set",
        description="Score analysis records against a gold JSONL set (the matching of "
                    "contract/score.py): precision, recall and F1 of quotes overall and by "
                    "type, speaker accuracy, end-to-end F1, loaded terms and their voice, "
                    "with bootstrap confidence intervals over articles.")
    p.add_argument("gold", metavar="GOLD.jsonl", help="gold records: id, text, quotes...")
    p.add_argument("--pred", metavar="PRED.jsonl",
                   help="records from `sourcebias analyze`; without it, the gold texts are "
                        "analysed now")
    p.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    p.add_argument("--lang", choices=("gold", "auto", "fr", "en"), default="gold",
                   help="language to analyse the gold texts in (default: each gold record's "
                        "language field, detected when it has none)")
    p.add_argument("--jobs", type=int, default=1, metavar="N",
                   help="worker processes for the analysis (default 1; 0 = every core)")
    p.add_argument("--lexicon", action="append", default=[], metavar="FILE",
                   help="an extra lexicon file for the analysis (repeatable)")
    p.add_argument("--gazetteer", action="append", default=[], metavar="FILE",
                   help="an extra file of sources for the analysis (repeatable)")
    p.add_argument("--bootstrap", type=int, default=1000, metavar="N",
                   help="bootstrap resamples for the confidence intervals (default 1000; 0 = "
                        "none)")
    p.add_argument("--seed", type=int, default=0, help="bootstrap seed (default 0)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:

    if args.jobs < 0:
        raise UserError(f"--jobs {args.jobs} is not valid: give 0 (every core) or a positive "
                        f"number")
    if args.bootstrap < 0:
        raise UserError(f"--bootstrap {args.bootstrap} is not valid: give 0 or more resamples")
    gold = _read(args.gold, "gold", require_id=True)
    for doc_id, g in gold.items():
        if not isinstance(g.get("text"), str) or not isinstance(g.get("quotes", []), list):
            raise UserError(f"gold record {doc_id!r} in {args.gold} needs a 'text' string and a "
                            f"'quotes' list (see contract/ATTRIBUTION.md)")
    if args.pred:
        pred = _read(args.pred, "prediction")
        source = args.pred
    else:
        pred = _analyse(gold, args)
        source = f"sourcebias analyze (lang: {args.lang})"
    res = evaluate(gold, pred, n_boot=args.bootstrap, seed=args.seed)
    res["gold"] = args.gold
    res["pred"] = source
    if args.json:
        print(json.dumps(res, ensure_ascii=False))
    else:
        print(format_table(res, title=f"gold: {args.gold}\npredictions: {source}"))
    return 0


def _read(path: str, what: str, *, require_id: bool = False) -> dict[str, dict[str, Any]]:

    if not Path(path).is_file():
        raise UserError(f"{what} file {path!r} does not exist: check the path")
    try:
        return read_jsonl(path, what=what, require_id=require_id)
    except UnicodeDecodeError as exc:
        raise UserError(f"{what} file {path!r} is not UTF-8 ({exc.reason} at byte "
                        f"{exc.start}): convert it to UTF-8") from None
    except ValueError as exc:
        raise UserError(f"{exc}: fix or remove that line") from None


def _analyse(gold: dict[str, dict[str, Any]], args: argparse.Namespace) -> dict[str, Any]:
    from ._analyze import _lexicon_paths

    lexicons = _lexicon_paths(args.lexicon)
    gazetteers = _lexicon_paths(args.gazetteer, option="--gazetteer")
    fixed = None if args.lang in ("gold", "auto") else args.lang

    def lang_of(g: dict[str, Any]) -> str | None:
        if args.lang == "gold" and g.get("language") in ("fr", "en"):
            return g["language"]
        return fixed

    records = (Record(id=doc_id, text=g["text"], source=args.gold, outlet=g.get("outlet"),
                      lang=lang_of(g)) for doc_id, g in gold.items())
    pred: dict[str, Any] = {}
    failed = []
    try:
        for out in analyze_records(records, options=Options(fixed, lexicons, gazetteers),
                                   jobs=args.jobs):
            if out.ok:
                pred[str(out.id)] = json.loads(out.line)
            else:
                failed.append(out)
    except EngineError as exc:
        raise UserError(str(exc)) from None
    for out in failed:
        assert out.error is not None
        print(f"sourcebias: warning: could not analyse gold record {out.id!r} "
              f"({out.error.error}): counted as missing", file=sys.stderr)
    return pred
