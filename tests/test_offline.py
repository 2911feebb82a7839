"""Nothing is downloaded and no NLTK data is needed: analysis runs with sockets blocked and
NLTK's data path empty, both in this process and in a fresh interpreter (where nothing can
have been loaded and cached before the network was cut)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap

import nltk
import pytest
from _offline import NO_NETWORK

from analysis import analyze

EN = ('"We are not going to discuss it," the spokesman told reporters on Monday, adding that '
      "the talks would resume next week.")


class NetworkUsed(AssertionError):
    pass


def _refuse(*args, **kwargs):
    raise NetworkUsed(f"network access attempted: {args!r}")


@pytest.fixture
def offline(monkeypatch, tmp_path):
    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, _refuse)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)
    empty = tmp_path / "nltk_data"
    empty.mkdir()
    monkeypatch.setenv("NLTK_DATA", str(empty))
    monkeypatch.setattr(nltk.data, "path", [])


def test_the_guard_itself_blocks_the_network(offline):
    with pytest.raises(NetworkUsed):
        socket.create_connection(("pypi.org", 443), timeout=1)
    with pytest.raises(LookupError):
        nltk.data.find("tokenizers/punkt")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_analyze_offline_in_process(offline, reference_text, lang):
    text = reference_text if lang == "fr" else EN
    result = analyze(text, "auto")
    assert result.language == lang
    assert result.quotes and result.n_sentences >= 1


BOOTSTRAP = NO_NETWORK + textwrap.dedent("""
    import nltk
    nltk.data.path[:] = []
    from analysis.cli import main
    sys.exit(main(sys.argv[1:]))
""")


def test_fresh_interpreter_offline_command_line(reference_path, tmp_path):
    en = tmp_path / "en.txt"
    en.write_text(EN, encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    env = {**os.environ, "NLTK_DATA": str(empty), "HOME": str(empty),
           "http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9"}
    proc = subprocess.run(
        [sys.executable, "-c", BOOTSTRAP, "analyze", str(reference_path), str(en)],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "NETWORK USED" not in proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [(r["id"], r["language"]) for r in records] == [("syrie-2016.txt", "fr"),
                                                          ("en.txt", "en")]
    assert all(r["quotes"] for r in records)
