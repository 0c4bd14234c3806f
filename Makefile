# Two commands on a fresh machine: `make demo` and `make test`. Both install into .venv first.
VENV  ?= .venv
PY    := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: install demo test lint typecheck pytest clean

install: $(STAMP)

$(STAMP): pyproject.toml scripts/find-python
	@if [ ! -x "$(PY)" ] || ! "$(PY)" -c 'import sys; sys.exit(sys.version_info < (3, 12))'; then \
	  py=$$(scripts/find-python) || exit 1; \
	  echo "creating $(VENV) with $$py"; rm -rf "$(VENV)"; "$$py" -m venv "$(VENV)" || exit 1; \
	fi
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

DEMO_DB := .sitrep-demo.sqlite

demo: install
	@echo "== One article, analysed: every fact with the sentence it came from"
	$(VENV)/bin/sitrep analyze samples/articles/04-caspian-wire-martuni.txt
	@echo "== The whole sample corpus, ingested into $(DEMO_DB), and the situation report"
	$(VENV)/bin/sitrep ingest samples/articles --db $(DEMO_DB)
	$(VENV)/bin/sitrep report --db $(DEMO_DB)

lint: install
	$(VENV)/bin/ruff check src tests
	$(VENV)/bin/ruff format --check src tests

typecheck: install
	$(VENV)/bin/mypy

pytest: install
	$(VENV)/bin/pytest -q

test: lint typecheck pytest

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache build dist
