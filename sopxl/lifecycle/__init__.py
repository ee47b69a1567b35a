"""After the writing: the SOP lifecycle of Pasal 12-21.

Forms (Status SOP, Monitoring, Evaluasi tahunan, Laporan pengawasan triwulan) generated
pre-filled from the register (:mod:`.templates`), read back by label (:mod:`.reader`),
checked (:mod:`.checks`), recorded by ``sopxl import`` (:mod:`.apply`), and consolidated
(:mod:`.frames`, :mod:`.exports`, :mod:`.report`). Periods and the review arithmetic of
Pasal 20 are in :mod:`sopxl.model.lifecycle`.
"""
