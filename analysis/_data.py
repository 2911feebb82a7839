"""Versioned data files shipped in ``lexicons/``: locating and reading them.

Every data file starts with ``# key: value`` metadata lines (at least ``name`` and ``version``),
then a tab-separated header row and rows. Errors name the file and line.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

__all__ = ["DataFile", "DataFileError", "lexicon_dir", "read_table"]


class DataFileError(ValueError):
    """A data file is malformed; the message names the file and the line."""


@dataclass(frozen=True)
class DataFile:
    path: Path
    meta: dict[str, str]
    columns: tuple[str, ...]
    rows: tuple[dict[str, str], ...]
    lines: tuple[int, ...]  # source line of each row

    @property
    def name(self) -> str:
        return self.meta["name"]

    @property
    def version(self) -> str:
        return self.meta["version"]

    @property
    def tag(self) -> str:
        return f"{self.meta['name']}@{self.meta['version']}"


@functools.cache
def lexicon_dir() -> Path:
    """The ``lexicons`` folder: inside the installed package, or beside it in a source tree."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_lexicons", here.parent / "lexicons"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"sourcebias data folder 'lexicons' not found next to {here}")


def read_table(path: str | Path, required: Iterable[str] = ()) -> DataFile:
    """Read a metadata + TSV data file. Relative paths are taken inside ``lexicons/``."""
    p = Path(path)
    if not p.is_absolute() and not p.exists():
        p = lexicon_dir() / p
    try:
        raw = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataFileError(f"{p}: file not found") from None
    except UnicodeDecodeError as exc:
        raise DataFileError(f"{p}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    meta: dict[str, str] = {}
    columns: tuple[str, ...] = ()
    rows: list[dict[str, str]] = []
    lines: list[int] = []
    for lineno, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        if line.startswith("#"):
            if not columns and ":" in line:
                key, _, value = line[1:].partition(":")
                meta[key.strip()] = value.strip()
            continue
        if unicodedata.normalize("NFC", line) != line:
            raise DataFileError(f"{p}:{lineno}: text is not in Unicode NFC form")
        cells = [c.strip() for c in line.split("\t")]
        if not columns:
            columns = tuple(cells)
            missing = [c for c in required if c not in columns]
            if missing:
                raise DataFileError(f"{p}:{lineno}: missing column(s) {', '.join(missing)}")
            continue
        if len(cells) > len(columns):
            raise DataFileError(
                f"{p}:{lineno}: {len(cells)} cells for {len(columns)} columns {columns}")
        cells += [""] * (len(columns) - len(cells))
        rows.append(dict(zip(columns, cells, strict=True)))
        lines.append(lineno)
    for key in ("name", "version"):
        if key not in meta:
            raise DataFileError(f"{p}:1: metadata line '# {key}: ...' is missing")
    return DataFile(p, meta, columns, tuple(rows), tuple(lines))
