"""What the readers yield: one ``Record`` per article, or one ``RecordError`` per bad record."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["CorpusError", "Record", "RecordError"]


class CorpusError(ValueError):
    """A problem with an input or output path that the user can fix (bad path, unsupported
    extension, missing column, unwritable output). The message is one sentence naming the
    file and saying how to fix it; the command line turns it into exit code 2."""


@dataclass(frozen=True)
class Record:
    """One article to analyse.

    ``source`` is the file it came from and ``line`` its 1-based line (JSONL, CSV) or row
    (Parquet), None for a text file. ``outlet`` goes to ``analyze(outlet=)``; ``meta`` holds
    the record's other fields (date, title, url, labels...), carried into the output record.
    ``lang`` overrides the run's language for this record (used by ``evaluate``).
    """

    id: str
    text: str
    source: str
    line: int | None = None
    outlet: str | None = None
    meta: Mapping[str, Any] = field(default_factory=dict)
    lang: str | None = None


@dataclass(frozen=True)
class RecordError:
    """An input record that could not be read or analysed; never silently dropped."""

    source: str
    line: int | None
    id: str | None
    error: str

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "line": self.line, "id": self.id, "error": self.error}

    def where(self) -> str:
        """``file:line (id)`` for messages."""
        loc = self.source if self.line is None else f"{self.source}:{self.line}"
        return loc if self.id is None or self.line is None else f"{loc} (id {self.id})"
