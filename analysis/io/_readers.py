"""Readers: article files (.txt), folders of them, and corpus files (.jsonl, .csv, .tsv,
.parquet), all lazy: one record at a time, so memory stays flat however large the corpus.

``plan_inputs`` checks every path before anything is read (existence, extension, the text
column of each corpus file), so a user's mistake stops the run at once with one sentence.
``iter_records`` then yields a ``Record`` per article, or a ``RecordError`` per bad one.
"""

from __future__ import annotations

import csv
import json
import math
import re
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ._decode import DecodeError, decode_bytes
from ._records import CorpusError, Record, RecordError

__all__ = ["CORPUS_SUFFIXES", "TEXT_SUFFIXES", "InputFile", "iter_records", "plan_inputs",
           "read_records"]

TEXT_SUFFIXES = (".txt",)
CORPUS_SUFFIXES = (".jsonl", ".ndjson", ".csv", ".tsv", ".parquet")
STDIN = "-"

_SURROGATE = re.compile(r"[\udc80-\udcff]")  # bytes that failed to decode (surrogateescape)
_PARQUET_BATCH = 256

Notify = Callable[[str], None]


@dataclass(frozen=True)
class InputFile:
    """One file to read: ``path`` as given by the user (or found in a folder), ``kind`` its
    format, ``rel`` its id for a text file (the path relative to the folder given)."""

    path: str
    kind: str  # "txt", "jsonl", "csv", "tsv", "parquet", "stdin"
    rel: str


def plan_inputs(paths: Sequence[str | Path], *, text_col: str = "text",
                id_col: str | None = None, encoding: str | None = None) -> list[InputFile]:
    """Resolve the command-line inputs into the files to read, checking them all first.

    Folders are searched recursively for ``.txt`` files, in sorted order. Raises
    ``CorpusError`` for a missing path, an unsupported extension, an empty folder, or a
    corpus file without the text column (or without ``id_col`` when one is given).
    """
    if not paths:
        raise CorpusError("no input given: name one or more .txt files, folders or corpus "
                          "files (.jsonl, .csv, .parquet)")
    files: list[InputFile] = []
    for raw in paths:
        given = str(raw)
        if given == STDIN:
            files.append(InputFile(STDIN, "stdin", "stdin"))
            continue
        p = Path(given)
        if not p.exists():
            raise CorpusError(f"input {given!r} does not exist: check the path")
        if p.is_dir():
            found = sorted(q for q in p.rglob("*")
                           if q.suffix.lower() in TEXT_SUFFIXES and q.is_file()
                           and not any(part.startswith(".") for part in q.relative_to(p).parts))
            if not found:
                raise CorpusError(f"folder {given!r} has no .txt files: give .txt files, or "
                                  f"corpus files (.jsonl, .csv, .parquet) by name")
            files.extend(InputFile(str(q), "txt", q.relative_to(p).as_posix()) for q in found)
            continue
        kind = _kind(p)
        if kind is None:
            hint = " (a JSON array cannot be streamed: write one object per line, .jsonl)" \
                if p.suffix.lower() == ".json" else ""
            raise CorpusError(
                f"input {given!r} has an unsupported extension {p.suffix or '(none)'!r}: "
                f"use .txt, .jsonl, .csv, .tsv or .parquet{hint}")
        if kind != "txt":
            _check_columns(p, kind, text_col=text_col, id_col=id_col, encoding=encoding)
        files.append(InputFile(given, kind, p.name))
    return files


