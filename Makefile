# liandong — the two commands of the README, and their parts.
#   make run    set everything up on a fresh machine and run the main job on the embedded store
#   make test   set up what the tests need and run the whole test suite (embedded), then its
#               contract part on a real Neo4j started by the tests (tools/neo4j-harness)
#   make test-neo4j   only the contract part on Neo4j
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
LINTER  := tools/cypher-lint/node_modules/.package-lock.json
HARNESS := tools/neo4j-harness/target/liandong-neo4j-harness.jar
HARNESS_SRC := tools/neo4j-harness/pom.xml $(wildcard tools/neo4j-harness/src/main/java/liandong/harness/*.java)

.PHONY: run setup test test-neo4j lint neo4j-harness lint-deps browser-deps bench bench-backends clean-venv

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

# Neo4j Community 5.26 (official test harness) for the tests' second backend: Maven downloads it once
# into ~/.m2; the jar and its target/lib are rebuilt only when the launcher's sources change.
neo4j-harness: $(HARNESS)

$(HARNESS): $(HARNESS_SRC)
	mvn -q -B -f tools/neo4j-harness/pom.xml package
	touch $(HARNESS)

browser-deps:
	@sh tools/ensure-chromium.sh

# the code checks (layers, style, types on a ratchet), then both parts of the suite; every part runs
# even when one before it fails, and the recipe fails with the first failing part's status
test: setup browser-deps $(HARNESS)
	$(MAKE) --no-print-directory lint; lint=$$?; \
	$(BIN)/python -m pytest -q; embedded=$$?; \
	LIANDONG_TEST_BACKEND=neo4j $(BIN)/python -m pytest -q -m contract; neo4j=$$?; \
	for s in $$lint $$embedded $$neo4j; do if [ $$s -ne 0 ]; then exit $$s; fi; done

# import-linter contracts (pyproject.toml), ruff, mypy --strict where clean and a per-file ratchet elsewhere
lint: setup
	$(BIN)/lint-imports --no-cache
	$(BIN)/ruff check graph ingest app queries supervision tests tools bench
	$(BIN)/python tools/mypy_ratchet.py

test-neo4j: setup $(HARNESS)
	LIANDONG_TEST_BACKEND=neo4j $(BIN)/python -m pytest -q -m contract

bench: setup
	$(BIN)/python bench/bench_writer.py

# embedded vs Neo4j on this machine, one run: write path and investigations, with ratios
bench-backends: setup $(HARNESS)
	$(BIN)/python bench/bench_backends.py

clean-venv:
	rm -rf $(VENV) tools/cypher-lint/node_modules
