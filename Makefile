# The README names two commands: `make run` and `make test`. Both set up everything they need.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
# The stamp changes whenever pyproject.toml does, so a changed dependency list reinstalls.
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.PHONY: run test lint typecheck unit bench clean system-run system-test

run: system-run $(STAMP)
	$(BIN)/streamlit run app.py --server.headless true --browser.gatherUsageStats false

test: system-test $(STAMP) lint typecheck unit

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	@for script in benchmarks/bench_*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

system-run:
	@bash scripts/system-deps.sh run

system-test:
	@bash scripts/system-deps.sh test

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found; install Python 3.11"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@rm -f $(VENV)/.installed-*
	@touch $@

clean:
	rm -rf $(VENV) test-output .pytest_cache .mypy_cache .ruff_cache
