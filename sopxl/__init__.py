"""sopxl: write, check, code, consolidate and evaluate SOPs in Excel (Perbup Kukar 57/2012)."""

__version__ = "0.1.0"
