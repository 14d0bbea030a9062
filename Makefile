# Everything a fresh Debian machine needs, in two commands: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck unit bench bundle screenshots clean system

run: system $(STAMP)
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
		echo "error: no display to open the window on (try: xvfb-run -a make run)" >&2; exit 1; fi
	$(BIN)/briefing-desk gui

test: system $(STAMP) lint typecheck unit

system:
	@bash scripts/ensure-system-packages.sh

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check desktop_app tests benchmarks build_spec.py
	$(BIN)/ruff format --check desktop_app tests benchmarks build_spec.py

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: system $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

bundle: system $(STAMP)
	$(BIN)/python build_spec.py

screenshots: system $(STAMP)
	$(BIN)/python scripts/screenshots.py

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
