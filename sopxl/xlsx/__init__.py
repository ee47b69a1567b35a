"""The one output layer every workbook writer uses.

- :mod:`sopxl.xlsx.save`: atomic writing of every output file (workbooks, PDF, PNG, SVG);
  a failure is one :class:`~sopxl.xlsx.save.OutputNotWritten`, the target left as it was.
- :mod:`sopxl.xlsx.workbook`: an XlsxWriter workbook with safe options, a fixed creation
  date and sopxl's stamp; checked XlsxWriter calls; A4 printing, protection, validation.
- :mod:`sopxl.xlsx.textfit`: the one row-height helper (text metrics of the printed font).
- :mod:`sopxl.xlsx.refs`: A1 references (zero-based rows and columns inside, A1 only at
  the edges, through ``xlsxwriter.utility``).
- :mod:`sopxl.xlsx.names`: the one slug for file names made from SOP titles and SKPDs.
- :mod:`sopxl.xlsx.tables` and :mod:`sopxl.xlsx.charts`: the table writer and the bar chart
  writer of every export and report.

It sits beside ``forms/`` in the layers (it knows no register, lifecycle or SOP model).
"""
