# The README's two commands: `make demo` and `make test`. Both create or refresh the local
# virtual environment in .venv first, so a fresh machine needs nothing but Python 3.11+.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
OUT := out

.PHONY: install test lint demo templates samples clean

$(STAMP): setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

lint: install
	$(BIN)/ruff check sopxl sopxl_demo tests benchmarks
	$(BIN)/ruff format --check sopxl sopxl_demo tests benchmarks
	$(BIN)/mypy --strict sopxl sopxl_demo

test: lint
	$(BIN)/pytest

templates: install
	$(BIN)/sopxl template sop -o workbook_templates/formulir-sop.xlsx

# Regenerate the committed samples (tests fail when they differ from their generators,
# which live in the sopxl_demo package, outside the library).
samples: install
	$(BIN)/python -m sopxl_demo.samples samples
	$(BIN)/python -m sopxl_demo.inventory samples
	rm -rf $(OUT)/contoh-ruang && $(BIN)/sopxl init $(OUT)/contoh-ruang
	$(BIN)/sopxl import --workspace $(OUT)/contoh-ruang samples/organisasi samples/inventaris; \
		code=$$?; if [ $$code -eq 2 ] || [ $$code -gt 3 ]; then exit $$code; fi
	$(BIN)/python -m sopxl_demo.lifecycle samples/lifecycle --workspace $(OUT)/contoh-ruang

# The demo is 'sopxl demo' (sopxl_demo/tour.py), so that it runs wherever Python runs.
demo: install
	$(BIN)/sopxl demo $(OUT)/demo

clean:
	rm -rf $(VENV) $(OUT) .mypy_cache .ruff_cache .pytest_cache
