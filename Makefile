# Agora — set-up, build, run, test and benchmark entry points.
# `make run` and `make test` are the two commands a fresh machine needs (README.md).

SWIFT        ?= swift
PYTHON       ?= python3
AGORA_DEBUG   = .build/debug/agora
AGORA_RELEASE = .build/release/agora
APT_PACKAGES  = libzstd-dev libsqlite3-dev pkg-config
PY_CHECK      = import numpy, pandas, zstandard, networkx, pytest, scipy

.PHONY: deps build run test test-swift test-python report-check test-slurm bench clean

## deps: install the system libraries and Python test packages when missing.
deps:
	@missing=""; \
	for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = "0" ]; then \
	    echo "installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	  else \
	    echo "missing system packages:$$missing"; \
	    echo "run: sudo apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi
	@$(PYTHON) -c "$(PY_CHECK)" 2>/dev/null || $(PYTHON) -m pip install -q -r Analysis/requirements.txt

## build: release build of the agora command.
build:
	$(SWIFT) build -c release --product agora

## run: the main job — the embedded quickstart world (rule-driven agents, no server needed).
run: deps build
	$(AGORA_RELEASE) run Worlds/quickstart.yaml

## test: every Swift test, then the Python analysis tests against the freshly built binary.
test: deps test-swift test-python

test-swift:
	$(SWIFT) build --product agora
	$(SWIFT) test

test-python:
	AGORA_BIN=$(CURDIR)/$(AGORA_DEBUG) $(PYTHON) -m pytest -q Analysis/tests

## report-check: render a small world's report in headless Chromium (installed when missing) and
## fail on console messages, active or external content, blank charts or a blank screenshot.
report-check: deps
	bash scripts/report-check.sh

## test-slurm: a tiny sweep as a real Slurm job array on a single-node cluster brought up here
## (installs slurm and munge when missing; stops its daemons afterwards), checked against a local run.
test-slurm:
	$(SWIFT) build --product agora
	AGORA_BIN=$(CURDIR)/$(AGORA_DEBUG) bash scripts/test-slurm.sh

## bench: measured side-by-side benchmarks (release build); see docs/performance.md.
bench: deps build
	bash bench/run.sh

clean:
	rm -rf .build runs
