# sourcebias: set-up and everyday commands.
# A new user needs two: `make demo` (venv, install, a report on the bundled sample article)
# and `make test`. Both create .venv with python3 -m venv and install the package into it.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.sourcebias-installed
SPACY_VENV := .benchmarks/venv-spacy

.PHONY: help install demo test test-fast lint bench bench-spacy wheel clean

help:
	@echo "make demo        create .venv, install, write a report on the bundled sample to reports/demo"
	@echo "make test        run the test suite (installs first if needed)"
	@echo "make test-fast   the test suite without the slow wheel test"
	@echo "make lint        ruff"
	@echo "make bench       speed (words/s) and memory (N vs 10N records) benchmarks"
	@echo "make bench-spacy speed benchmark against spaCy fr_core_news_sm (own venv)"
	@echo "make wheel       build the wheel into dist/"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# reinstall when the dependencies change
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --disable-pip-version-check -e '.[test]'
	@touch $@

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/sourcebias report -o reports/demo

test: $(STAMP)
	$(BIN)/python -m pytest

test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not slow"

lint: $(STAMP)
	$(BIN)/ruff check analysis tests benchmarks

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_speed.py
	$(BIN)/python benchmarks/bench_memory.py
	$(BIN)/python benchmarks/bench_report.py

# spaCy is a benchmark baseline only, never a dependency: it lives in its own venv
$(SPACY_VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(SPACY_VENV)
	$(SPACY_VENV)/bin/python -m pip install --disable-pip-version-check -e . spacy fr-core-news-sm
	@touch $@

bench-spacy: $(SPACY_VENV)/.installed
	$(SPACY_VENV)/bin/python benchmarks/bench_speed.py --spacy

wheel: $(STAMP)
	$(BIN)/python -m build --wheel --no-isolation --outdir dist .

clean:
	rm -rf dist build .pytest_cache .ruff_cache reports/demo
