"""The register: organisation, SOP titles and their codes, imports and their findings.

SQLAlchemy Core over SQLite by default; nothing in the SQL is SQLite-only, so a
PostgreSQL URL works. Modules: ``schema`` (tables, version), ``store`` (opening, queries as
DataFrames), ``readers`` (organisation master and inventaris workbooks), ``apply`` (what an
import writes), ``importer`` (``sopxl import``), ``duplicates``, ``exports``, ``sop_forms``,
``workspace`` (the folder with ``sopxl.toml``: finding, loading and creating it).
This package's ``__init__`` imports nothing heavy: the CLI reaches it at start-up.
"""
