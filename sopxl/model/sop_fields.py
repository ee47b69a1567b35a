"""The identity fields of the SOP form (Lampiran II section 2): keys, labels, the labels
met in real SOPs, and the input message each field shows.

Declared here, below both the form writer (:mod:`sopxl.forms.sop_spec` and its sheets) and
the catalogue (:mod:`sopxl.messages.rules` quotes the labels and input messages in its
"belum diisi" messages), so the catalogue needs no form writer.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldSpec:
    """One labelled input of the identity sheet.

    ``guide`` is the Cara Pengisian number (1)-(18) whose text becomes the input message;
    ``variants`` are other labels met in real SOPs (PRODUCT.md glossary) that a reader
    must also accept.
    """

    key: str
    label: str
    guide: int | None
    kind: str = "text"  # "text", "date", "code", "nip"
    variants: tuple[str, ...] = ()


# The SKPD block (left of Lampiran II section 2's header table).
AGENCY_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "agency",
        "SKPD",
        None,
        variants=("Satuan Kerja Perangkat Daerah", "Perangkat Daerah", "OPD"),
    ),
    FieldSpec("unit", "Unit Kerja", None, variants=("Bidang",)),
    FieldSpec("section", "Bagian", None, variants=("Sub Bagian", "Subbagian", "Seksi")),
)

# The right-hand column of the header table, in Lampiran II's order.
HEADER_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("code", "Nomor SOP", 1, kind="code", variants=("No. SOP", "No SOP")),
    FieldSpec(
        "made_on", "Tanggal Pembuatan", 2, kind="date", variants=("Tgl. Pembuatan", "Tgl Pembuatan")
    ),
    FieldSpec(
        "revised_on", "Tanggal Revisi", 3, kind="date", variants=("Tgl. Revisi", "Tgl Revisi")
    ),
    FieldSpec(
        "approved_on",
        "Tanggal Pengesahan",
        4,
        kind="date",
        variants=("Tgl. Pengesahan", "Tgl Pengesahan", "Tanggal Efektif", "Tgl. Efektif"),
    ),
    FieldSpec("approved_by", "Disahkan Oleh", 5, variants=("Ditetapkan Oleh",)),
    FieldSpec("title", "Nama SOP", 6, variants=("Judul SOP",)),
)


@dataclass(frozen=True)
class ListSpec:
    """A numbered list of the identity sheet (Dasar Hukum, Kualifikasi Pelaksana, ...)."""

    key: str
    label: str
    guide: int
    variants: tuple[str, ...] = ()


# Lampiran II section 2 lays the lists out in pairs, left | right.
LIST_PAIRS: tuple[tuple[ListSpec, ListSpec], ...] = (
    (
        ListSpec("legal_basis", "Dasar Hukum", 7),
        ListSpec(
            "qualifications", "Kualifikasi Pelaksana", 8, variants=("Kualifikasi Pelaksanaan",)
        ),
    ),
    (
        ListSpec("related", "Keterkaitan", 9, variants=("SOP Terkait",)),
        ListSpec(
            "equipment",
            "Peralatan/Perlengkapan",
            10,
            variants=("Peralatan / Perlengkapan", "Peralatan dan Perlengkapan"),
        ),
    ),
    (
        ListSpec("cautions", "Peringatan", 11),
        ListSpec(
            "records",
            "Pencatatan dan Pendataan",
            12,
            variants=("Pencatatan/Pendataan", "Pencatatan & Pendataan"),
        ),
    ),
)
LISTS: tuple[ListSpec, ...] = tuple(spec for pair in LIST_PAIRS for spec in pair)

APPROVAL_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("position", "Jabatan", 18, variants=("Jabatan Kepala SKPD",)),
    FieldSpec("name", "Nama", 18, variants=("Nama Kepala SKPD",)),
    FieldSpec("nip", "NIP", 18, kind="nip"),
)

# Input messages (title <= 32, text <= 255 characters; the writer checks).

IDENTITY_INPUT: dict[str, tuple[str, str]] = {
    "agency": (
        "SKPD",
        "Diisi dengan nama Satuan Kerja Perangkat Daerah, misalnya "
        "Dinas Kependudukan dan Pencatatan Sipil.",
    ),
    "unit": (
        "Unit Kerja",
        "Diisi dengan unit kerja pada SKPD (bidang/sekretariat) yang melaksanakan prosedur.",
    ),
    "section": ("Bagian", "Diisi dengan bagian/sub bagian/seksi yang melaksanakan prosedur."),
    "code": (
        "(1) Nomor SOP",
        "Diisi dengan nomor SOP, yaitu No Komponen, Unit Kerja, Bagian, "
        "No SOP, misalnya 01.02.03.004. Ditulis sebagai teks.",
    ),
    "made_on": (
        "(2) Tanggal Pembuatan",
        "Diisi dengan tanggal pengesahan SOP. Ketik tanggal, misalnya 30/04/2012.",
    ),
    "revised_on": (
        "(3) Tanggal Revisi",
        "Diisi dengan tanggal SOP direvisi. Kosongkan bila SOP belum pernah direvisi.",
    ),
    "approved_on": (
        "(4) Tanggal Pengesahan",
        "Diisi dengan tanggal mulai berlaku. Ketik tanggal, misalnya 30/04/2012.",
    ),
    "approved_by": (
        "(5) Disahkan Oleh",
        "Diisi dengan jabatan yang berkompeten yang mengesahkan, misalnya Kepala Dinas.",
    ),
    "title": ("(6) Nama SOP", "Diisi dengan nama prosedur yang akan distandarkan."),
    "legal_basis": (
        "(7) Dasar Hukum",
        "Diisi dengan peraturan perundang-undangan yang "
        "menjadi dasar disusunnya SOP. Satu peraturan per baris.",
    ),
    "qualifications": (
        "(8) Kualifikasi Pelaksana",
        "Diisi dengan kualifikasi pegawai yang "
        "dibutuhkan dalam melaksanakan perannya pada prosedur ini. "
        "Satu butir per baris.",
    ),
    "related": (
        "(9) Keterkaitan",
        "Diisi dengan keterkaitan prosedur ini dengan prosedur "
        "lain yang distandarkan (nama atau nomor SOP). Satu butir per baris.",
    ),
    "equipment": (
        "(10) Peralatan/Perlengkapan",
        "Diisi dengan daftar peralatan dan perlengkapan yang dibutuhkan. Satu butir per baris.",
    ),
    "cautions": (
        "(11) Peringatan",
        "Diisi dengan risiko bila prosedur dilaksanakan atau "
        "tidak dilaksanakan, masalah di luar kendali pelaksana, dampaknya, dan cara "
        "mengatasinya. Satu butir per baris.",
    ),
    "records": (
        "(12) Pencatatan dan Pendataan",
        "Diisi dengan hal yang perlu didata, dicatat "
        "atau diparaf oleh setiap pegawai yang berperan dalam prosedur. "
        "Satu butir per baris.",
    ),
    "position": (
        "(18) Pengesahan: Jabatan",
        "Diisi dengan jabatan Kepala SKPD yang mengesahkan SOP.",
    ),
    "name": (
        "(18) Pengesahan: Nama",
        "Diisi dengan nama Kepala SKPD. Tanda tangan dibubuhkan pada dokumen cetak.",
    ),
    "nip": (
        "(18) Pengesahan: NIP",
        "Diisi dengan NIP Kepala SKPD, 18 angka, boleh dengan spasi. Ditulis sebagai teks.",
    ),
}