def iter_records(files: Sequence[InputFile], *, text_col: str = "text",
                 id_col: str | None = None, encoding: str | None = None,
                 notify: Notify | None = None) -> Iterator[Record | RecordError]:
    """Yield the records of ``files`` (from ``plan_inputs``) one by one, in input order.

    ``id_col`` None means "id" with a fallback: a corpus file without any id column (or whose
    first JSON record has no id) gets ids ``<file name>:<line>``, announced through
    ``notify``. A record with no text, a non-string text, no id in a file that has ids, an
    undecodable line or bad JSON becomes a ``RecordError`` with its line; reading goes on.
    """
    for f in files:
        if f.kind == "txt":
            yield _read_txt(f, encoding, notify)
        elif f.kind == "stdin":
            yield _read_stdin(encoding)
        elif f.kind == "jsonl":
            yield from _read_jsonl(f.path, text_col, id_col, encoding, notify)
        elif f.kind in ("csv", "tsv"):
            yield from _read_csv(f.path, text_col, id_col, encoding, notify,
                                 delimiter="\t" if f.kind == "tsv" else ",")
        elif f.kind == "parquet":
            yield from _read_parquet(f.path, text_col, id_col, notify)
        else:  # pragma: no cover - plan_inputs only makes the kinds above
            raise AssertionError(f.kind)


def read_records(paths: Sequence[str | Path], *, text_col: str = "text",
                 id_col: str | None = None, encoding: str | None = None,
                 notify: Notify | None = None) -> Iterator[Record | RecordError]:
    """``plan_inputs`` then ``iter_records``: check every path now, then yield lazily."""
    files = plan_inputs(paths, text_col=text_col, id_col=id_col, encoding=encoding)
    return iter_records(files, text_col=text_col, id_col=id_col, encoding=encoding,
                        notify=notify)


# -- checks before reading ----------------------------------------------------------------------

def _kind(p: Path) -> str | None:
    suffix = p.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "txt"
    if suffix == ".ndjson":
        return "jsonl"
    if suffix in CORPUS_SUFFIXES:
        return suffix[1:]
    return None


def _check_columns(p: Path, kind: str, *, text_col: str, id_col: str | None,
                   encoding: str | None) -> None:
    columns = _columns_of(p, kind, encoding)
    if columns is None:  # an empty file: nothing to check, nothing to read
        return
    if text_col not in columns:
        found = ", ".join(repr(c) for c in columns) if columns else "none"
        raise CorpusError(
            f"{p} has no text column {text_col!r} (columns found: {found}): "
            f"name the column holding the article text with --text-col")
    if id_col is not None and id_col not in columns:
        found = ", ".join(repr(c) for c in columns)
        raise CorpusError(f"{p} has no id column {id_col!r} (columns found: {found}): "
                          f"name the id column with --id-col, or leave it out to number "
                          f"the records by line")


def _columns_of(p: Path, kind: str, encoding: str | None) -> list[str] | None:
    """The field names of a corpus file: CSV header, Parquet schema, first JSON object."""
    try:
        if kind == "parquet":
            import pyarrow.parquet as pq

            return list(pq.read_schema(p).names)
        if kind in ("csv", "tsv"):
            with open(p, encoding=encoding or "utf-8-sig", errors="replace", newline="") as fh:
                _raise_csv_limit()
                header = next(csv.reader(fh, delimiter="\t" if kind == "tsv" else ","), None)
            return None if header is None else [h.strip() for h in header]
        keys = _jsonl_keys(p, encoding)
        return None if keys is None else list(keys)
    except OSError as exc:
        raise CorpusError(f"cannot read {p}: {exc.strerror or exc}") from None
    except CorpusError:
        raise
    except Exception as exc:  # pyarrow raises its own types for a corrupt file
        raise CorpusError(f"cannot read {p} as {kind}: {exc}") from None


