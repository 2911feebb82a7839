"""Helpers for tests that read the shared gold sets: gold quotes as result objects, and the
reference scorer loaded from ../shared/contract."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from analysis import Quote, Speaker

OPEN_CLOSE = {"«": "»", "“": "”", "„": "“", "‹": "›", '"': '"'}


def marks_in(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The quoted fragments (inside their marks) of a gold mixed quote."""
    out, i = [], start
    while i < end:
        closer = OPEN_CLOSE.get(text[i])
        if closer is None:
            i += 1
            continue
        j = text.find(closer, i + 1, end)
        j = end if j < 0 else j
        out.append((i + 1, j))
        i = j + 1
    return tuple(out)


def gold_quotes(record: dict) -> tuple[Quote, ...]:
    """A gold record's quotes as :class:`analysis.Quote` objects (marks of mixed quotes
    included), for building a VoiceMap from the gold."""
    text = record["text"]
    return tuple(
        Quote(q["type"], q["start"], q["end"], q["text"],
              Speaker(q.get("speaker"), q.get("speaker_start"), q.get("speaker_end"),
                      q.get("speaker")), None,
              marks=marks_in(text, q["start"], q["end"]) if q["type"] == "mixed" else ())
        for q in record["quotes"])


def reference_scorer(contract: Path) -> ModuleType:
    """../shared/contract/score.py as a module."""
    spec = importlib.util.spec_from_file_location("reference_score", contract / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod
