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
		$(ALLOW_FINDINGS)
	$(BIN)/python -m sopxl.lifecycle.samples samples/lifecycle --workspace $(OUT)/contoh-ruang

# sopxl check and sopxl import exit 1 when they find galat or refuse a file, and check exits 3
# when a file is unreadable: the demo's samples include such files on purpose, so only a usage
# error (2) or an internal failure (4 and above) stops the demo.
ALLOW_FINDINGS = code=$$?; if [ $$code -eq 2 ] || [ $$code -gt 3 ]; then exit $$code; fi
WS := $(OUT)/demo/ruang-kerja

demo: install
	rm -rf $(OUT)/demo && mkdir -p $(OUT)/demo
	@echo "== 1. Templat formulir SOP (Lampiran II), kosong dan berisi isian awal"
	$(BIN)/sopxl template sop -o $(OUT)/demo/formulir-sop-kosong.xlsx
	$(BIN)/sopxl template sop -o $(OUT)/demo/formulir-sop-isian-awal.xlsx \
		--skpd "Dinas Kependudukan dan Pencatatan Sipil" --unit-kerja "Sekretariat" \
		--bagian "Sub Bagian Umum dan Kepegawaian" --nomor-sop "12.01.02.001" \
		--nama-sop "Penerimaan dan Pencatatan Surat Masuk" \
		--pelaksana "Kepala Dinas" --pelaksana "Sekretaris" \
		--pelaksana "Kepala Sub Bagian Umum" --pelaksana "Pengadministrasi Umum"
	@echo "== 2. Pemeriksaan formulir contoh (samples/, termasuk yang bermasalah)"
	$(BIN)/sopxl check samples/*.xlsx samples/variasi samples/bermasalah -j 2 \
		--report $(OUT)/demo/laporan-pemeriksaan.xlsx \
		--return-dir $(OUT)/demo/dikembalikan; $(ALLOW_FINDINGS); exit 0
	@echo "== 3. Dokumen SOP resmi dengan diagram alir (PDF, XLSX, SVG)"
	$(BIN)/sopxl render samples/sop-*.xlsx -o $(OUT)/demo/dokumen
	$(BIN)/sopxl render samples/sop-*.xlsx -o $(OUT)/demo/uraian-prosedur --format xlsx
	$(BIN)/sopxl render samples/sop-ktp-el.xlsx -o $(OUT)/demo/diagram-ktp-el.svg \
		--langkah-per-halaman 7
	@echo "== 4. Ruang kerja, master organisasi, inventaris dan Nomor SOP"
	$(BIN)/sopxl init $(WS)
	$(BIN)/sopxl import --workspace $(WS) $(WS)/organisasi.xlsx
	$(BIN)/sopxl template inventory --workspace $(WS) --agency 12 \
		-o $(OUT)/demo/inventaris-12-kosong.xlsx
	$(BIN)/sopxl import --workspace $(WS) samples/inventaris; $(ALLOW_FINDINGS); exit 0
	$(BIN)/sopxl import --workspace $(WS) samples/sop-surat-masuk.xlsx
	$(BIN)/sopxl export inventory --workspace $(WS) -o $(OUT)/demo/inventaris-kabupaten.xlsx
	$(BIN)/sopxl export decree --workspace $(WS) --agency 12 \
		-o $(OUT)/demo/nama-kode-sop-disdukcapil.xlsx
	$(BIN)/sopxl template sop --workspace $(WS) --agency 12 -o $(OUT)/demo/formulir-disdukcapil
	@echo "== 5. Setelah penulisan: Status SOP, monitoring, evaluasi, pengawasan (Pasal 12-21)"
	$(BIN)/sopxl template status --workspace $(WS) --agency 12 --period 2025 \
		-o $(OUT)/demo/status-sop-12-2025.xlsx
	$(BIN)/sopxl template supervision --workspace $(WS) --all --period 2026Q1 \
		-o $(OUT)/demo/pengawasan-2026q1
	$(BIN)/sopxl import --workspace $(WS) samples/lifecycle
	$(BIN)/sopxl export review-due --workspace $(WS) --as-of 2026-03-31 --within 90 \
		-o $(OUT)/demo/kaji-ulang.xlsx
	$(BIN)/sopxl export supervision --workspace $(WS) --year 2025 \
		-o $(OUT)/demo/pengawasan-2025.xlsx
	$(BIN)/sopxl export evaluation --workspace $(WS) --year 2025 -o $(OUT)/demo/evaluasi-2025.xlsx
	$(BIN)/sopxl template revision --workspace $(WS) --year 2025 --tanggal-revisi 2026-01-15 \
		-o $(OUT)/demo/formulir-revisi
	$(BIN)/sopxl export report --workspace $(WS) --year 2025 \
		-o $(OUT)/demo/laporan-bupati-2025.xlsx
	@echo
	@echo "Hasil demo ada di folder $(OUT)/demo:"
	@ls -1 $(OUT)/demo

clean:
	rm -rf $(VENV) $(OUT) .mypy_cache .ruff_cache .pytest_cache
