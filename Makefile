# The two commands a newcomer needs:  make site  (set up, build the example archive)  and  make test.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: site serve test golden lock bench measure clean-site help

help:
	@echo "make site    set up .venv, clean the reports, generate the pages, build site/ (mkdocs build --strict)"
	@echo "make serve   preview on http://127.0.0.1:8000/, regenerating as you edit briefings/"
	@echo "make test    run every test (unit, golden, build, browser)"
	@echo "make golden  rewrite the golden pages in tests/golden/ after an intended change"
	@echo "make lock    refresh requirements.lock from pyproject.toml"
	@echo "make bench   run briefings bench at 500, 2,000, 5,000 and 20,000 briefings (and more sources); record the table in README.md"
	@echo "make measure measure page weight, requests, paint time and search index size; record them in README.md"

$(INSTALLED): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[test]'
	@touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

site: $(INSTALLED)
	$(BIN)/briefings ingest
	$(BIN)/briefings build
	@echo
	@echo "The site is in site/. Preview it with: make serve  (http://127.0.0.1:8000/)"

serve: $(INSTALLED)
	$(BIN)/briefings serve

test: $(INSTALLED) node_modules/.installed
	$(BIN)/python -m pytest

golden: $(INSTALLED)
	$(BIN)/python -m pytest tests/golden --update-golden -q
	git diff --stat -- tests/golden

lock:
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet '.[test]'
	.lock-venv/bin/python -m pip freeze --exclude-editable | grep -v '^briefings' > requirements.lock
	rm -rf .lock-venv build

bench: $(INSTALLED)
	$(BIN)/python scripts/bench.py --record

measure: $(INSTALLED)
	$(BIN)/python scripts/measure_site.py --record

clean-site:
	rm -rf site docs
