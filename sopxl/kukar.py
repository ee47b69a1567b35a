"""Facts about Kabupaten Kutai Kartanegara shared by the samples and the examples."""

from __future__ import annotations

KECAMATAN: tuple[str, ...] = (
    "Tenggarong",
    "Tenggarong Seberang",
    "Loa Kulu",
    "Loa Janan",
    "Samboja",
    "Samboja Barat",
    "Muara Jawa",
    "Sanga-Sanga",
    "Anggana",
    "Muara Badak",
    "Marang Kayu",
    "Sebulu",
    "Muara Kaman",
    "Kota Bangun",
    "Kota Bangun Darat",
    "Muara Muntai",
    "Muara Wis",
    "Kenohan",
    "Kembang Janggut",
    "Tabang",
)
"""The 20 kecamatan of Kutai Kartanegara."""
