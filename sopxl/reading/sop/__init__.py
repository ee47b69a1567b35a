"""Reading an SOP form (Lampiran II) from loaded values into :class:`sopxl.model.Sop`.

:func:`.reader.read_sop` is the entry point; :mod:`.identity` reads the identity sheet,
:mod:`.procedure` the table of steps, :mod:`.cells` holds the cell helpers both share.
Labels are found with the shared toolkit :mod:`sopxl.reading.labels`.
"""
