"""`sourcebias lexicon list|show|check`: output, and one clear sentence with exit 2 for a user's
mistake."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.cli import main

GOOD = ("# name: my-lexicon\n# version: 0.1.0\n# language: fr\n# licence: CC0\n"
        "# description: words of our newsroom\nentry\tcategory\tpos\n"
        "clique\tlabeling\tn\nbarbouze\tlabeling\tn\n")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_shows_the_shipped_lexicons(capsys):
    code, out, _ = run(capsys, "lexicon", "list")
    assert code == 0
    assert "sourcebias-loaded-fr" in out and "sourcebias-loaded-en" in out
    assert "1.0.0" in out and "shipped" in out


def test_list_adds_user_lexicons(capsys, tmp_path: Path):
    p = tmp_path / "mine.tsv"
    p.write_text(GOOD, encoding="utf-8")
    code, out, _ = run(capsys, "lexicon", "list", "--lexicon", str(p))
    assert code == 0
    assert "my-lexicon" in out and "user" in out


def test_show_summarises_a_lexicon(capsys):
    code, out, _ = run(capsys, "lexicon", "show", "sourcebias-loaded-fr")
    assert code == 0
    assert out.startswith("sourcebias-loaded-fr@1.1.0")
    assert "labeling" in out and "licence: MIT" in out and "source ours:" in out


def test_show_lists_entries_of_a_category(capsys):
    code, out, _ = run(capsys, "lexicon", "show", "sourcebias-loaded-fr@1.1.0", "--entries",
                       "--category", "contested")
    assert code == 0
    rows = [line.split("\t") for line in out.splitlines()[1:]]
    assert rows and {r[1] for r in rows} == {"contested"}
    assert any(r[0] == "annexion" and "rattachement" in r[3] for r in rows)


def test_check_accepts_a_good_file(capsys, tmp_path: Path):
    p = tmp_path / "mine.tsv"
    p.write_text(GOOD, encoding="utf-8")
    code, out, _ = run(capsys, "lexicon", "check", str(p))
    assert code == 0
    assert f"{p}: OK my-lexicon@0.1.0 (fr), 2 entries" in out


def test_check_accepts_the_shipped_files(capsys):
    from analysis._data import lexicon_dir

    files = sorted(str(p) for p in (lexicon_dir() / "loaded").glob("loaded-*.tsv"))
    code, out, _ = run(capsys, "lexicon", "check", *files)
    assert code == 0 and out.count(": OK ") == len(files) == 2


@pytest.mark.parametrize(("body", "where", "what"), [
    (GOOD.replace("barbouze\tlabeling", "barbouze\tlabelling"), ":8:", "unknown category"),
    (GOOD + "clique\tcharged\tn\n", ":9:", "duplicate entry"),
    (GOOD.replace("# version: 0.1.0\n", ""), ":1:", "version"),
])
def test_check_reports_a_bad_row_with_file_and_line_and_exits_2(capsys, tmp_path, body, where,
                                                                 what):
    p = tmp_path / "bad.tsv"
    p.write_text(body, encoding="utf-8")
    code, _, err = run(capsys, "lexicon", "check", str(p))
    assert code == 2
    last = err.strip().splitlines()[-1]
    assert last.startswith("sourcebias: error: ") and f"{p}{where}" in last and what in last
    assert "Traceback" not in err


@pytest.mark.parametrize("argv", [
    ("lexicon", "show", "no-such-lexicon"),
    ("lexicon", "show", "sourcebias-loaded-fr", "--category", "labelling"),
    ("lexicon", "list", "--lexicon", "/nonexistent/mine.tsv"),
    ("lexicon", "check", "/nonexistent/mine.tsv"),
])
def test_user_mistakes_get_one_sentence_and_exit_2(capsys, argv):
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert len(err.strip().splitlines()) <= 2 and "Traceback" not in err
    assert err.strip().splitlines()[-1].startswith("sourcebias: error: ")
