"""count_words counts exactly the matches of WORD (it does not run the pattern)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from analysis.text._segment import WORD, count_words

_ALPHABET = "ab_-' \n,.é—œ1²ıİ🤜«»\u0300\u00a0"


@given(st.text(alphabet=_ALPHABET, max_size=30))
def test_count_words_is_len_of_findall(text: str) -> None:
    assert count_words(text) == len(WORD.findall(text))


@given(st.text(max_size=30))
def test_count_words_any_text(text: str) -> None:
    assert count_words(text) == len(WORD.findall(text))


def test_count_words_examples() -> None:
    assert count_words("") == 0
    assert count_words("l'extrémiste a-t-il dit «non» -- 12,5 %") == 6
    assert count_words("a--b 'c d-") == 4
