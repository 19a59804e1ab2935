# The README names two commands: `make run` and `make test`. Both set up everything they need.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
# The stamp changes whenever pyproject.toml does, so a changed dependency list reinstalls.
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
# The optional openai-whisper engine is tested for real, so test and bench install it. Its
# own requirements pull triton (1 GB, GPU only), so it goes in without dependencies, after
# the ones it needs on a CPU; torch is pinned to the CPU build these machines carry.
WHISPER_STAMP := $(VENV)/.openai-whisper-installed
OPENAI_WHISPER_DEPS := torch==2.13.0 tiktoken more-itertools numba tqdm

.PHONY: run test lint typecheck unit bench clean system-run system-test

run: system-run $(STAMP)
	$(BIN)/streamlit run app.py --server.headless true --browser.gatherUsageStats false

test: system-test $(STAMP) lint typecheck unit

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP) $(WHISPER_STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP) $(WHISPER_STAMP)
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

$(WHISPER_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet $(OPENAI_WHISPER_DEPS)
	$(BIN)/python -m pip install --quiet --no-deps 'openai-whisper>=20240930'
	@touch $@

clean:
	rm -rf $(VENV) test-output .pytest_cache .mypy_cache .ruff_cache
