"""Synthetic SOPs for the speed benchmark: :func:`synthetic_sop`, deterministic from a
seed.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date

from sopxl.kukar import KECAMATAN
from sopxl.model.sop import Actor, Approval, Duration, Identity, Sop, Symbol
from sopxl_demo.examples.common import (
    PERBUP_SOP,
    PERMENDAGRI_TND,
    UU_ASN,
    UU_KEARSIPAN,
    UU_PELAYANAN_PUBLIK,
    UU_PEMDA,
    _step,
    hours,
    minutes,
    working_days,
)

# (SKPD, unit kerja, bagian, jabatan of its head)
_AGENCIES: tuple[tuple[str, str, str, str], ...] = (
    ("Dinas Pendidikan dan Kebudayaan", "Bidang Pembinaan SD", "Seksi Kurikulum", "Kepala Dinas"),
    ("Dinas Kesehatan", "Bidang Pelayanan Kesehatan", "Seksi Pelayanan Primer", "Kepala Dinas"),
    (
        "Dinas Sosial",
        "Bidang Perlindungan dan Jaminan Sosial",
        "Seksi Jaminan Sosial",
        "Kepala Dinas",
    ),
    ("Badan Pendapatan Daerah", "Bidang Pajak Daerah", "Sub Bidang Penetapan", "Kepala Badan"),
    (
        "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        "Bidang Pelayanan Perizinan",
        "Seksi Perizinan Usaha",
        "Kepala Dinas",
    ),
    ("Dinas Lingkungan Hidup", "Bidang Penataan Lingkungan", "Seksi Kajian Dampak", "Kepala Dinas"),
    ("Dinas Perhubungan", "Bidang Lalu Lintas", "Seksi Manajemen Lalu Lintas", "Kepala Dinas"),
    (
        "Dinas Komunikasi dan Informatika",
        "Bidang Aplikasi Informatika",
        "Seksi Layanan",
        "Kepala Dinas",
    ),
    ("Badan Perencanaan Pembangunan Daerah", "Sekretariat", "Sub Bagian Umum", "Kepala Badan"),
    ("Satuan Polisi Pamong Praja", "Bidang Penegakan Perda", "Seksi Penyidikan", "Kepala Satuan"),
    ("Dinas Pertanian dan Peternakan", "Bidang Tanaman Pangan", "Seksi Produksi", "Kepala Dinas"),
    (
        "Badan Pengelolaan Keuangan dan Aset Daerah",
        "Bidang Perbendaharaan",
        "Sub Bidang Kas Daerah",
        "Kepala Badan",
    ),
)

# Positions below the head, highest first; a synthetic SOP takes some of them in order.
_POSITIONS: tuple[str, ...] = (
    "Sekretaris",
    "Kepala Bidang",
    "Kepala Seksi",
    "Analis Kebijakan",
    "Verifikator Data",
    "Pengadministrasi Umum",
    "Pengelola Data",
    "Petugas Loket",
)

_TITLES: tuple[str, ...] = (
    "Pelayanan Rekomendasi Izin",
    "Penyusunan Rencana Kerja Tahunan",
    "Penyaluran Bantuan Sosial",
    "Penerbitan Surat Keterangan",
    "Verifikasi Usulan Kegiatan",
    "Penanganan Pengaduan Masyarakat",
    "Pengelolaan Barang Milik Daerah",
    "Pelaporan Kinerja Triwulanan",
    "Penetapan Pajak Daerah",
    "Pemeliharaan Sarana dan Prasarana Kantor",
)

_LAWS: tuple[str, ...] = (
    UU_PEMDA,
    UU_PELAYANAN_PUBLIK,
    UU_ASN,
    UU_KEARSIPAN,
    "Peraturan Pemerintah Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan Daerah",
    "Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil",
    "Peraturan Menteri Dalam Negeri Nomor 137 Tahun 2017 tentang Kode dan Data Wilayah "
    "Administrasi Pemerintahan",
    PERMENDAGRI_TND,
)

_OBJECTS: tuple[str, ...] = (
    "surat permohonan",
    "berkas persyaratan",
    "nota dinas",
    "laporan kegiatan",
    "data usulan",
    "konsep keputusan",
    "berita acara",
    "formulir isian",
    "telaahan staf",
    "rekapitulasi data",
    "surat undangan",
    "dokumen pendukung",
)
_PROCESS_VERBS: tuple[str, ...] = (
    "Menelaah",
    "Meneruskan",
    "Menyampaikan",
    "Mengoreksi",
    "Membahas",
    "Menandatangani",
    "Memaraf",
    "Mengirimkan",
    "Menindaklanjuti",
)
_DECISION_VERBS: tuple[str, ...] = (
    "Memeriksa kelengkapan dan kebenaran",
    "Memverifikasi",
    "Menilai kelayakan",
    "Meneliti kesesuaian",
)
_SUFFIXES: tuple[str, ...] = (
    "",
    " sesuai ketentuan",
    " kepada pejabat terkait",
    " melalui aplikasi",
    " untuk ditindaklanjuti",
    " sesuai jadwal yang ditetapkan",
)
_TOOLS: tuple[str, ...] = ("Komputer", "Buku agenda", "Aplikasi SIPD", "Printer", "Map arsip")
_FIRST_NAMES: tuple[tuple[str, int], ...] = (
    ("Ahmad", 1),
    ("Budi", 1),
    ("Muhammad", 1),
    ("Rudi", 1),
    ("Syamsul", 1),
    ("Siti", 2),
    ("Nurhayati", 2),
    ("Dewi", 2),
    ("Rahmawati", 2),
    ("Fitriani", 2),
)
_LAST_NAMES: tuple[str, ...] = ("Hidayat", "Saputra", "Rahman", "Wijaya", "Kusuma", "Hasanah")
_DURATIONS: tuple[Callable[[], Duration], ...] = (
    lambda: minutes(5),
    lambda: minutes(10),
    lambda: minutes(15),
    lambda: minutes(30),
    lambda: hours(1),
    lambda: hours(2),
    lambda: working_days(1),
    lambda: working_days(3),
)


def _synthetic_text(rng: random.Random, symbol: Symbol) -> tuple[str, str, str]:
    """Uraian, persyaratan and output of a synthetic step with ``symbol``."""
    obj = rng.choice(_OBJECTS)
    suffix = rng.choice(_SUFFIXES)
    if symbol is Symbol.DECISION:
        return (
            f"{rng.choice(_DECISION_VERBS)} {obj}{suffix}",
            obj.capitalize(),
            f"{obj.capitalize()} terverifikasi",
        )
    descriptions = {
        Symbol.TERMINATOR: (f"Menerima {obj}{suffix}", f"{obj.capitalize()} diterima"),
        Symbol.DOCUMENT: (f"Menyusun konsep {obj}{suffix}", f"Konsep {obj}"),
        Symbol.MULTI_DOCUMENT: (f"Menggandakan {obj}{suffix}", f"Salinan {obj}"),
        Symbol.MANUAL_ARCHIVE: (f"Mengarsipkan {obj}", f"Arsip {obj}"),
        Symbol.FILE: (f"Mencatat {obj} ke dalam aplikasi", f"Data {obj}"),
    }
    verb = rng.choice(_PROCESS_VERBS)
    description, output = descriptions.get(
        symbol, (f"{verb} {obj}{suffix}", f"{obj.capitalize()} yang telah diproses")
    )
    return description, f"{obj.capitalize()}; {rng.choice(_TOOLS)}", output


def _synthetic_flow(rng: random.Random, steps: int) -> dict[int, tuple[int, int]]:
    """Decision steps (1-based) with their (Ya, Tidak) targets, keeping the flow valid.

    A decision at ``i`` goes on to ``i + 1`` on Ya and, on Tidak, either back to an
    earlier step after the start or forward past ``i + 1``; steps 1, 2 and the last two
    are never decisions, and two decisions are never adjacent.
    """
    decisions: dict[int, tuple[int, int]] = {}
    for number in range(3, steps - 1):
        if number - 1 in decisions or rng.random() >= 0.2:
            continue
        if rng.random() < 0.5:
            decisions[number] = (number + 1, rng.randint(2, number - 1))
        else:
            decisions[number] = (number + 1, number + 2)
    return decisions


def _synthetic_nip(rng: random.Random, gender: int) -> str:
    """An 18-digit NIP: birth date, TMT CPNS (21-30 years later), gender, sequence."""
    born = date(rng.randint(1966, 1985), rng.randint(1, 12), rng.randint(1, 28))
    appointed_year = born.year + rng.randint(21, 30)
    return (
        f"{born:%Y%m%d}{appointed_year}{rng.choice((1, 3, 4, 12)):02d}"
        f"{gender}{rng.randint(1, 12):03d}"
    )


def synthetic_sop(seed: int, steps: int = 30, actors: int = 5) -> Sop:
    """A clean, realistic-looking SOP generated deterministically from ``seed``.

    The same arguments always give the same SOP. It has ``steps`` steps and ``actors``
    pelaksana (a head of SKPD and positions below, highest first), each used at least
    once; it satisfies the same clean-SOP invariants as :data:`ALL_EXAMPLES`, with
    decisions whose Tidak branch loops back or skips a step. Raises :class:`ValueError`
    unless ``4 <= steps`` and ``2 <= actors <= min(steps, 9)``.
    """
    if steps < 4 or not 2 <= actors <= min(steps, len(_POSITIONS) + 1):
        raise ValueError(f"cannot make {steps} steps with {actors} actors")
    rng = random.Random(seed)
    agency, unit, section, head = rng.choice(_AGENCIES)
    if rng.random() < 0.3:
        kecamatan = rng.choice(KECAMATAN)
        agency, unit, section, head = (
            f"Kecamatan {kecamatan}",
            "Seksi Pelayanan Umum",
            "Pelayanan Administrasi Terpadu Kecamatan",
            "Camat",
        )
    below = sorted(rng.sample(range(len(_POSITIONS)), actors - 1))
    names = (head, *(_POSITIONS[index] for index in below))

    # Every pelaksana does at least one step; the rest are drawn freely.
    assigned = [rng.randrange(actors) for _ in range(steps)]
    for actor, position in enumerate(rng.sample(range(steps), actors)):
        assigned[position] = actor

    decisions = _synthetic_flow(rng, steps)
    plain = (Symbol.PROCESS,) * 4 + (
        Symbol.DOCUMENT,
        Symbol.MULTI_DOCUMENT,
        Symbol.MANUAL_ARCHIVE,
        Symbol.FILE,
    )
    made_steps = []
    for number in range(1, steps + 1):
        if number in (1, steps):
            symbol = Symbol.TERMINATOR
        elif number in decisions:
            symbol = Symbol.DECISION
        else:
            symbol = rng.choice(plain)
        description, requirements, output = _synthetic_text(rng, symbol)
        if number == steps:
            description = f"Mengarsipkan {rng.choice(_OBJECTS)} dan menutup proses"
        yes, no = decisions.get(number, (None, None))
        made_steps.append(
            _step(
                number,
                assigned[number - 1],
                symbol,
                description,
                requirements,
                rng.choice(_DURATIONS)(),
                output,
                yes=yes,
                no=no,
            )
        )

    first, gender = rng.choice(_FIRST_NAMES)
    made_on = date.fromordinal(date(2024, 1, 2).toordinal() + rng.randint(0, 900))
    approved_on = date.fromordinal(made_on.toordinal() + rng.randint(0, 30))
    signer = f"Camat {agency.removeprefix('Kecamatan ')}" if head == "Camat" else f"Kepala {agency}"
    identity = Identity(
        agency=agency,
        unit=unit,
        section=section,
        code=(
            f"{rng.randint(1, 40):02d}.{rng.randint(1, 9):02d}.{rng.randint(1, 9):02d}."
            f"{rng.randint(1, 150):03d}"
        ),
        made_on=made_on,
        approved_on=approved_on,
        approved_by=signer,
        title=f"{rng.choice(_TITLES)} ({seed})",
        legal_basis=(*rng.sample(_LAWS, 3), PERBUP_SOP),
        qualifications=(
            "Memahami tugas pokok dan fungsi unit kerja",
            "Mampu mengoperasikan komputer",
        ),
        related=("SOP Penerimaan dan Pencatatan Surat Masuk",),
        equipment=tuple(rng.sample(_TOOLS, 3)),
        cautions=("Keterlambatan proses menghambat pelayanan kepada masyarakat",),
        records=("Register kegiatan", "Paraf pejabat pada setiap dokumen"),
        approval=Approval(
            name=f"{first} {rng.choice(_LAST_NAMES)}, S.Sos., M.Si",
            nip=_synthetic_nip(rng, gender),
            position=signer,
        ),
    )
    return Sop(
        identity=identity, actors=tuple(Actor(name) for name in names), steps=tuple(made_steps)
    )
