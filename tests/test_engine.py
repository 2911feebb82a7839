"""analysis.engine: the same records in the same order whatever runs them, bad records become
error records, and input is pulled lazily (memory bounded by a window, not the corpus)."""

from __future__ import annotations

import itertools
import json
import os
from dataclasses import dataclass

import pytest

from analysis.engine import (
    DEFAULT_CHUNKSIZE,
    EngineError,
    Options,
    analyze_records,
    process_record,
    resolve_jobs,
)
from analysis.engine._run import WINDOW_PER_WORKER
from analysis.io import Record, RecordError

SENTENCES = [
    "«Les deux parties ont confirmé leur volonté d'intensifier la coordination entre les "
    "militaires russes et américains en Syrie», précise le Kremlin dans un communiqué.",
    "Le Secrétaire d'Etat américain John Kerry a lui salué mercredi le cessez-le-feu de 72 "
    "heures décrété par le régime en Syrie.",
    "\"We are not going to discuss it,\" the spokesman told reporters on Monday.",
    "",
    "   \n\t ",
    "Selon le communiqué, Moscou avait déjà appelé en juin à mener des «actions communes "
    "décisives contre le Front Al-Nosra».",
]


def _items():
    """Real sentences as records, with a read error and an unsupported language in between."""
    items = [Record(id=f"s{i}", text=t, source="test", line=i + 1)
             for i, t in enumerate(SENTENCES)]
    items.insert(2, RecordError("test", 99, "bad", "invalid JSON: Expecting value"))
    items.insert(5, Record(id="de", text="Der Kreml teilte mit, dass ...", source="test",
                           line=50, lang="de"))
    return items


# -- process_record -----------------------------------------------------------------------------

def test_each_item_gives_one_outcome_in_order():
    items = _items()
    outcomes = list(analyze_records(items))
    assert [o.id for o in outcomes] == [x.id for x in items]
    assert [o.ok for o in outcomes] == [isinstance(x, Record) and x.lang != "de" for x in items]
    for o in outcomes:
        rec = json.loads(o.line)
        if o.ok:
            assert rec["id"] == o.id and isinstance(rec["quotes"], list)
        else:
            assert set(rec) == {"source", "line", "id", "error"}


def test_unsupported_language_is_an_error_record_with_its_place():
    (o,) = analyze_records([Record(id="x", text=SENTENCES[0], source="c.jsonl", line=12)],
                           options=Options(lang="de"))
    assert not o.ok
    assert json.loads(o.line) == {"source": "c.jsonl", "line": 12, "id": "x",
                                  "error": o.error.error}
    assert "unsupported language 'de'" in o.error.error


@pytest.mark.parametrize("text", ["", " ", "\n\n", "\u00a0\t"])
def test_empty_or_blank_text_is_a_normal_record(text):
    (o,) = analyze_records([Record(id="e", text=text, source="t")])
    rec = json.loads(o.line)
    assert o.ok and rec["quotes"] == [] and rec["n_words"] == 0


@dataclass(frozen=True)
class _FakeResult:
    payload: dict

    def to_dict(self):
        return self.payload


def _crashing(text, lang=None, **kw):
    raise IndexError("string index out of range")


def _nan_features(text, lang=None, *, id, **kw):
    return _FakeResult({"id": id, "features": {"x": float("nan")}})


def _echo(text, lang=None, *, id, outlet, meta, lexicons):
    return _FakeResult({"id": id, "lang": lang, "outlet": outlet, "meta": dict(meta),
                        "lexicons": list(lexicons), "n": len(text)})


def _echo_gazetteers(text, lang=None, *, gazetteers=(), **kw):
    return _FakeResult({"gazetteers": list(gazetteers)})


@pytest.mark.parametrize(("fn", "expected"), [
    (_crashing, "analysis failed with IndexError: string index out of range (an internal "
                "error: please report it with this record)"),
    (_nan_features, "Out of range float values are not JSON compliant"),
])
def test_failures_inside_analysis_become_error_records(fn, expected):
    o = process_record(Record(id="a1", text="x", source="c.csv", line=3), Options(), fn)
    assert not o.ok and json.loads(o.line) == {"source": "c.csv", "line": 3, "id": "a1",
                                               "error": o.error.error}
    assert expected in o.error.error


