# kg — common tasks. `make install && make demo` sets up and runs the bundled example; `make test` runs the tests.
VENV    ?= .venv
PY      := $(VENV)/bin/python
KG      := $(VENV)/bin/kg
# offline Stanza models: KG_MODELS, else the project's shared small models when present
export KG_MODELS ?= $(abspath $(wildcard ../shared/models/stanza-small))
DEMO    ?= out/demo-store

.PHONY: install dev demo test test-fast lint format bench models clean

$(PY):
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

install: $(PY)  ## create .venv, install CPU torch (local wheel), then kg non-editable with dev extras
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q ".[dev]"

dev: $(PY)  ## editable install for development
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e ".[dev]"

demo:  ## build the example graph, show a SPARQL result, an alliance path and a drawing
	@mkdir -p out
	$(KG) build examples/articles --store $(DEMO)
	$(KG) sparql -f examples/queries/talks_between_leaders.rq --store $(DEMO)
	$(KG) path Indonesia Russia --polarity cooperative --store $(DEMO)
	$(KG) allies China --store $(DEMO)
	$(KG) draw -o out/demo.png --store $(DEMO)
	$(KG) draw -o out/demo.html --store $(DEMO)
	@echo "drawings: out/demo.png out/demo.html"

test:  ## run the whole test suite
	$(VENV)/bin/pytest -q

test-fast:  ## everything but the tests marked slow
	$(VENV)/bin/pytest -q -m "not slow"

lint:
	$(VENV)/bin/ruff check kg tests bench scripts
	$(VENV)/bin/ruff format --check kg tests bench scripts

format:
	$(VENV)/bin/ruff format kg tests bench scripts
	$(VENV)/bin/ruff check --fix kg tests bench scripts

bench:  ## benchmarks (not tests): results in bench/results/
	$(PY) bench/run.py

models:  ## download official Stanza models (needs network)
	$(KG) models download en id

clean:
	rm -rf out build dist *.egg-info kg-store kg-store.parses .pytest_cache
