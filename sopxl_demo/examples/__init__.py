"""Realistic example SOPs of Kutai Kartanegara SKPDs, as model objects.

They feed the committed sample workbooks (``samples/``, written by :mod:`sopxl_demo.samples`),
the golden-file tests, the demo and the speed benchmark. The SKPD names and the laws in
Dasar Hukum are real; the people, NIPs and numbers are invented.

Every example in :data:`ALL_EXAMPLES` is a clean SOP under Lampiran II: the first and last
step are Terminators, each step has exactly one pelaksana and symbol, an uraian, an output
and a waktu; at least two pelaksana take part and every named pelaksana does a step; every
decision has a Ya and a Tidak target that exist; and every step is reachable from the first
and can reach an end (a Terminator other than the first step). ``tests/test_samples.py``
checks this independently of the product's rules.

The examples live by subject (:mod:`~sopxl_demo.examples.correspondence`,
:mod:`~sopxl_demo.examples.personnel`, :mod:`~sopxl_demo.examples.services`,
:mod:`~sopxl_demo.examples.procurement`), built from :mod:`~sopxl_demo.examples.common`;
:mod:`~sopxl_demo.examples.synthetic` makes SOPs for the speed benchmark. Every name is
imported from here.
"""

from __future__ import annotations

from collections.abc import Callable

from sopxl.kukar import KECAMATAN
from sopxl.model.sop import Sop
from sopxl_demo.examples.common import (
    PERBUP_SOP,
    PERMENDAGRI_TND,
    UU_ASN,
    UU_KEARSIPAN,
    UU_PELAYANAN_PUBLIK,
    UU_PEMDA,
    days,
    hours,
    minutes,
    working_days,
)
from sopxl_demo.examples.correspondence import disposisi_surat, surat_keluar, surat_masuk
from sopxl_demo.examples.personnel import cuti_pegawai
from sopxl_demo.examples.procurement import pengadaan_langsung
from sopxl_demo.examples.services import ktp_el, sktm
from sopxl_demo.examples.synthetic import synthetic_sop

__all__ = [
    "ALL_EXAMPLES",
    "KECAMATAN",
    "PERBUP_SOP",
    "PERMENDAGRI_TND",
    "UU_ASN",
    "UU_KEARSIPAN",
    "UU_PELAYANAN_PUBLIK",
    "UU_PEMDA",
    "cuti_pegawai",
    "days",
    "disposisi_surat",
    "hours",
    "ktp_el",
    "minutes",
    "pengadaan_langsung",
    "sktm",
    "surat_keluar",
    "surat_masuk",
    "synthetic_sop",
    "working_days",
]

ALL_EXAMPLES: dict[str, Callable[[], Sop]] = {
    "sop-surat-masuk": surat_masuk,
    "sop-surat-keluar": surat_keluar,
    "sop-cuti-pegawai": cuti_pegawai,
    "sop-sktm": sktm,
    "sop-pengadaan-langsung": pengadaan_langsung,
    "sop-disposisi-surat": disposisi_surat,
    "sop-ktp-el": ktp_el,
}
"""Every example by the file stem of its sample workbook (``samples/<stem>.xlsx``)."""
