"""`sourcebias analyze`: articles in, one JSON record per article out.

Exit codes: 0 every record analysed; 2 a usage mistake (one sentence, nothing analysed);
3 some records failed (each is in the error report with its file and line, the rest are in
the output).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import IO, Any

from ..engine import EngineError, Options, analyze_records
from ..io import STDOUT, CorpusError, JsonlWriter, RecordError, plan_inputs
from ..io import iter_records as _iter_records
from ._errors import PARTIAL_FAILURE, UserError

__all__ = ["PARTIAL_FAILURE", "register", "run"]

_SHOWN_ERRORS = 10
_SUMMARY_ROWS = 50


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "analyze", help="analyse articles: one JSON record per article (quotes, speakers, "
                        "loaded terms, sources)",
        description="Analyse articles and write one JSON object per article, one per line "
                    "(contract/analysis.schema.json). Records that cannot be read or analysed "
                    "go to the error report with their file and line; the exit code is then 3.")
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help=".txt files, folders (searched recursively for .txt), corpus files "
                        "(.jsonl, .csv, .tsv, .parquet) with id and text fields, or - for one "
                        "article on standard input")
    p.add_argument("-o", "--output", default=STDOUT, metavar="OUT.jsonl",
                   help="where to write the records (default: - for standard output)")
    p.add_argument("--lang", choices=("auto", "fr", "en"), default="auto",
                   help="language of the articles (default: detect per article)")
    p.add_argument("--jobs", type=int, default=1, metavar="N",
                   help="worker processes (default 1; 0 = every core)")
    p.add_argument("--chunksize", type=int, default=None, metavar="N",
                   help="records per task sent to a worker (default 8)")
    p.add_argument("--dask", metavar="SCHEDULER",
                   help="run on a Dask cluster: its scheduler address (tcp://host:8786) or "
                        "'local'; needs pip install 'sourcebias[dask]'")
    p.add_argument("--errors", metavar="ERRORS.jsonl",
                   help="write one JSON error record per failed input record here (default: "
                        "a summary on standard error)")
    p.add_argument("--text-col", default="text", metavar="COLUMN",
                   help="field holding the article text in corpus files (default: text)")
    p.add_argument("--id-col", default=None, metavar="COLUMN",
                   help="field holding the article id (default: id, or '<file>:<line>' when "
                        "a file has no id field)")
    p.add_argument("--encoding", default=None, metavar="ENC",
                   help="encoding of the input files (default: UTF-8, detected for .txt)")
    p.add_argument("--lexicon", action="append", default=[], metavar="FILE",
                   help="an extra lexicon file adding to the shipped ones (repeatable)")
    p.add_argument("--gazetteer", action="append", default=[], metavar="FILE",
                   help="an extra file of sources (institutions, people, agencies) in the "
                        "format of lexicons/attribution/gazetteer.tsv (repeatable)")
    p.add_argument("--summary", action="store_true",
                   help="also print a human-readable summary (to standard error when the "
                        "records go to standard output)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:

    if args.jobs < 0:
        raise UserError(f"--jobs {args.jobs} is not valid: give 0 (every core) or a positive "
                        f"number")
    if args.chunksize is not None and args.chunksize < 1:
        raise UserError(f"--chunksize {args.chunksize} is not valid: give a positive number")
    lexicons = _lexicon_paths(args.lexicon)
    gazetteers = _lexicon_paths(args.gazetteer, option="--gazetteer")
    lang = None if args.lang == "auto" else args.lang
    notices = _Notices()
    try:
        files = plan_inputs(args.inputs, text_col=args.text_col, id_col=args.id_col,
                            encoding=args.encoding)
    except CorpusError as exc:
        raise UserError(str(exc)) from None
    _check_not_overwriting(args, files)
    options = Options(lang, lexicons, gazetteers)
    if lexicons or gazetteers:
        _preflight(options)
    try:
        out = JsonlWriter(args.output)
    except CorpusError as exc:
        raise UserError(str(exc)) from None
    errors = _Errors(args.errors)
    summary = _Summary(sys.stderr if args.output == STDOUT else sys.stdout) \
        if args.summary else None
    records = _iter_records(files, text_col=args.text_col, id_col=args.id_col,
                            encoding=args.encoding, notify=notices)
    try:
        with out, errors:
            for outcome in analyze_records(records, options=options,
                                           jobs=args.jobs, chunksize=args.chunksize,
                                           dask=args.dask):
                if outcome.ok:
                    out.write_line(outcome.line)
                    if summary is not None:
                        summary.add(json.loads(outcome.line))
                else:
                    assert outcome.error is not None
                    errors.add(outcome.error, outcome.line)
    except (EngineError, CorpusError) as exc:
        raise UserError(str(exc)) from None
    if summary is not None:
        summary.close()
    errors.report(out.count)
    if args.output != STDOUT:
        failed = f", {errors.count} failed" if errors.count else ""
        print(f"sourcebias: {out.count} article(s) analysed{failed} -> {args.output}",
              file=sys.stderr)
    return PARTIAL_FAILURE if errors.count else 0


# -- checks -------------------------------------------------------------------------------------

def _lexicon_paths(paths: list[str], option: str = "--lexicon") -> tuple[str, ...]:
    """Absolute paths (workers may run elsewhere); a missing file is one sentence."""

    out = []
    what = option.lstrip("-")
    for p in paths:
        path = Path(p)
        if not path.is_file():
            raise UserError(f"{what} file {p!r} does not exist: check the path given to "
                            f"{option}")
        out.append(str(path.resolve()))
    return tuple(out)


def _check_not_overwriting(args: argparse.Namespace, files: list[Any]) -> None:

    targets = {"output (-o)": args.output, "error report (--errors)": args.errors}
    resolved = {k: Path(v).resolve() for k, v in targets.items() if v and v != STDOUT}
    inputs = {Path(f.path).resolve() for f in files if f.kind != "stdin"}
    for what, path in resolved.items():
        if path in inputs:
            raise UserError(f"the {what} {str(path)!r} is also an input: choose another file "
                            f"name")
    if len(resolved) == 2 and len(set(resolved.values())) == 1:
        raise UserError("the output and the error report are the same file: give --errors "
                        "another name")


def _preflight(options: Options) -> None:
    """Load the user's lexicons and gazetteers once before reading the corpus: a bad file is
    one clear message, not one error record per article."""
    from .. import analyze

    extra = {"gazetteers": options.gazetteers} if options.gazetteers else {}
    try:
        analyze("", options.lang or "fr", lexicons=options.lexicons, **extra)
    except (ValueError, OSError) as exc:
        names = ", ".join(Path(p).name for p in (*options.lexicons, *options.gazetteers))
        what = "lexicon(s)" if not options.gazetteers else \
            "gazetteer(s)" if not options.lexicons else "lexicon(s) or gazetteer(s)"
        raise UserError(f"cannot use the {what} {names}: {exc}") from None


# -- reporting ----------------------------------------------------------------------------------

class _Notices:
    """Notes from the readers (a file read as cp1252, ids numbered by line), said once."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def __call__(self, message: str) -> None:
        if message not in self.seen:
            self.seen.add(message)
            print(f"sourcebias: note: {message}", file=sys.stderr)


