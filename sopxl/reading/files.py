"""Loading accepted workbook files (.xlsx, .xlsm, .ods) into :class:`WorkbookData`."""

from __future__ import annotations

from pathlib import Path

from sopxl.reading.grid import SheetGrid, UnreadableFile, WorkbookData

SUFFIXES = (".xlsx", ".xlsm", ".ods")


def load_workbook_data(path: Path) -> WorkbookData:
    """Read every sheet's values with python-calamine."""
    import python_calamine

    try:
        workbook = python_calamine.CalamineWorkbook.from_path(str(path))
        sheets = []
        for meta in workbook.sheets_metadata:
            sheet = workbook.get_sheet_by_name(meta.name)
            rows = sheet.to_python(skip_empty_area=False)
            merged = tuple((a[0], a[1], b[0], b[1]) for a, b in (sheet.merged_cell_ranges or ()))
            sheets.append(
                SheetGrid(
                    meta.name,
                    tuple(tuple(r) for r in rows),
                    merged,
                    hidden=str(meta.visible) != "SheetVisibleEnum.Visible",
                )
            )
    except Exception as error:
        raise UnreadableFile("FILE_UNREADABLE", detail=str(error)) from error
    return WorkbookData(path=path, format=path.suffix.lower().lstrip("."), sheets=tuple(sheets))
