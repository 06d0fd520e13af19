# kg — common tasks. `make install && make demo` sets up and runs the bundled example; `make test` runs the tests.
VENV    ?= .venv
PY      := $(VENV)/bin/python
KG      := $(VENV)/bin/kg
# offline development: `make install` records the project's shared small models (kg models use)
SHARED_MODELS := $(wildcard ../shared/models/stanza-small)

.PHONY: install dev demo test test-fast lint format bench eval-real models clean

$(PY):
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

install: $(PY)  ## create .venv, install CPU torch (local wheel), then kg non-editable with dev extras
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q ".[dev]"
	$(if $(SHARED_MODELS),$(KG) models use $(SHARED_MODELS))

dev: $(PY)  ## editable install for development
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e ".[dev]"
	$(if $(SHARED_MODELS),$(KG) models use $(SHARED_MODELS))

demo:  ## build the examples into ./kg-store (the default store), query, analyse and draw them
	$(KG) models download --missing en id
	$(KG) build examples/articles
	$(KG) sparql -f examples/queries/talks_between_leaders.rq
	$(KG) path Indonesia Russia --polarity cooperative
	$(KG) allies China
	@mkdir -p out
	$(KG) draw -o out/demo.png
	$(KG) draw -o out/demo.html
	@echo "store: ./kg-store; drawings: out/demo.png out/demo.html"

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

eval-real:  ## scores on the real-news development set, per language and region (not a test)
	$(PY) scripts/eval_real.py

models:  ## download official Stanza models (needs network)
	$(KG) models download en id

clean:
	rm -rf out build dist *.egg-info kg-store kg-store.parses .pytest_cache
