"""A real browser opens the demo report from file://: Debian's chromium, headless.

Checks that the page renders (the DOM the browser built holds the article exactly, the tables
and the charts), that the browser logged no console message at all (the page has no script; a
blocked resource or a CSP violation would be logged), that it prints to PDF, and saves a
screenshot under the test's temporary folder.

Chromium is installed by .ci/run; in a user's clone without it these tests skip, in CI
(CI=true, or SOURCEBIAS_REQUIRE_BROWSER=1) they fail.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from analysis.report._model import PALETTE, VOICE_COLOURS

SAMPLE = resources.files("analysis").joinpath("_samples/syrie-2016.txt").read_text("utf-8")
NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--hide-scrollbars", "--enable-logging=stderr", "--v=0")
CONSOLE = re.compile(r":CONSOLE[:(](\d+)\)?\] \"(.*)\", source: (\S*) \((\d+)\)")


def _required() -> bool:
    return (os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")
            or os.environ.get("SOURCEBIAS_REQUIRE_BROWSER", "").strip() == "1")


@pytest.fixture(scope="module")
def chromium() -> str:
    exe = os.environ.get("SOURCEBIAS_CHROMIUM") or next(
        (p for p in map(shutil.which, NAMES) if p), None)
    if exe is None:
        reason = ("chromium not found (apt-get install chromium, or set SOURCEBIAS_CHROMIUM "
                  "to a Chrome/Chromium binary)")
        if _required():
            pytest.fail(reason + ": required here (CI=true or SOURCEBIAS_REQUIRE_BROWSER=1)",
                        pytrace=False)
        pytest.skip(reason)
    return exe


def _browse(exe: str, page: Path, tmp: Path, *extra: str) -> subprocess.CompletedProcess:
    profile = tmp / f"profile-{len(list(tmp.glob('profile-*')))}"
    return subprocess.run(
        [exe, *FLAGS, f"--user-data-dir={profile}", *extra, page.resolve().as_uri()],
        capture_output=True, text=True, timeout=180, env={**os.environ, "LANG": "C.UTF-8"})


def _console(stderr: str) -> list[tuple[str, str]]:
    return [(m.group(2), m.group(3)) for m in CONSOLE.finditer(stderr)]


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    """`sourcebias report -o DIR` with no input: the bundled reference article."""
    out = tmp_path_factory.mktemp("demo")
    run = subprocess.run([sys.executable, "-m", "analysis", "report", "-o", str(out)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    return out


def test_the_console_check_catches_errors(chromium, tmp_path):
    """Control: the harness does see console messages and blocked resources."""
    page = tmp_path / "bad.html"
    page.write_text("<!DOCTYPE html><html><head><meta http-equiv='Content-Security-Policy' "
                    "content=\"default-src 'none'; script-src 'unsafe-inline'\"></head><body>"
                    "<script>console.error('boom'); notDefined();</script>"
                    "<img src='http://example.invalid/x.png'></body></html>", "utf-8")
    run = _browse(chromium, page, tmp_path, "--dump-dom")
    messages = [m for m, _ in _console(run.stderr)]
    assert "boom" in messages
    assert any("notDefined" in m for m in messages)
    assert any("example.invalid" in m for m in messages)


def test_the_demo_report_renders_in_chromium(chromium, demo, tmp_path):
    from test_report import Page  # the same parser as the unit tests

    html = demo / "syrie-2016.html"
    record = json.loads((demo / "syrie-2016.json").read_text("utf-8"))
    shot = tmp_path / "report.png"
    run = _browse(chromium, html, tmp_path, "--dump-dom", f"--screenshot={shot}",
                  "--window-size=1280,2000")
    assert run.returncode == 0, run.stderr[-2000:]
    assert _console(run.stderr) == []  # no script, nothing blocked, no error of any kind
    dom = Page(run.stdout)
    assert dom.article == SAMPLE  # the browser's DOM holds the article exactly
    assert dom.tables.get("quotes-table", 0) == len(record["quotes"])
    assert dom.tables.get("sources-table", 0) == len(record["sources"])
    assert dom.tables.get("terms-table", 0) == len(record["loaded_terms"])
    assert len(dom.imgs) >= 1 and all(i["src"].startswith("data:image/svg+xml") for i in dom.imgs)
    # the screenshot shows the highlights: the first speaker's colour, and the outlet's-voice
    # colour when there are loaded terms in the outlet's voice
    import matplotlib.image as mpimg
    import numpy as np

    pixels = (mpimg.imread(shot)[..., :3] * 255).round().astype(int).reshape(-1, 3)
    colours = {tuple(c) for c in np.unique(pixels, axis=0)}
    assert len(colours) > 50, "blank page"

    def rgb(hex_: str) -> tuple[int, int, int]:
        return tuple(int(hex_[i:i + 2], 16) for i in (1, 3, 5))

    assert rgb(PALETTE[0]) in colours
    if any(t["voice"] == "narrative" for t in record["loaded_terms"]):
        assert rgb(VOICE_COLOURS["narrative"]) in colours
    print(f"screenshot: {shot}")


def test_the_demo_report_prints(chromium, demo, tmp_path):
    pdf = tmp_path / "report.pdf"
    run = _browse(chromium, demo / "syrie-2016.html", tmp_path, f"--print-to-pdf={pdf}",
                  "--no-pdf-header-footer")
    assert run.returncode == 0, run.stderr[-2000:]
    assert _console(run.stderr) == []
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    assert 1 <= pages <= 8, pages
