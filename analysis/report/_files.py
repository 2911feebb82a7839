"""Writing reports into a folder: safe file names, the JSON beside each page, the index."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ._i18n import check_ui_lang
from ._model import build_view
from ._page import IndexEntry, Panel, index_entry, render_index, render_view

__all__ = ["ReportWriter", "WrittenReport", "safe_name"]

_UNSAFE = re.compile(r"[^a-z0-9._-]+")
# Names the writer uses itself, and names Windows refuses whatever the extension.
_RESERVED = frozenset(
    {"index", "errors", "con", "prn", "aux", "nul"}
    | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)})


def safe_name(id: Any, max_len: int = 60) -> str:
    """A file name stem for a record id that cannot leave the output folder.

    Lower-case ASCII letters, digits, ``.``, ``_`` and ``-`` only, never starting with a dot;
    an id that is already such a name is kept as it is, any other id gets a short hash of the
    full id appended so that different ids never share a file ("a/b" and "a-b", "A" and "a").
    """
    raw = str(id)
    ascii_ = unicodedata.normalize("NFKD", raw).encode("ascii", "ignore").decode("ascii")
    slug = _UNSAFE.sub("-", ascii_.lower()).strip("-._")[:max_len].strip("-._")
    if slug and slug == raw and slug.split(".")[0] not in _RESERVED:
        return slug
    digest = hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    slug = slug.replace(".", "-")  # "con.txt" must not keep a reserved stem
    return f"{slug}-{digest}" if slug else f"article-{digest}"


def _inside(folder: Path, name: str) -> Path:
    path = folder / name
    if path.resolve().parent != folder.resolve():  # defence in depth; safe_name prevents it
        raise ValueError(f"refusing to write {name!r} outside {folder}")
    return path


def _dump(obj: Any, indent: int | None = None) -> bytes:
    try:
        return json.dumps(obj, ensure_ascii=False, indent=indent, default=str).encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates from a JSON input: keep them as \u escapes
        return json.dumps(obj, ensure_ascii=True, indent=indent, default=str).encode("ascii")


@dataclass(frozen=True)
class WrittenReport:
    id: str
    html: Path
    json: Path
    entry: IndexEntry


@dataclass
class ReportWriter:
    """Writes one page (and its analysis JSON) per record into ``folder``, then an index.

    ``panels`` optionally maps a record to extra page sections (see :class:`Panel`).
    """

    folder: Path
    ui_lang: str = "en"
    panels: Callable[[Mapping[str, Any]], Sequence[Panel]] | None = None
    reports: list[WrittenReport] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    _names: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.folder = Path(self.folder)
        check_ui_lang(self.ui_lang)
        self.folder.mkdir(parents=True, exist_ok=True)

    def _unique(self, rid: str) -> str:
        name = safe_name(rid)
        k = 1
        while name in self._names:  # two records with the same id
            k += 1
            name = safe_name(f"{rid}\x00{k}")
        self._names.add(name)
        return name

    def add(self, record: Mapping[str, Any], text: str | None = None, *,
            name: str | None = None) -> WrittenReport:
        """Render and write one record; raises ReportError when it cannot be reported.

        The files are named after ``name`` (default: the record id), made safe by
        :func:`safe_name` and unique within the folder."""
        view = build_view(record, text, ui_lang=self.ui_lang)
        panels = tuple(self.panels(record)) if self.panels else ()
        html = render_view(view, panels=panels)
        name = self._unique(view.id if name is None else name)
        html_path = _inside(self.folder, name + ".html")
        json_path = _inside(self.folder, name + ".json")
        out = dict(record)
        out.setdefault("text", view.text)
        json_path.write_bytes(_dump(out, indent=1) + b"\n")
        html_path.write_bytes(html.encode("utf-8", "xmlcharrefreplace"))
        done = WrittenReport(view.id, html_path, json_path, index_entry(view, html_path.name))
        self.reports.append(done)
        return done

    def add_error(self, where: str, message: str) -> None:
        """Record an input that could not be reported; it is listed in the index and in
        ``errors.jsonl``."""
        self.errors.append((str(where), str(message)))

    def finish(self) -> Path | None:
        """Write ``index.html`` (when there are several reports or any error) and
        ``errors.jsonl`` (when there are errors); returns the index path, if written."""
        if self.errors:
            lines = [_dump({"where": w, "error": m}) for w, m in self.errors]
            _inside(self.folder, "errors.jsonl").write_bytes(b"\n".join(lines) + b"\n")
        if len(self.reports) < 2 and not self.errors:
            return None
        path = _inside(self.folder, "index.html")
        html = render_index([r.entry for r in self.reports], self.errors, ui_lang=self.ui_lang)
        path.write_bytes(html.encode("utf-8", "xmlcharrefreplace"))
        return path
