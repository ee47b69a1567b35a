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
	$(BIN)/ruff check sopxl tests benchmarks
	$(BIN)/ruff format --check sopxl tests benchmarks
	$(BIN)/mypy --strict sopxl

test: lint
	$(BIN)/pytest

templates: install
	$(BIN)/sopxl template sop -o workbook_templates/formulir-sop.xlsx

# Regenerate the committed samples (tests fail when they differ from their generators).
samples: install
	$(BIN)/python -m sopxl.samples samples
	$(BIN)/python samples/inventaris/buat_contoh.py
	rm -rf $(OUT)/contoh-ruang && $(BIN)/sopxl init $(OUT)/contoh-ruang
	$(BIN)/sopxl import --workspace $(OUT)/contoh-ruang samples/organisasi samples/inventaris; \
		code=$$?; if [ $$code -eq 2 ] || [ $$code -gt 3 ]; then exit $$code; fi
	$(BIN)/python -m sopxl.lifecycle.samples samples/lifecycle --workspace $(OUT)/contoh-ruang

# The demo is 'sopxl demo' (sopxl/demo.py), so that it runs wherever Python runs.
demo: install
	$(BIN)/sopxl demo $(OUT)/demo

clean:
	rm -rf $(VENV) $(OUT) .mypy_cache .ruff_cache .pytest_cache