class _Errors:
    """Failed records: all of them to ``--errors``, or the first few to standard error."""

    def __init__(self, path: str | None) -> None:

        self.path = path
        self.count = 0
        self.first: list[RecordError] = []
        try:
            self.writer = JsonlWriter(path, what="error report") if path else None
        except CorpusError as exc:
            raise UserError(str(exc)) from None

    def add(self, error: RecordError, line: str) -> None:
        self.count += 1
        if len(self.first) < _SHOWN_ERRORS:
            self.first.append(error)
        if self.writer is not None:
            self.writer.write_line(line)

    def report(self, n_ok: int) -> None:
        if not self.count:
            return
        total = n_ok + self.count
        err = sys.stderr
        if self.writer is not None:
            print(f"sourcebias: {self.count} of {total} record(s) could not be analysed: "
                  f"see {self.path}", file=err)
            return
        print(f"sourcebias: {self.count} of {total} record(s) could not be analysed:", file=err)
        for e in self.first:
            print(f"  {e.where()}: {e.error}", file=err)
        if self.count > len(self.first):
            print(f"  ... and {self.count - len(self.first)} more: pass --errors FILE to keep "
                  f"them all", file=err)

    def __enter__(self) -> _Errors:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.writer is not None:
            self.writer.close()


class _Summary:
    """``--summary``: the report's terminal summary per article when it is available,
    otherwise a table of counts."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.rows: list[tuple[Any, ...]] = []
        self.n = 0
        self.totals = [0] * 7
        try:
            from ..report import summary_text
        except ImportError:
            summary_text = None
        self.summary_text = summary_text

    def add(self, rec: dict[str, Any]) -> None:
        self.n += 1
        if self.summary_text is not None:
            try:
                text = self.summary_text(rec)
            except Exception as exc:  # a summary must never fail the run
                text = f"{rec.get('id')}: {len(rec.get('quotes', []))} quote(s) (no summary: {exc})"
            print(("\n" if self.n > 1 else "") + text, file=self.stream)
            return
        quotes = rec.get("quotes", [])
        counts = (
            int(rec.get("n_words", 0)),
            len(quotes),
            sum(q.get("type") == "direct" for q in quotes),
            sum(q.get("type") == "indirect" for q in quotes),
            sum(q.get("type") == "mixed" for q in quotes),
            len(rec.get("sources", [])),
            len(rec.get("loaded_terms", [])),
        )
        self.totals = [a + b for a, b in zip(self.totals, counts, strict=True)]
        if len(self.rows) < _SUMMARY_ROWS:
            self.rows.append((str(rec.get("id")), str(rec.get("language")), *counts))

    def close(self) -> None:
        if self.summary_text is not None:
            return
        head = ("id", "lang", "words", "quotes", "direct", "indirect", "mixed", "sources",
                "loaded")
        rows = [tuple(str(c) for c in r) for r in self.rows]
        total = ("total", "", *(str(c) for c in self.totals))
        width = min(40, max(len(r[0]) for r in [head, *rows, total]))
        fmt = "{:<" + str(width) + "}  {:<4}" + "  {:>8}" * 7
        print(fmt.format(*head), file=self.stream)
        for r in rows:
            print(fmt.format(_clip(r[0], width), *r[1:]), file=self.stream)
        if self.n > len(self.rows):
            print(f"... {self.n - len(self.rows)} more article(s)", file=self.stream)
        if self.n > 1:
            print(fmt.format(*total), file=self.stream)


def _clip(s: str, width: int) -> str:
    return s if len(s) <= width else s[: width - 1] + "…"
