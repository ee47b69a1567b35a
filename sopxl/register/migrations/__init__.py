"""Alembic migrations of the register, shipped inside the package (run by
:mod:`sopxl.register.migrate`, no alembic.ini or env.py needed)."""
