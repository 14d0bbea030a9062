# Everything a fresh Debian machine needs, in two commands: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck unit dates bench bundle screenshots clean system

run: system $(STAMP)
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
		echo "error: no display to open the window on (try: xvfb-run -a make run)" >&2; exit 1; fi
	$(BIN)/briefing-desk gui

test: system $(STAMP) lint typecheck unit dates

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

# The suite again with the system clock a year and five years ahead (libfaketime): the tests pin the
# app's clock (tests/pinned_clock.py), so anything that still read the real date would fail here.
# The bundle build is left out: it does not depend on the date and takes minutes.
dates: system $(STAMP)
	@lib=$$(ls /usr/lib/*/faketime/libfaketime.so.1 2>/dev/null | head -n 1); \
	if [ -z "$$lib" ]; then echo "error: libfaketime is missing (apt-get install faketime)" >&2; exit 1; fi; \
	for shift in +1y +5y; do \
		echo "the suite with the system clock $$shift"; \
		FAKETIME=$$shift LD_PRELOAD=$$lib QT_QPA_PLATFORM=offscreen \
			$(BIN)/python -m pytest -q -p no:cacheprovider --ignore=tests/test_bundle.py || exit 1; \
	done

bench: system $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider -m perf benchmarks/perf
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

bundle: system $(STAMP)
	$(BIN)/python build_spec.py

screenshots: system $(STAMP)
	$(BIN)/python scripts/screenshots.py

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
