"""Reading articles and corpora, writing results and error records.

Inputs: ``.txt`` files (UTF-8, or a confidently detected legacy encoding), folders of them,
and corpus files with one article per record: JSON Lines, CSV/TSV, Parquet. Everything is
read lazily, one record at a time. A bad record becomes a ``RecordError`` carrying its file
and line, never a silent drop; a bad path or a missing column is a ``CorpusError``.
"""

from __future__ import annotations

from ._decode import DecodeError, decode_bytes
from ._readers import (
    CORPUS_SUFFIXES,
    TEXT_SUFFIXES,
    InputFile,
    iter_records,
    plan_inputs,
    read_records,
)
from ._records import CorpusError, Record, RecordError
from ._writers import STDOUT, JsonlWriter, to_json_line

__all__ = [
    "CORPUS_SUFFIXES",
    "STDOUT",
    "TEXT_SUFFIXES",
    "CorpusError",
    "DecodeError",
    "InputFile",
    "JsonlWriter",
    "Record",
    "RecordError",
    "decode_bytes",
    "iter_records",
    "plan_inputs",
    "read_records",
    "to_json_line",
]

