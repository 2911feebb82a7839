"""`sourcebias report`: the bundled reference article by default, several inputs with an index,
bad records listed (never dropped), analysis records rendered again, user mistakes in one
sentence; and the package data (templates, sample) inside the wheel."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from importlib import resources
from pathlib import Path

import pytest
from _offline import NO_NETWORK

from analysis.cli import main

SAMPLE = resources.files("analysis").joinpath("_samples/syrie-2016.txt").read_text("utf-8")
ROOT = Path(__file__).resolve().parent.parent
FR_2 = ("«Les deux parties ont confirmé leur volonté d'intensifier la coordination entre les "
        "militaires russes et américains en Syrie», précise le Kremlin dans un communiqué.\n")
FR_9 = ("L'armée syrienne a décrété mercredi un cessez-le-feu de 72 heures sur l'ensemble du "
        "territoire du pays en guerre.\n")


def _page(path: Path):
    from test_report import Page

    return Page(path.read_text("utf-8"))


def test_no_input_reports_on_the_bundled_article(tmp_path, capsys):
    out = tmp_path / "demo"
    assert main(["report", "-o", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["syrie-2016.html", "syrie-2016.json"]
    record = json.loads((out / "syrie-2016.json").read_text("utf-8"))
    assert record["text"] == SAMPLE and record["id"] == "syrie-2016.txt"
    page = _page(out / "syrie-2016.html")
    assert page.article == SAMPLE
    assert page.tables.get("quotes-table", 0) == len(record["quotes"])
    captured = capsys.readouterr()
    n = len(record["quotes"])
    assert f"{n} attribution" in captured.out  # the terminal summary
    assert "syrie-2016.html" in captured.err


def test_the_bundled_article_is_the_reference_article(shared_data):
    assert SAMPLE == (shared_data / "samples" / "fr" / "syrie-2016.txt").read_text("utf-8")


def test_several_inputs_make_an_index_and_list_bad_records(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(FR_2, "utf-8")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join([
        json.dumps({"id": "../../escape", "text": FR_9, "title": "<script>x</script>",
                    "outlet": "Le Média"}),
        "{not json",
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "b", "text": FR_2, "url": "javascript:alert(1)"}),
    ]) + "\n", "utf-8")
    out = tmp_path / "out"
    code = main(["report", str(tmp_path / "a.txt"), str(corpus), "-o", str(out), "--ui-lang",
                 "fr"])
    assert code == 3
    err = capsys.readouterr().err
    assert "corpus.jsonl:2" in err and "corpus.jsonl:3" in err
    names = sorted(p.name for p in out.iterdir())
    assert "index.html" in names and "errors.jsonl" in names
    assert len([n for n in names if n.endswith(".html")]) == 3 + 1
    assert all(p.parent == out for p in out.iterdir())
    assert not (tmp_path.parent / "escape.html").exists()
    index = _page(out / "index.html")
    assert index.tables["index-table"] == 3
    assert index.tables["errors-table"] == 2
    assert index.tags["script"] == 0
    errors = [json.loads(x) for x in (out / "errors.jsonl").read_text("utf-8").splitlines()]
    assert [e["where"] for e in errors] == [f"{corpus}:2", f"{corpus}:3 (id no-text)"]
    html = (out / "a.html").read_text("utf-8")
    assert '<html lang="fr">' in html


def test_analysis_records_with_their_text_are_rendered_as_they_are(tmp_path):
    text = FR_2
    a, b = 1, text.index("»")
    record = {"schema_version": "1.0.0", "id": "prev", "language": "fr", "n_words": 20,
              "quotes": [{"type": "direct", "start": a, "end": b, "text": text[a:b],
                          "speaker": {"text": "Zorglub", "canonical": "Zorglub",
                                      "type": "person"}}],
              "loaded_terms": [], "sources": [], "features": {}, "text": text}
    src = tmp_path / "prev.jsonl"
    src.write_text(json.dumps(record) + "\n", "utf-8")
    out = tmp_path / "out"
    assert main(["report", str(src), "-o", str(out)]) == 0
    page = _page(out / "prev.html")
    assert page.article == text
    assert "Zorglub" in " ".join(page.text_all)  # not re-analysed: the record's speaker


@pytest.mark.parametrize(("argv", "message"), [
    (["report", "missing.txt", "-o", "{tmp}/o"], "does not exist"),
    (["report", "-o", "{tmp}/file"], "is a file, not a folder"),
    (["report", "--lexicon", "{tmp}/none.tsv", "-o", "{tmp}/o"], "lexicon file"),
    (["report", "{tmp}/x.json", "-o", "{tmp}/o"], "unsupported extension"),
])
def test_user_mistakes_are_one_sentence(tmp_path, capsys, argv, message):
    (tmp_path / "file").write_text("x", "utf-8")
    (tmp_path / "x.json").write_text("[]", "utf-8")
    args = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    assert main(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("sourcebias: error: ") and message in err[0]


def test_output_is_required(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["report"])
    assert exc.value.code == 2
    assert "-o/--output" in capsys.readouterr().err


OFFLINE = NO_NETWORK + """
from analysis.cli import main
code = main(sys.argv[1:])
assert "matplotlib.pyplot" not in sys.modules
sys.exit(code)
"""


def test_report_runs_offline_in_a_fresh_interpreter(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items()
           if k not in ("MPLBACKEND", "DISPLAY", "MPLCONFIGDIR")}
    env.update(HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"))
    run = subprocess.run([sys.executable, "-c", OFFLINE, "report", "-o", str(tmp_path / "o")],
                         capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "NETWORK USED" not in run.stderr
    assert _page(tmp_path / "o" / "syrie-2016.html").article == SAMPLE


@pytest.mark.slow
def test_the_wheel_ships_the_templates_and_the_sample(tmp_path):
    run = subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation",
                          "--outdir", str(tmp_path), str(ROOT)],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    wheel = next(tmp_path.glob("sourcebias-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in ("analysis/_samples/syrie-2016.txt", "analysis/report/templates/page.html.j2",
                 "analysis/report/templates/index.html.j2",
                 "analysis/report/templates/base.html.j2",
                 "analysis/report/templates/report.css", "analysis/report/__init__.py",
                 "analysis/cli/_report.py"):
        assert name in names, name
    sample = zipfile.ZipFile(wheel).read("analysis/_samples/syrie-2016.txt").decode("utf-8")
    assert sample == SAMPLE
