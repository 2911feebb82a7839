"""Writers: JSON Lines to a file or standard output, UTF-8, one object per line."""

from __future__ import annotations

import datetime as _dt
import decimal
import json
import sys
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from ._records import CorpusError

__all__ = ["STDOUT", "JsonlWriter", "to_json_line"]

STDOUT = "-"


def _default(obj: Any) -> Any:
    """Values JSON has no type for, as found in corpus metadata (Parquet dates, decimals)."""
    if isinstance(obj, (_dt.datetime, _dt.date, _dt.time)):
        return obj.isoformat()
    if isinstance(obj, decimal.Decimal):
        return float(obj)
    if isinstance(obj, (set, frozenset, tuple)):
        return list(obj)
    if isinstance(obj, bytes):
        return obj.decode("utf-8", errors="replace")
    if hasattr(obj, "item"):  # numpy scalars
        return obj.item()
    if hasattr(obj, "tolist"):  # numpy arrays
        return obj.tolist()
    raise TypeError(f"cannot write a {type(obj).__name__} as JSON")


def to_json_line(obj: Any) -> str:
    """One compact JSON line (no newline), non-ASCII characters kept as they are.

    Raises ``ValueError`` for NaN or infinity (not JSON) and ``TypeError`` for a value with no
    JSON form, so a bad result is reported instead of written as an unreadable line.
    """
    return json.dumps(obj, ensure_ascii=False, allow_nan=False, separators=(",", ":"),
                      default=_default)


class JsonlWriter:
    """Write JSON lines to ``path`` (``"-"`` for standard output), flushing as it goes.

    Opening checks that the path is writable (the parent folder is created) and raises
    ``CorpusError`` with one sentence otherwise.
    """

    def __init__(self, path: str | Path, *, what: str = "output") -> None:
        self.path = str(path)
        self.count = 0
        self._own = self.path != STDOUT
        self._fh: IO[str]
        if not self._own:
            if (getattr(sys.stdout, "encoding", "utf-8") or "").lower() not in ("utf-8", "utf8") \
                    and hasattr(sys.stdout, "reconfigure"):
                sys.stdout.reconfigure(encoding="utf-8")
            self._fh = sys.stdout
            return
        p = Path(self.path)
        if p.is_dir():
            raise CorpusError(f"cannot write the {what} to {self.path!r}: it is a folder; "
                              f"give a file name such as {str(p / 'out.jsonl')!r}")
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
            self._fh = open(p, "w", encoding="utf-8", newline="\n")
        except OSError as exc:
            raise CorpusError(f"cannot write the {what} to {self.path!r}: "
                              f"{exc.strerror or exc}; choose another path with -o") from None

    def write_line(self, line: str) -> None:
        """Write one already-serialised JSON line."""
        self._fh.write(line)
        self._fh.write("\n")
        self.count += 1
        if not self._own:
            self._fh.flush()

    def write(self, obj: Any) -> None:
        self.write_line(to_json_line(obj))

    def close(self) -> None:
        if self._own:
            self._fh.close()
        else:
            self._fh.flush()

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
