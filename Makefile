# liandong — the two commands of the README, and their parts.
#   make run    set everything up on a fresh machine and run the main job on the embedded store
#   make test   set up what the tests need and run the whole test suite
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
LINTER  := tools/cypher-lint/node_modules/.package-lock.json

.PHONY: run setup test lint-deps browser-deps bench clean-venv

run: setup
	$(BIN)/liandong demo
	@$(BIN)/liandong user list | grep -q '^demo ' || $(BIN)/liandong user add demo --agency 示例县财政局 --role admin
	$(BIN)/liandong app

setup: $(STAMP) $(LINTER)

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

$(LINTER): tools/cypher-lint/package.json tools/cypher-lint/package-lock.json
	npm ci --prefix tools/cypher-lint --no-audit --no-fund --loglevel=error

browser-deps:
	@sh tools/ensure-chromium.sh

test: setup browser-deps
	$(BIN)/python -m pytest -q

bench: setup
	$(BIN)/python bench/bench_writer.py

clean-venv:
	rm -rf $(VENV) tools/cypher-lint/node_modules
