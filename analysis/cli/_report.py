"""`sourcebias report`: one self-contained HTML page per article, the analysis JSON beside it,
and an index when there are several.

Exit codes: 0 every article reported; 2 a usage mistake; 3 some records failed (listed on
standard error, in the index and in ``errors.jsonl``; the others are reported).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from ._analyze import _lexicon_paths
from ._errors import PARTIAL_FAILURE, UserError

__all__ = ["SAMPLE", "register", "run"]

SAMPLE = "_samples/syrie-2016.txt"  # inside the analysis package
_SHOWN_ERRORS = 10
_ANALYSIS_KEYS = ("schema_version", "quotes")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "report", help="write a self-contained HTML report per article: who is quoted, "
                       "highlighted in the text, loaded terms, tables and charts",
        description="Analyse articles and write one self-contained HTML page per article "
                    "(no network needed, opens from file://, prints cleanly), the analysis "
                    "JSON beside it, and index.html when there are several. With no INPUT, "
                    "reports on the bundled reference article.")
    p.add_argument("inputs", nargs="*", metavar="INPUT",
                   help=".txt files, folders of them, or corpus files (.jsonl, .csv, .tsv, "
                        ".parquet) with id and text fields; a .jsonl of analysis records that "
                        "include their text (the JSON this command writes) is rendered "
                        "without analysing again. Default: the bundled reference article")
    p.add_argument("-o", "--output", required=True, metavar="DIR",
                   help="folder for the pages (created if needed; files in it are replaced)")
    p.add_argument("--ui-lang", choices=("en", "fr"), default="en",
                   help="language of the page and the summary (default: en); the article "
                        "itself is shown as written")
    p.add_argument("--lang", choices=("auto", "fr", "en"), default="auto",
                   help="language of the articles (default: detect per article)")
    p.add_argument("--lexicon", action="append", default=[], metavar="FILE",
                   help="an extra lexicon file adding to the shipped ones (repeatable)")
    p.add_argument("--text-col", default="text", metavar="COLUMN",
                   help="field holding the article text in corpus files (default: text)")
    p.add_argument("--id-col", default=None, metavar="COLUMN",
                   help="field holding the article id (default: id)")
    p.add_argument("--encoding", default=None, metavar="ENC",
                   help="encoding of the input files (default: UTF-8, detected for .txt)")
    p.set_defaults(func=run)


@contextmanager
def _inputs(given: list[str]) -> Iterator[list[str]]:
    if given:
        yield given
        return
    with resources.as_file(resources.files("analysis").joinpath(SAMPLE)) as path:
        yield [str(path)]


def _lexicons(paths: list[str], lang: str | None) -> tuple[str, ...]:
    """Check the user's lexicons once, before any article: one clear message, not one error
    per article."""
    from .. import analyze

    out = _lexicon_paths(paths)
    if out:
        try:
            analyze("", lang or "fr", lexicons=tuple(out))
        except (ValueError, OSError) as exc:
            names = ", ".join(Path(p).name for p in out)
            raise UserError(f"cannot use the lexicon(s) {names}: {exc}") from None
    return out


def _analysis_record(rec: Any, lang: str | None, lexicons: tuple[str, ...]) -> dict[str, Any]:
    """The analysis record of one input record (with its text), analysing it unless it is
    already an analysis record."""
    from .. import analyze

    meta = dict(rec.meta)
    if all(k in meta for k in _ANALYSIS_KEYS):
        return {"id": rec.id, "outlet": rec.outlet, **meta, "text": rec.text}
    result = analyze(rec.text, rec.lang or lang, id=rec.id, outlet=rec.outlet, meta=meta,
                     lexicons=lexicons)
    return result.to_dict(include_text=True)


def _name_hint(rec: Any) -> str:
    rid = str(rec.id)
    return rid[:-4] if rid.lower().endswith(".txt") and len(rid) > 4 else rid


def run(args: argparse.Namespace) -> int:
    from ..io import CorpusError, Record, RecordError, iter_records, plan_inputs
    from ..report import ReportError, ReportWriter, summary_text

    out_dir = Path(args.output)
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError(f"output {args.output!r} is a file, not a folder: give a folder name "
                        f"with -o")
    lang = None if args.lang == "auto" else args.lang
    lexicons = _lexicons(args.lexicon, lang)
    with _inputs(args.inputs) as paths:
        try:
            files = plan_inputs(paths, text_col=args.text_col, id_col=args.id_col,
                                encoding=args.encoding)
            writer = ReportWriter(out_dir, ui_lang=args.ui_lang)
        except CorpusError as exc:
            raise UserError(str(exc)) from None
        except OSError as exc:
            raise UserError(f"cannot create the output folder {args.output!r}: "
                            f"{exc.strerror or exc}") from None
        records = iter_records(files, text_col=args.text_col, id_col=args.id_col,
                               encoding=args.encoding,
                               notify=lambda m: print(f"sourcebias: note: {m}", file=sys.stderr))
        last: dict[str, Any] | None = None
        try:
            for rec in records:
                if isinstance(rec, RecordError):
                    writer.add_error(rec.where(), rec.error)
                    continue
                assert isinstance(rec, Record)
                where = rec.source if rec.line is None else f"{rec.source}:{rec.line}"
                try:
                    record = _analysis_record(rec, lang, lexicons)
                    writer.add(record, name=_name_hint(rec))
                    last = record
                except ReportError as exc:
                    writer.add_error(where, str(exc))
                except Exception as exc:  # one bad article never stops the others
                    writer.add_error(where, f"{type(exc).__name__}: {exc}")
        except CorpusError as exc:
            raise UserError(str(exc)) from None
        except OSError as exc:
            raise UserError(f"cannot write to {args.output!r}: {exc.strerror or exc}") from None
    index = writer.finish()
    n, n_err = len(writer.reports), len(writer.errors)
    if n == 1 and last is not None:
        print(summary_text(last, ui_lang=args.ui_lang))
    for where, message in writer.errors[:_SHOWN_ERRORS]:
        print(f"sourcebias: {where}: {message}", file=sys.stderr)
    if n_err > _SHOWN_ERRORS:
        print(f"sourcebias: ... and {n_err - _SHOWN_ERRORS} more in "
              f"{out_dir / 'errors.jsonl'}", file=sys.stderr)
    main_page = index if index is not None else (writer.reports[0].html if n else None)
    failed = f", {n_err} could not be reported" if n_err else ""
    print(f"sourcebias: {n} report(s) written to {out_dir}{failed}", file=sys.stderr)
    if main_page is not None:
        print(f"sourcebias: open {main_page.resolve().as_uri()}", file=sys.stderr)
    return PARTIAL_FAILURE if n_err else 0
