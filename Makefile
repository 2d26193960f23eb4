# realcast — the two commands that matter: `make record` and `make test`. Both set up what is missing.
VENV     ?= .venv
PYTHON   ?= python3
PY       := $(VENV)/bin/python
REALCAST := $(VENV)/bin/realcast
STAMP    := $(VENV)/.installed
SESSIONS ?= data/sessions
EXPORT   ?= data/export

.PHONY: record test setup engine label export gc schema clean

## record: set up, record the default scenario set, label it and export it
record: setup engine
	$(REALCAST) record --out $(SESSIONS)
	$(REALCAST) export $(SESSIONS) --out $(EXPORT)

## test: set up and run the whole suite (the Docker-backed tests included)
test: setup engine
	$(PY) -m pytest -q

## setup: the virtual environment with realcast and its dependencies
setup: $(STAMP)
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -e '.[dev]'
	touch $@

## engine: make sure a Docker engine answers (installs and starts dockerd when root and missing)
engine:
	@bash sandboxes/host/ensure-docker.sh

label: setup
	$(REALCAST) label $(SESSIONS)

export: setup
	$(REALCAST) export $(SESSIONS) --out $(EXPORT)

gc: setup engine
	$(REALCAST) gc

schema: setup
	$(REALCAST) schema --out data/schema

clean:
	rm -rf $(VENV) build *.egg-info
