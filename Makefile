# The README's two commands: `make demo` and `make test`. Both create or refresh the local
# virtual environment in .venv first, so a fresh machine needs nothing but Python 3.11+.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
OUT := out

.PHONY: install test lint demo templates clean

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

demo: install
	mkdir -p $(OUT)/demo
	$(BIN)/sopxl template sop -o $(OUT)/demo/formulir-sop-kosong.xlsx
	$(BIN)/sopxl template sop -o $(OUT)/demo/formulir-sop-isian-awal.xlsx \
		--skpd "Dinas Kependudukan dan Pencatatan Sipil" --unit-kerja "Sekretariat" \
		--bagian "Sub Bagian Umum dan Kepegawaian" --nomor-sop "12.01.02.001" \
		--nama-sop "Penerimaan dan Pencatatan Surat Masuk" \
		--pelaksana "Kepala Dinas" --pelaksana "Sekretaris" \
		--pelaksana "Kepala Sub Bagian Umum" --pelaksana "Pengadministrasi Umum"
	@echo
	@echo "Hasil demo ada di folder $(OUT)/demo:"
	@ls -1 $(OUT)/demo

clean:
	rm -rf $(VENV) $(OUT) .mypy_cache .ruff_cache .pytest_cache