def _jsonl_keys(p: str | Path, encoding: str | None, limit: int = 100) -> dict[str, None] | None:
    """The keys found in the first ``limit`` JSON objects of a JSONL file (in order of first
    appearance), None for a file without any object. Bad lines are left to the reader: they
    become record errors, not a reason to refuse the file."""
    keys: dict[str, None] = {}
    seen = 0
    with open(p, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(_decode_line(raw, encoding, first=lineno == 1))
            except (ValueError, UnicodeDecodeError):
                continue
            if isinstance(obj, dict):
                keys.update(dict.fromkeys(obj))
                seen += 1
                if seen >= limit:
                    break
    return keys if seen else None


# -- text files ---------------------------------------------------------------------------------

def _read_txt(f: InputFile, encoding: str | None, notify: Notify | None) -> Record | RecordError:
    try:
        data = Path(f.path).read_bytes()
    except OSError as exc:
        return RecordError(f.path, None, f.rel, f"cannot read the file: {exc.strerror or exc}")
    try:
        text, used = decode_bytes(data, encoding)
    except DecodeError as exc:
        hint = "pass the right --encoding" if encoding else \
            "convert it to UTF-8 or pass --encoding (e.g. --encoding cp1252)"
        return RecordError(f.path, None, f.rel, f"{f.path} is {exc}: {hint}")
    meta: dict[str, Any] = {}
    if used not in ("utf-8", "utf-8-sig") and encoding is None:
        meta["encoding"] = used
        if notify is not None:
            notify(f"{f.path} is not UTF-8: read it as {used}")
    return Record(id=f.rel, text=text, source=f.path, meta=meta)


def _read_stdin(encoding: str | None) -> Record | RecordError:
    try:
        text, _ = decode_bytes(sys.stdin.buffer.read(), encoding)
    except DecodeError as exc:
        return RecordError(STDIN, None, "stdin", f"standard input is {exc}: pass --encoding")
    return Record(id="stdin", text=text, source=STDIN)


# -- JSON Lines ---------------------------------------------------------------------------------

def _read_jsonl(path: str, text_col: str, id_col: str | None, encoding: str | None,
                notify: Notify | None) -> Iterator[Record | RecordError]:
    key = id_col or "id"
    numbered = id_col is None and key not in (_jsonl_keys(path, encoding) or {key: None})
    if numbered and notify is not None:
        notify(f"{path}: no record has an {key!r} field: records get the id "
               f"'<file name>:<line>' (choose a field with --id-col)")
    with open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                line = _decode_line(raw, encoding, first=lineno == 1)
            except UnicodeDecodeError as exc:
                yield RecordError(path, lineno, None, _bad_bytes(raw, exc, encoding))
                continue
            try:
                obj = json.loads(line)
            except ValueError as exc:
                yield RecordError(path, lineno, None, f"invalid JSON: {exc}")
                continue
            if not isinstance(obj, dict):
                yield RecordError(path, lineno, None,
                                  f"expected a JSON object, got {_json_type(obj)}")
                continue
            yield _make_record(obj, path, lineno, text_col, key, numbered)


def _decode_line(raw: bytes, encoding: str | None, *, first: bool) -> str:
    enc = encoding or "utf-8"
    if first and enc.lower().replace("_", "-") in ("utf-8", "utf8", "utf-8-sig"):
        enc = "utf-8-sig"
    return raw.decode(enc)


def _bad_bytes(raw: bytes, exc: UnicodeDecodeError, encoding: str | None) -> str:
    hint = "pass the right --encoding" if encoding else "pass --encoding (e.g. --encoding cp1252)"
    return (f"not valid {exc.encoding}: byte 0x{raw[exc.start]:02x} at column "
            f"{exc.start + 1}: {hint}")


def _json_type(obj: Any) -> str:
    return {list: "an array", str: "a string", bool: "a boolean", type(None): "null",
            int: "a number", float: "a number"}.get(type(obj), type(obj).__name__)


# -- CSV / TSV ----------------------------------------------------------------------------------

def _raise_csv_limit() -> None:
    # the default limit (131,072 characters per field) is smaller than a long article
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def _read_csv(path: str, text_col: str, id_col: str | None, encoding: str | None,
              notify: Notify | None, *, delimiter: str) -> Iterator[Record | RecordError]:
    _raise_csv_limit()
    key = id_col or "id"
    # surrogateescape keeps undecodable bytes as markers, so one bad row is one error record
    with open(path, encoding=encoding or "utf-8-sig", errors="surrogateescape",
              newline="") as fh:
        reader = csv.reader(fh, delimiter=delimiter)
        try:
            header = next(reader, None)
        except csv.Error as exc:
            raise CorpusError(f"cannot read the header of {path}: {exc}") from None
        if header is None:
            return
        header = [h.strip() for h in header]
        numbered = key not in header
        if numbered and notify is not None:
            notify(f"{path} has no {key!r} column: records get the id '<file name>:<line>' "
                   f"(choose a column with --id-col)")
        ncol = len(header)
        end = reader.line_num
        while True:
            start = end + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                end = reader.line_num
                yield RecordError(path, start, None, f"malformed CSV row: {exc}")
                continue
            end = reader.line_num
            if not row or (len(row) == 1 and not row[0].strip() and ncol > 1):
                continue  # blank line
            bad = next((c for c in row if _SURROGATE.search(c)), None)
            if bad is not None:
                hint = "pass the right --encoding" if encoding else \
                    "pass --encoding (e.g. --encoding cp1252)"
                yield RecordError(path, start, None,
                                  f"not valid {encoding or 'UTF-8'} text: {hint}")
                continue
            if len(row) != ncol:
                rid = row[header.index(key)] if not numbered and len(row) > header.index(key) \
                    else None
                yield RecordError(path, start, rid or None,
                                  f"the row has {len(row)} cells, the header {ncol}")
                continue
            # an empty cell is a missing value, except the text: an empty article is an article
            obj = {h: (v if v != "" or h == text_col else None)
                   for h, v in zip(header, row, strict=True)}
            yield _make_record(obj, path, start, text_col, key, numbered)


# -- Parquet ------------------------------------------------------------------------------------

def _read_parquet(path: str, text_col: str, id_col: str | None,
                  notify: Notify | None) -> Iterator[Record | RecordError]:
    import pyarrow.parquet as pq

    key = id_col or "id"
    try:
        pf = pq.ParquetFile(path)
    except Exception as exc:
        raise CorpusError(f"cannot read {path} as Parquet: {exc}") from None
    numbered = key not in pf.schema_arrow.names
    if numbered and notify is not None:
        notify(f"{path} has no {key!r} column: records get the id '<file name>:<row>' "
               f"(choose a column with --id-col)")
    row = 0
    for batch in pf.iter_batches(batch_size=_PARQUET_BATCH):
        for obj in batch.to_pylist():
            row += 1
            yield _make_record(obj, path, row, text_col, key, numbered)


# -- one record ---------------------------------------------------------------------------------

def _make_record(obj: Mapping[str, Any], path: str, line: int, text_col: str, key: str,
                 numbered: bool) -> Record | RecordError:
    raw_id = obj.get(key)
    rid: str | None
    if raw_id is None or raw_id == "":
        rid = f"{Path(path).name}:{line}" if numbered else None
    elif isinstance(raw_id, bool) or not isinstance(raw_id, (str, int)):
        return RecordError(path, line, None,
                           f"the id {key!r} must be a string or an integer, "
                           f"not {_json_type(raw_id)}")
    else:
        rid = str(raw_id)
    if rid is None:
        return RecordError(path, line, None, f"no id (field {key!r} is missing or empty)")
    if text_col not in obj or obj[text_col] is None:
        return RecordError(path, line, rid, f"no text (field {text_col!r} is missing or null)")
    text = obj[text_col]
    if not isinstance(text, str):
        return RecordError(path, line, rid,
                           f"the text {text_col!r} must be a string, not {_json_type(text)}")
    outlet = obj.get("outlet")
    if outlet is not None and not isinstance(outlet, str):
        outlet = str(outlet)
    meta = {k: _clean(v) for k, v in obj.items() if k not in (key, text_col, "outlet")}
    return Record(id=rid, text=text, source=path, line=line, outlet=outlet, meta=meta)


def _clean(v: Any) -> Any:
    """NaN (a missing number in pandas-made files) becomes null: JSON has no NaN."""
    if isinstance(v, float) and math.isnan(v):
        return None
    return v
