"""The wheel is complete: built from this tree, installed with its declared dependencies into a
fresh virtual environment (no access to this tree or this venv), it analyses the reference
article from a folder outside the source tree, using the lexicons shipped inside it.

Slow (about a minute: the dependencies are installed from the package index), so marked
``slow``; `make test` runs it, ``-m "not slow"`` leaves it out.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT

pytestmark = pytest.mark.slow

REFERENCE = ROOT / "analysis" / "_samples" / "syrie-2016.txt"


def _run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    proc = subprocess.run(cmd, capture_output=True, text=True, **kw)
    assert proc.returncode == 0, f"{' '.join(cmd)} failed:\n{proc.stdout}\n{proc.stderr}"
    return proc


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out),
          str(ROOT)])
    (whl,) = out.glob("sourcebias-*.whl")
    return whl


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh venv (no system site-packages) with the wheel and its dependencies."""
    env_dir = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=True, system_site_packages=False, clear=True).create(env_dir)
    py = env_dir / "bin" / "python"
    _run([str(py), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
          str(wheel)], timeout=900)
    return env_dir


def test_wheel_ships_every_lexicon_file(wheel):
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
    shipped = sorted(p.relative_to(ROOT / "lexicons").as_posix()
                     for p in (ROOT / "lexicons").rglob("*") if p.is_file())
    assert shipped, "the source tree has no lexicons"
    missing = [rel for rel in shipped if f"analysis/_lexicons/{rel}" not in names]
    assert missing == []
    assert not any(n.startswith(("tests/", "lexicons/", "benchmarks/")) for n in names)


def test_installed_command_analyses_the_reference_outside_the_tree(installed, tmp_path):
    work = tmp_path / "elsewhere"
    work.mkdir()
    text = REFERENCE.read_text(encoding="utf-8")
    (work / "syrie.txt").write_text(text, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    proc = _run([str(installed / "bin" / "sourcebias"), "analyze", "syrie.txt", "-o",
                 "out.jsonl"], cwd=work, env=env, timeout=300)
    (record,) = [json.loads(line)
                 for line in (work / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert record["id"] == "syrie.txt" and record["language"] == "fr"
    assert record["quotes"] and record["versions"], proc.stderr
    for q in record["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]


def test_installed_package_reads_its_own_lexicons(installed, tmp_path):
    code = ("import analysis, analysis._data as d; "
            "print(analysis.__file__); print(d.lexicon_dir())")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    out = _run([str(installed / "bin" / "python"), "-c", code], cwd=tmp_path,
               env=env).stdout.splitlines()
    package_file, lexicons = (Path(x).resolve() for x in out)
    site = installed.resolve()
    assert site in package_file.parents, package_file
    assert lexicons.name == "_lexicons" and site in lexicons.parents, lexicons
    assert ROOT.resolve() not in lexicons.parents
