# Dossier: the two commands a new user needs are `make run` and `make test`.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
# dbt in an environment of its own: the Dagster process never imports it (dbt_project.py)
DBT_VENV ?= .venv-dbt
CORPUS ?= ../shared/corpus
N ?= 1000

.PHONY: install compile run test lint accuracy accuracy-heldout bench extract-speed extract-equivalence dagster clean

# A virtualenv pinned by requirements.lock (pip resolves the dagster/dbt set badly unpinned).
$(BIN)/.installed: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[dev]'
	touch $@

# (dbt-core 1.12 downloads a binary while installing, which fails on our machines: 1.11)
$(DBT_VENV)/bin/.installed: requirements-dbt.lock
	$(PYTHON) -m venv $(DBT_VENV)
	$(DBT_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(DBT_VENV)/bin/python -m pip install --quiet -r requirements-dbt.lock
	touch $@

install: $(BIN)/.installed $(DBT_VENV)/bin/.installed

# dossier/extract compiled with mypyc (dossier/compiled.py), again whenever a source
# changes; where it is missing or stale the Python sources run.
COMPILED := dossier/extract/_native.json
$(COMPILED): $(BIN)/.installed $(wildcard dossier/extract/*.py)
	$(BIN)/dossier compile

compile: $(COMPILED)

## Build warehouse/dossier.duckdb from raw/ and show what was built.
run: install compile
	$(BIN)/dossier run

## The test suite (what CI runs).
test: install compile
	$(BIN)/ruff check .
	$(BIN)/pytest -q

lint: install
	$(BIN)/ruff check .

## Build a warehouse from a corpus folder and print score.py's table (CORPUS=...).
accuracy: install compile
	$(BIN)/dossier run --raw-dir $(CORPUS)/releases --warehouse /tmp/dossier_accuracy.duckdb
	$(BIN)/python $(CORPUS)/score.py $(CORPUS) /tmp/dossier_accuracy.duckdb

## The same on one of our own evaluation sets (EVAL=eval/heldout, eval/fresh ... eval/fresh12).
EVAL ?= eval/heldout
accuracy-heldout: install compile
	$(BIN)/dossier run --raw-dir $(EVAL)/releases --warehouse /tmp/dossier_$(notdir $(EVAL)).duckdb
	$(BIN)/python $(CORPUS)/score.py $(EVAL) /tmp/dossier_$(notdir $(EVAL)).duckdb

## The Dagster UI on http://127.0.0.1:3000 with this project's run history.
dagster: install compile
	DAGSTER_HOME=$(CURDIR)/.dagster_home $(BIN)/python -m orchestration.instance
	DAGSTER_HOME=$(CURDIR)/.dagster_home $(BIN)/dagster dev -m orchestration.definitions -h 127.0.0.1 -p 3000

clean:
	rm -rf warehouse .dagster_home dbt_project/target build
	rm -f dossier/extract/*.so $(COMPILED)

## Benchmark N generated releases end to end (N=1000, 10000, 100000), plus 100 incremental.
bench: install compile
	$(BIN)/python -m bench.run $(N) --corpus $(CORPUS) --incremental 100

## Extraction alone on one core: releases per second over N generated releases.
extract-speed: install compile
	$(BIN)/python -m bench.extract_speed --corpus $(CORPUS) --n 2000

## Dump extraction output over a fixed input set; BASELINE=file.jsonl diffs against it.
## (the sealed evaluation sets' releases are counted, never printed: see README, Accuracy)
EQUIV_OUT ?= /tmp/dossier_extract_equivalence.jsonl
SEALED ?= fresh(9|11|12|33|37|41|57|60|62|65|68|72|73|77|80|82|84|85|86|87|88)[/_]
extract-equivalence: install compile
	$(BIN)/python -m bench.extract_equivalence $(EQUIV_OUT) --corpus $(CORPUS) $(if $(BASELINE),--compare $(BASELINE) --hide '$(SEALED)')
