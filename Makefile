# make demo: ingest a corpus and show one timeline. make test: lint, types, tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CORPUS ?= ../shared/corpus/seeds
DB ?= sqlite:///orgwatch.db
NAME ?= Altman

.PHONY: demo test lint bench

# Install only when pyproject.toml changed since the last install.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/orgwatch ingest $(CORPUS) --db $(DB)
	@# An unknown NAME exits 1 with a clear message; the demo still counts as shown.
	-$(BIN)/orgwatch timeline "$(NAME)" --db $(DB)

lint: $(STAMP)
	$(BIN)/ruff check orgwatch tests bench
	$(BIN)/mypy
	$(BIN)/mypy --strict bench/run.py bench/api_latency.py

# pytest exit 5 means "no tests collected": a broken suite, never a pass.
test: lint
	bash scripts/setup-test-services.sh
	$(BIN)/pytest -q; status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests: failing" >&2; exit 1; fi; \
	exit $$status

bench: $(STAMP)
	$(BIN)/python bench/run.py $(BENCH_ARGS)
