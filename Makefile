# The two set-up commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha256sum | cut -c1-12)

.PHONY: install run test test-ui test-distributed distributed validate ui clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip uv
	$(VENV)/bin/uv pip install --quiet --python $(PY) --compile-bytecode -e '.[dev,cluster]'
	rm -f $(VENV)/.installed-* && touch $(STAMP)

install: $(STAMP)

## Build the release from seeds/ (embedded local Dagster instance; nothing to start by hand).
run: install
	$(PY) -m pipeline run

## Run the whole test suite (tests/test_distributed.py needs Debian's redis-server and PostgreSQL; .ci/run installs them).
test: install
	$(PY) -m pytest -q

## Only the browser test of the UI (screenshots in test-artifacts/ui/).
test-ui: install
	$(PY) -m pytest -q tests/test_ui_browser.py

## Only the distributed run on the test fixtures (Celery workers, Postgres instance storage).
test-distributed: install
	$(PY) -m pytest -q tests/test_distributed.py tests/test_executors.py

## The distributed run on seeds/ with its comparison table (benchmarks/distributed.py).
distributed: install
	$(PY) -m benchmarks.distributed

validate: install
	for r in releases/v*/; do $(PY) -m pipeline validate $$r || exit 1; done

## The Dagster UI on http://127.0.0.1:3000 (loopback only).
ui: install
	mkdir -p .dagster && test -f .dagster/dagster.yaml || printf 'telemetry:\n  enabled: false\nnux:\n  enabled: false\n' > .dagster/dagster.yaml
	DAGSTER_HOME=$(CURDIR)/.dagster $(VENV)/bin/dagster dev -h 127.0.0.1 -p 3000 -m pipeline.definitions

clean:
	rm -rf .dagster
