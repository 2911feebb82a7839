"""Sources of an article: one entry per speaker (by canonical name) and per credited agency."""

from __future__ import annotations

import pytest

from analysis._types import Quote, Speaker
from analysis.attribution import sources_of


def _quote(start: int, speaker: Speaker | None) -> Quote:
    return Quote("direct", start, start + 5, "xxxxx", speaker, None, None, None, "test", ())


@pytest.mark.parametrize(
    ("speakers", "expected"),
    [
        # two mentions of one canonical speaker: one source, both mentions kept in order
        ([Speaker("le Kremlin", 0, 10, "Kremlin", "government", "RU", "mention"),
          Speaker("Moscou", 20, 26, "Kremlin", "government", "RU", "mention")],
         [("Kremlin", 2, ("le Kremlin", "Moscou"))]),
        # a speaker carried over from the previous quote has no mention of its own
        ([Speaker(None, None, None, "John Kerry", "person", "US", "previous-quote")],
         [("John Kerry", 1, ())]),
        # neither a name nor a mention: counted under "unknown", not a crash
        ([Speaker(None, None, None, None, "unknown", None, "previous-quote"),
          Speaker("", 3, 3, "", "unknown", None, "mention")],
         [("unknown", 2, ())]),
        ([None], []),
    ],
)
def test_sources_of(speakers: list[Speaker | None], expected: list[tuple]) -> None:
    quotes = [_quote(10 * k, sp) for k, sp in enumerate(speakers)]
    got = [(s.name, s.n_quotes, s.mentions) for s in sources_of(quotes, ())]
    assert got == expected
