"""`sourcebias analyze`: inputs, outputs, error reports and exit codes."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from analysis.cli import main

FR = [
    "«Les deux parties ont confirmé leur volonté d'intensifier la coordination entre les "
    "militaires russes et américains en Syrie», précise le Kremlin dans un communiqué.",
    "Le Secrétaire d'Etat américain John Kerry a lui salué mercredi le cessez-le-feu de 72 "
    "heures décrété par le régime en Syrie.",
    "Les services de sécurité des Etats-Unis et de la Russie coopèrent déjà en Syrie et Moscou "
    "avait déjà appelé en juin à mener des «actions communes décisives contre le Front "
    "Al-Nosra».",
]


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# -- text files ---------------------------------------------------------------------------------

def test_reference_article_to_stdout(capsys, reference_path):
    code, out, err = run(capsys, "analyze", reference_path, "-o", "-")
    assert code == 0 and err == ""
    (rec,) = [json.loads(line) for line in out.splitlines()]
    assert rec["id"] == "syrie-2016.txt" and rec["language"] == "fr"
    assert rec["quotes"] and all(q["text"] for q in rec["quotes"])
    assert "«" in out or "é" in out  # UTF-8 kept, not \\u-escaped
    assert "\\u00e9" not in out


def test_folder_ids_are_relative_paths_in_sorted_order(capsys, tmp_path):
    d = tmp_path / "articles"
    for rel, text in [("b.txt", FR[0]), ("a/2.txt", FR[1]), ("a/1.txt", FR[2])]:
        (d / rel).parent.mkdir(parents=True, exist_ok=True)
        (d / rel).write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code, _, err = run(capsys, "analyze", d, "-o", out)
    assert code == 0, err
    assert [r["id"] for r in jsonl(out)] == ["a/1.txt", "a/2.txt", "b.txt"]
    assert f"3 article(s) analysed -> {out}" in err


def test_cp1252_file_is_read_and_announced(capsys, tmp_path):
    p = tmp_path / "win.txt"
    p.write_bytes(FR[1].encode("cp1252"))
    out = tmp_path / "out.jsonl"
    code, _, err = run(capsys, "analyze", p, "-o", out)
    assert code == 0
    (rec,) = jsonl(out)
    assert rec["encoding"] == "cp1252" and rec["n_words"] > 10
    assert "is not UTF-8: read it as cp1252" in err


def test_undecodable_file_is_an_error_naming_it(capsys, tmp_path):
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(FR[0], encoding="utf-8")
    bad.write_bytes(bytes(range(256)) * 8)
    out = tmp_path / "out.jsonl"
    code, _, err = run(capsys, "analyze", good, bad, "-o", out)
    assert code == 3
    assert [r["id"] for r in jsonl(out)] == ["good.txt"]
    assert "1 of 2 record(s) could not be analysed" in err
    assert str(bad) in err and "--encoding" in err and "Traceback" not in err


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t\n"])
def test_empty_article_is_a_normal_record(capsys, tmp_path, text):
    p = tmp_path / "empty.txt"
    p.write_text(text, encoding="utf-8")
    code, out, _ = run(capsys, "analyze", p)
    (rec,) = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and rec["quotes"] == [] and rec["n_words"] == 0


# -- corpus files -------------------------------------------------------------------------------

def _bad_corpus(tmp_path: Path) -> tuple[Path, int]:
    lines = [
        json.dumps({"id": "a", "text": FR[0], "outlet": "afp", "date": "2016-07-06",
                    "title": "Syrie", "url": "https://example.org/a", "labels": ["wire"]},
                   ensure_ascii=False),
        '{"id": "b", "text": "unterminated',
        json.dumps({"id": "c"}),
        json.dumps({"id": "d", "text": 3.5}),
        "",
        json.dumps({"id": "e", "text": FR[1]}, ensure_ascii=False),
        json.dumps({"text": FR[2]}, ensure_ascii=False),
        json.dumps({"id": "g", "text": ""}),
    ]
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, sum(1 for line in lines if line)


def test_every_record_is_in_the_output_or_the_errors(capsys, tmp_path):
    corpus, n_records = _bad_corpus(tmp_path)
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    code, _, err = run(capsys, "analyze", corpus, "-o", out, "--errors", errors)
    assert code == 3
    ok, bad = jsonl(out), jsonl(errors)
    assert len(ok) + len(bad) == n_records
    assert [r["id"] for r in ok] == ["a", "e", "g"]
    assert [(e["line"], e["id"]) for e in bad] == [(2, None), (3, "c"), (4, "d"), (7, None)]
    assert all(e["source"] == str(corpus) and e["error"] for e in bad)
    assert f"4 of 7 record(s) could not be analysed: see {errors}" in err
    first = ok[0]
    assert (first["outlet"], first["date"], first["title"], first["url"], first["labels"]) == (
        "afp", "2016-07-06", "Syrie", "https://example.org/a", ["wire"])


def test_errors_summary_on_stderr_without_errors_file(capsys, tmp_path):
    corpus, _ = _bad_corpus(tmp_path)
    code, out, err = run(capsys, "analyze", corpus)
    assert code == 3 and len(out.splitlines()) == 3
    assert f"{corpus}:2: invalid JSON" in err
    assert f"{corpus}:3 (id c): no text" in err
    assert "Traceback" not in err


def test_csv_columns_are_carried_and_renamed(capsys, tmp_path):
    path = tmp_path / "c.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["doc", "outlet", "date_from_url", "body"])
        w.writerow(["x1", "lapresse.ca", "2018-11-17", FR[2]])
        w.writerow(["x2", "letemps.ch", "", FR[0]])
    out = tmp_path / "out.jsonl"
    code, _, err = run(capsys, "analyze", path, "-o", out, "--text-col", "body",
                       "--id-col", "doc")
    assert code == 0, err
    recs = jsonl(out)
    assert [(r["id"], r["outlet"], r["date_from_url"]) for r in recs] == [
        ("x1", "lapresse.ca", "2018-11-17"), ("x2", "letemps.ch", None)]
    assert "body" not in recs[0] and "text" not in recs[0]


def test_parquet_corpus(capsys, tmp_path):
    path = tmp_path / "c.parquet"
    pq.write_table(pa.table({"id": ["p1", "p2"], "text": FR[:2], "outlet": ["a", "b"]}), path)
    code, out, _ = run(capsys, "analyze", path)
    assert code == 0
    assert [json.loads(x)["id"] for x in out.splitlines()] == ["p1", "p2"]


def test_missing_text_column_is_one_sentence(capsys, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("id,contenu,media\n1,Bonjour,x\n", encoding="utf-8")
    code, out, err = run(capsys, "analyze", path)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "no text column 'text' (columns found: 'id', 'contenu', 'media')" in err
    assert "--text-col" in err


def test_parallel_output_equals_serial(capsys, tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, "text": FR[i % 3]}, ensure_ascii=False)
                              for i in range(30)), encoding="utf-8")
    serial, parallel = tmp_path / "s.jsonl", tmp_path / "p.jsonl"
    assert run(capsys, "analyze", path, "-o", serial)[0] == 0
    assert run(capsys, "analyze", path, "-o", parallel, "--jobs", "2", "--chunksize", "4")[0] == 0
    assert parallel.read_bytes() == serial.read_bytes()


def test_standard_input(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "analysis", "analyze", "-"], input=FR[0],
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert proc.returncode == 0, proc.stderr
    (rec,) = [json.loads(line) for line in proc.stdout.splitlines()]
    assert rec["id"] == "stdin" and rec["quotes"]


def test_dask_scheduler_address(capsys, tmp_path, local_dask):
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, "text": FR[i % 3]}, ensure_ascii=False)
                              for i in range(12)), encoding="utf-8")
    serial, on_dask = tmp_path / "s.jsonl", tmp_path / "d.jsonl"
    assert run(capsys, "analyze", path, "-o", serial)[0] == 0
    code, _, err = run(capsys, "analyze", path, "-o", on_dask, "--dask",
                       local_dask.scheduler_address)
    assert code == 0, err
    assert on_dask.read_bytes() == serial.read_bytes()


EXTRA_LEXICON = """\
# name: test-extra
# version: 0.1.0
# language: fr
# licence: MIT
# description: a one-entry lexicon for the command-line tests
# sources: ours
# source.ours: written for this test
entry\tcategory\tpos\tneutral\tnote\tweight\tsource\tforms
coordination\tlabeling\tn\t\t\t1\tours\t
"""


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_extra_lexicon_reaches_every_worker(capsys, tmp_path, monkeypatch, jobs):
    monkeypatch.chdir(tmp_path)
    Path("extra.tsv").write_text(EXTRA_LEXICON, encoding="utf-8")
    Path("a.txt").write_text(FR[0], encoding="utf-8")
    Path("b.txt").write_text(FR[2], encoding="utf-8")
    code, out, err = run(capsys, "analyze", "a.txt", "b.txt", "--lexicon", "extra.tsv",
                         "--jobs", jobs)
    assert code == 0, err
    a, b = (json.loads(line) for line in out.splitlines())
    assert a["versions"]["test-extra"] == "0.1.0"
    assert [(t["text"], t["lexicon"]) for t in a["loaded_terms"] if t["entry"] == "coordination"
            ] == [("coordination", "test-extra@0.1.0")]
    assert not any(t["entry"] == "coordination" for t in b["loaded_terms"])


EXTRA_GAZETTEER = """\
# name: test-gazetteer
# version: 0.1.0
# licence: MIT
# description: a one-entry gazetteer for the command-line tests
alias\tcanonical\ttype\taffiliation\tlang
kremlin\tPrésidence russe\tgovernment\tRU\tfr,en
"""


def test_extra_gazetteer_names_the_source(capsys, tmp_path):
    gaz = tmp_path / "gaz.tsv"
    gaz.write_text(EXTRA_GAZETTEER, encoding="utf-8")
    (tmp_path / "a.txt").write_text(FR[0], encoding="utf-8")
    code, out, err = run(capsys, "analyze", tmp_path / "a.txt", "--gazetteer", gaz,
                         "--jobs", "2")
    assert code == 0, err
    rec = json.loads(out)
    assert [q["speaker"]["canonical"] for q in rec["quotes"]] == ["Présidence russe"]


def test_malformed_lexicon_is_one_sentence_before_any_analysis(capsys, tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("garbage\tline\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(FR[0], encoding="utf-8")
    code, out, err = run(capsys, "analyze", tmp_path / "a.txt", "--lexicon", bad)
    assert code == 2 and out == ""
    assert err.startswith("sourcebias: error: cannot use the lexicon(s) bad.tsv: ")
    assert str(bad) in err and err.count("\n") == 1


# -- user mistakes: exit 2, one sentence --------------------------------------------------------

@pytest.mark.parametrize(("make", "args", "message"), [
    (None, ["{tmp}/nope.txt"], "input '{tmp}/nope.txt' does not exist"),
    ("a.docx", ["{tmp}/a.docx"], "unsupported extension '.docx'"),
    ("a.txt", ["{tmp}/a.txt", "-o", "{tmp}/a.txt/out.jsonl"], "cannot write the output"),
    ("a.txt", ["{tmp}/a.txt", "-o", "{tmp}"], "it is a folder"),
    ("a.txt", ["{tmp}/a.txt", "-o", "{tmp}/a.txt"], "is also an input"),
    ("a.txt", ["{tmp}/a.txt", "-o", "{tmp}/o.jsonl", "--errors", "{tmp}/o.jsonl"],
     "the output and the error report are the same file"),
    ("a.txt", ["{tmp}/a.txt", "--lexicon", "{tmp}/missing.tsv"],
     "lexicon file '{tmp}/missing.tsv' does not exist"),
    ("a.txt", ["{tmp}/a.txt", "--gazetteer", "{tmp}/missing.tsv"],
     "gazetteer file '{tmp}/missing.tsv' does not exist: check the path given to --gazetteer"),
    ("a.txt", ["{tmp}/a.txt", "--jobs", "-2"], "--jobs -2 is not valid"),
])
def test_user_mistakes(capsys, tmp_path, make, args, message):
    if make:
        (tmp_path / make).write_text(FR[0], encoding="utf-8")
    argv = [a.format(tmp=tmp_path) for a in args]
    code, out, err = run(capsys, "analyze", *argv)
    assert code == 2 and out == ""
    assert message.format(tmp=tmp_path) in err
    assert err.startswith("sourcebias: error: ") and err.count("\n") == 1


# -- summary ------------------------------------------------------------------------------------

def test_summary_goes_to_stderr_when_records_go_to_stdout(capsys, tmp_path):
    p = tmp_path / "k.txt"
    p.write_text(FR[0] + "\n" + FR[2], encoding="utf-8")
    code, out, err = run(capsys, "analyze", p, "--summary")
    (rec,) = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert "k.txt" in err
    # whichever summary is used, it reports this article's quote count
    assert str(len(rec["quotes"])) in err


def test_fallback_summary_table(capsys, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "analysis.report", None)  # import raises ImportError
    for i, text in enumerate(FR):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code, table, _ = run(capsys, "analyze", tmp_path, "-o", out, "--summary")
    recs = jsonl(out)
    lines = table.splitlines()
    assert code == 0 and lines[0].split() == ["id", "lang", "words", "quotes", "direct",
                                              "indirect", "mixed", "sources", "loaded"]
    rows = {line.split()[0]: line.split() for line in lines[1:]}
    for r in recs:
        assert rows[r["id"]][2:4] == [str(r["n_words"]), str(len(r["quotes"]))]
    assert rows["total"][1:3] == [str(sum(r["n_words"] for r in recs)),
                                  str(sum(len(r["quotes"]) for r in recs))]


# -- pathological input -------------------------------------------------------------------------

def test_a_megabyte_of_unbalanced_quote_marks_finishes(tmp_path):
    """Safety bound, not a benchmark: linear-time code does this in a few seconds."""
    unit = ("«Le Kremlin a dit « que » les “groupes » étaient « terroristes, a-t-il ajouté. "
            "\"Selon Moscou\" « ... » “ « « ‹ ")
    p = tmp_path / "quotes.txt"
    p.write_text((unit * (1_000_000 // len(unit) + 1))[:1_000_000], encoding="utf-8")
    out = tmp_path / "out.jsonl"
    proc = subprocess.run([sys.executable, "-m", "analysis", "analyze", str(p), "-o", str(out)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    (rec,) = jsonl(out)
    assert rec["n_words"] > 100_000
