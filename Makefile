# realcast — the two commands that matter: `make record` and `make test`. Both set up what is missing.
VENV     ?= .venv
PYTHON   ?= python3
PY       := $(VENV)/bin/python
REALCAST := $(VENV)/bin/realcast
STAMP    := $(VENV)/.installed
TRAIN_STAMP := $(VENV)/.installed-train
SESSIONS ?= data/sessions
EXPORT   ?= data/export
# The real recipe on a machine with an NVIDIA GPU, the tiny random model on a CPU.
PRESET   ?= $(shell nvidia-smi -L >/dev/null 2>&1 && echo gpt-oss-20b || echo tiny)
RUN      ?= data/runs/$(PRESET)
SITE     ?= data/site
# asciinema-player for `realcast browse`, packed from npm at build time (the site never fetches anything)
PLAYER_VERSION := 3.17.0
PLAYER_DIR     := build/vendor/asciinema-player
PLAYER_STAMP   := $(PLAYER_DIR)/.packed-$(PLAYER_VERSION)

.PHONY: record test setup setup-train engine player browser browse bench-browse images label export train eval overfit bench-train bench gpu-wheels gpu-check gc schema clean

PROFILE  ?= quick

## record: set up, record a few sessions of every available family (PROFILE=full: 50 each), label, export
record: setup engine
	$(REALCAST) record --profile $(PROFILE) --out $(SESSIONS)
	$(REALCAST) export $(SESSIONS) --out $(EXPORT)

## test: set up and run the whole suite (the Docker-backed and CPU training tests included)
test: setup-train engine player browser
	$(PY) -m pytest -q

## setup: the virtual environment with realcast and its dependencies
setup: $(STAMP)
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -e '.[dev]'
	touch $@

## setup-train: the training stack too (CPU torch here; the CUDA build where pip finds one)
setup-train: $(TRAIN_STAMP)
$(TRAIN_STAMP): $(STAMP)
	$(VENV)/bin/pip install -q -e '.[dev,train,fanout]' torch==2.13.0
	@# unsloth pulls PyPI's torchvision, which breaks transformers next to a CPU torch
	@$(PY) -c "import torch, sys; sys.exit(0 if torch.version.cuda else 1)" || $(VENV)/bin/pip uninstall -y -q torchvision
	touch $@

## player: vendor asciinema-player $(PLAYER_VERSION) from npm into build/vendor (git-ignored) for `realcast browse`
player: $(PLAYER_STAMP)
$(PLAYER_STAMP):
	@command -v npm >/dev/null || [ "$$(id -u)" != 0 ] || { echo "realcast: installing Debian's npm to vendor asciinema-player" >&2; DEBIAN_FRONTEND=noninteractive apt-get install -y -q npm >/dev/null; }
	@command -v npm >/dev/null || { echo "realcast: npm is needed to vendor asciinema-player (apt-get install npm)" >&2; exit 1; }
	rm -rf $(PLAYER_DIR) && mkdir -p $(PLAYER_DIR)
	cd $(PLAYER_DIR) && npm pack -q asciinema-player@$(PLAYER_VERSION) >/dev/null && tar xzf asciinema-player-$(PLAYER_VERSION).tgz
	test -f $(PLAYER_DIR)/package/dist/bundle/asciinema-player.min.js
	touch $@

## browser: headless Chromium + chromedriver for the site tests (installs Debian's when root and missing)
browser:
	@bash realcast/browse/ensure-browser.sh

## browse: a static site of the sessions (open $(SITE)/index.html; no server)
browse: setup player
	$(REALCAST) browse $(SESSIONS) --out $(SITE)

## images: build the sandbox images that changed and list them with sizes
images: setup engine
	$(REALCAST) images

## engine: make sure a Docker engine answers (installs and starts dockerd when root and missing)
engine:
	@bash sandboxes/host/ensure-docker.sh

label: setup
	$(REALCAST) label $(SESSIONS)

export: setup
	$(REALCAST) export $(SESSIONS) --out $(EXPORT)

## overfit: proof that training learns — the tiny model memorises the 2 shortest fixture rows; greedy decoding must give their reports back exactly
overfit: setup-train
	$(PY) -m train.overfit

## train: LoRA fine-tune on the export (PRESET=gpt-oss-20b on a GPU, tiny on a CPU)
train: setup-train
	@echo "realcast: training preset $(PRESET) on $(EXPORT) → $(RUN)"
	$(REALCAST) train --config $(PRESET) data=$(EXPORT) output_dir=$(RUN)

## eval: measure the trained adapter on the test split beside the baselines
eval: setup-train
	$(REALCAST) eval --model $(RUN) --data $(EXPORT) --split test

## bench-train: training throughput (tokens/s, peak memory)
bench-train: setup-train
	$(PY) -m train.bench --config $(PRESET) --data $(EXPORT)

## bench-browse: site build time and memory for $(SESSIONS), and how its pages respond in headless Chromium
bench-browse: setup player browser
	$(PY) -m realcast.browse.bench $(SESSIONS)

## bench: recording cost against the container floor (1 and N workers), label + export against decoding the casts
bench: setup engine
	$(PY) -m realcast.bench

## gpu-wheels / gpu-check: wheels for an offline GPU machine; the Unsloth GPU check (run it there)
gpu-wheels:
	bash train/gpu_wheels.sh
gpu-check:
	bash train/gpu_check.sh

gc: setup engine
	$(REALCAST) gc

schema: setup
	$(REALCAST) schema --out data/schema

clean:
	rm -rf $(VENV) build *.egg-info
