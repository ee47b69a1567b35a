"""Loading a workbook file safely into plain values (:class:`sopxl.reading.grid.WorkbookData`).

Sniffing the format (:mod:`.sniff`), guarding the zip and its XML (:mod:`.zipguard`,
:mod:`.xmlguard`, :mod:`.sheetguard`) within :mod:`.limits` and a sheet's :mod:`.extent`,
reading the stamp (:mod:`.stamp`) and loading the values with calamine (:mod:`.files`:
``load_workbook_data``, ``find_workbooks``). Nothing here knows what an SOP form is.
"""
