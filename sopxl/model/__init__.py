"""Every value type of sopxl, frozen and free of any reader, writer or database.

By idea: :mod:`.sop` (an SOP as Lampiran II defines it), :mod:`.organisation` (the
organisation master), :mod:`.inventory` (the inventaris judul SOP), :mod:`.lifecycle`
(reporting periods, review dates and lifecycle answers), :mod:`.codes` (the Nomor SOP
pattern), :mod:`.severity` (galat or peringatan), :mod:`.sop_fields` (the SOP form's
identity fields, their labels and input messages, which the catalogue quotes) and
:mod:`.flow` (which step leads to which: the one flow the checker and the flowchart share).

Every other package takes its values from here, so this package imports no other part of
sopxl but :mod:`sopxl.messages` and the leaf modules :mod:`sopxl.errors` and
:mod:`sopxl.text` (``tests/test_architecture.py`` holds it to that).
"""