def test_debug_mode_reraises(monkeypatch):
    monkeypatch.setenv("SOURCEBIAS_DEBUG", "1")
    with pytest.raises(IndexError):
        process_record(Record(id="a1", text="x", source="c.csv"), Options(), _crashing)


def test_record_fields_and_options_reach_the_analysis():
    rec = Record(id="r", text="abc", source="c.jsonl", line=4, outlet="lapresse.ca",
                 meta={"date": "2018-11-17"})
    o = process_record(rec, Options(lang="fr", lexicons=("/x/extra.tsv",)), _echo)
    assert json.loads(o.line) == {"id": "r", "lang": "fr", "outlet": "lapresse.ca",
                                  "meta": {"date": "2018-11-17"},
                                  "lexicons": ["/x/extra.tsv"], "n": 3}
    # a record's own language wins over the run's
    o = process_record(Record(id="r", text="abc", source="s", lang="en"), Options("fr"), _echo)
    assert json.loads(o.line)["lang"] == "en"
    # gazetteers are passed when given (and only then: _echo does not take them)
    o = process_record(rec, Options(gazetteers=("/x/g.tsv",)), _echo_gazetteers)
    assert json.loads(o.line) == {"gazetteers": ["/x/g.tsv"]}


# -- executors ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("jobs", "chunksize"), [(2, 1), (2, 3), (0, None)])
def test_worker_processes_give_the_same_lines_in_the_same_order(jobs, chunksize):
    items = _items() * 3
    serial = [o.line for o in analyze_records(items)]
    parallel = [o.line for o in analyze_records(items, jobs=jobs, chunksize=chunksize)]
    assert parallel == serial


def test_dev_set_parallel_equals_serial(shared_data):
    path = shared_data / "attribution" / "fr-news-dev.gold.jsonl"
    gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    items = [Record(id=g["id"], text=g["text"], source=str(path), line=i + 1)
             for i, g in enumerate(gold)]
    serial = list(analyze_records(items))
    assert all(o.ok for o in serial), [o.error for o in serial if not o.ok]
    assert [o.line for o in analyze_records(items, jobs=2)] == [o.line for o in serial]


@pytest.mark.parametrize("jobs", [1, 2])
def test_input_is_pulled_lazily(jobs):
    """An endless input: the first results arrive, and only a window of records was read."""
    pulled = itertools.count()

    def endless():
        for i in itertools.count():
            next(pulled)
            yield Record(id=str(i), text=SENTENCES[i % 3], source="endless")

    first = list(itertools.islice(analyze_records(endless(), jobs=jobs, chunksize=2), 5))
    assert [o.id for o in first] == ["0", "1", "2", "3", "4"]
    read = next(pulled)
    bound = 5 if jobs == 1 else jobs * WINDOW_PER_WORKER * 2 + 2 * 2
    assert read <= bound, f"{read} records read to produce 5 results"


@pytest.mark.parametrize(("jobs", "expected"), [(1, 1), (3, 3)])
def test_resolve_jobs(jobs, expected):
    assert resolve_jobs(jobs) == expected


def test_resolve_jobs_all_cores():
    assert resolve_jobs(0) == len(os.sched_getaffinity(0)) >= 1
    with pytest.raises(ValueError, match="jobs must be 0"):
        resolve_jobs(-1)


def test_default_chunksize_is_small():
    assert 1 <= DEFAULT_CHUNKSIZE <= 64


# -- Dask ---------------------------------------------------------------------------------------

def test_dask_in_process_cluster_gives_the_same_lines(local_dask):
    import distributed

    items = _items() * 2
    serial = [o.line for o in analyze_records(items)]
    with distributed.Client(local_dask, set_as_default=False) as client:
        by_client = [o.line for o in analyze_records(items, dask=client, chunksize=2)]
    by_address = [o.line for o in analyze_records(items, dask=local_dask.scheduler_address)]
    assert by_client == serial
    assert by_address == serial


def test_unreachable_dask_scheduler_is_one_sentence():
    pytest.importorskip("distributed")
    import dask

    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}), \
            pytest.raises(EngineError, match="cannot reach the Dask scheduler at"):
        list(analyze_records(_items(), dask="tcp://127.0.0.1:9"))
