"""analysis._frozen.fast_init: the same frozen dataclass, created faster."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from analysis._frozen import fast_init
from analysis._types import Cue, Quote, Speaker


def test_same_fields_defaults_and_behaviour() -> None:
    sp = Speaker("elle", 3, 7, "Agnès Bonnet")
    assert list(vars(sp)) == [f.name for f in dataclasses.fields(Speaker)]
    assert sp.type == "unknown" and sp.affiliation is None and sp.resolved_by is None
    assert sp == Speaker(text="elle", start=3, end=7, canonical="Agnès Bonnet")
    assert hash(sp) == hash(Speaker("elle", 3, 7, "Agnès Bonnet"))
    assert repr(sp).startswith("Speaker(text='elle', start=3")
    cue = Cue("a dit", "dire", 8, 13, "neutral")
    q = Quote("direct", 0, 2, "ab", sp, cue)
    assert pickle.loads(pickle.dumps(q)) == q
    assert dataclasses.replace(q, start=1).start == 1
    assert dataclasses.asdict(q)["speaker"]["canonical"] == "Agnès Bonnet"
    with pytest.raises(dataclasses.FrozenInstanceError):
        q.start = 5  # type: ignore[misc]
    with pytest.raises(TypeError):
        Speaker("elle", 3)  # type: ignore[call-arg]


def test_refuses_what_it_cannot_copy() -> None:
    @dataclasses.dataclass(frozen=True)
    class WithFactory:
        x: list[int] = dataclasses.field(default_factory=list)

    with pytest.raises(TypeError):
        fast_init(WithFactory)
