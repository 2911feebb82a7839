"""The public API is exactly what the README documents, and every public name imports."""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import re

import pytest
from conftest import ROOT

import analysis

# the documented top-level API (README, "Python API"): change both together
DOCUMENTED = [
    "ArticleAnalysis",
    "Credit",
    "Cue",
    "LoadedTerm",
    "Quote",
    "Source",
    "Speaker",
    "__version__",
    "analyze",
]

# public sub-modules: each has an explicit __all__
PUBLIC_MODULES = ["analysis", "analysis.io", "analysis.engine", "analysis.evaluate",
                  "analysis.text", "analysis.attribution", "analysis.voice", "analysis.lexicon",
                  "analysis.features", "analysis.report"]


def test_top_level_all_is_exactly_the_documented_list():
    assert sorted(analysis.__all__) == sorted(DOCUMENTED)


def test_readme_documents_every_top_level_name():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = re.search(r"^## Python API\n(.*?)(?=^## |\Z)", readme, re.M | re.S)
    assert section, "README.md needs a '## Python API' section"
    missing = [n for n in DOCUMENTED if f"`{n}`" not in section.group(1)
               and f"{n}(" not in section.group(1)]
    assert missing == []


@pytest.mark.parametrize("module", PUBLIC_MODULES)
def test_every_public_name_imports(module):
    mod = importlib.import_module(module)
    assert isinstance(mod.__all__, list) and len(set(mod.__all__)) == len(mod.__all__)
    missing = [name for name in mod.__all__ if not hasattr(mod, name)]
    assert missing == []


@pytest.mark.parametrize("name", ["ArticleAnalysis", "Credit", "Cue", "LoadedTerm", "Quote",
                                  "Source", "Speaker"])
def test_result_types_are_frozen_dataclasses(name):
    cls = getattr(analysis, name)
    assert dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen


def test_analyze_signature():
    """The documented parameters, in place; any later addition must be keyword-only with a
    default, so no existing call breaks."""
    params = list(inspect.signature(analysis.analyze).parameters.values())
    assert [p.name for p in params[:2]] == ["text", "lang"]
    assert params[1].default is None
    keyword = {p.name: p for p in params[2:]}
    assert {"id", "outlet", "meta", "lexicons"} <= set(keyword)
    assert all(p.kind is p.KEYWORD_ONLY and p.default is not p.empty for p in keyword.values())


def test_version_matches_the_package_metadata():
    from importlib.metadata import version

    assert analysis.__version__ == version("sourcebias")
