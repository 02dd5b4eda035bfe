# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run sandbox test lint migrate bench clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

run: $(STAMP)  ## start the bot (long polling, SQLite in data/tempo.db by default)
	$(BIN)/python -m bot run

sandbox: $(STAMP)  ## chat with Tempo in this terminal: no token, no network
	$(BIN)/python -m bot sandbox

migrate: $(STAMP)
	$(BIN)/python -m bot migrate

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check bot tests bench
	$(BIN)/mypy

# Both cores by default; TESTS narrows the run (CI's PostgreSQL pass: the database tests).
PYTEST_WORKERS ?= 2
TESTS ?= tests

test: lint  ## ruff, mypy and the whole suite (TEMPO_TEST_DATABASE_URL picks PostgreSQL)
	$(BIN)/pytest -q -n $(PYTEST_WORKERS) --dist loadfile $(TESTS)

bench: $(STAMP)
	@for script in bench/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
