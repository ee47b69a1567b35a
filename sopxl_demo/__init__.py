"""Demo data of sopxl, kept out of the library package ``sopxl``.

The example SOPs (:mod:`sopxl_demo.examples`), the generators of the committed sample
workbooks (:mod:`sopxl_demo.samples`, :mod:`sopxl_demo.inventory`,
:mod:`sopxl_demo.lifecycle`) and the tour of ``sopxl demo`` (:mod:`sopxl_demo.tour`).
The library never imports this package; only the ``sopxl demo`` command does, lazily, and
says so when it is not installed. It ships in the same wheel as its own top-level package.
"""
