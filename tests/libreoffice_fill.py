"""Fill workbooks as a person would in LibreOffice Calc, and save them with Calc itself.

Run by Debian's ``/usr/bin/python3`` (python3-uno), never by the project's venv, which
cannot import ``uno``: ``/usr/bin/python3 tests/libreoffice_fill.py JOB.json``. The job
lists ``{"source": PATH, "sheet": NAME, "cells": {"A1": "typed text", ...}, "targets":
[PATH, ...]}``, or with ``"sheets": {NAME: {"A1": "typed text", ...}, ...}`` for several
sheets;
each text is entered with ``setFormula`` (what typing into the cell does: "15/12/2025"
becomes a date under the document's locale, "Ya" stays text). Each target is written with
the filter its suffix names (.xlsx "Calc MS Excel 2007 XML", .ods "calc8").
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]

FILTERS = {".xlsx": "Calc MS Excel 2007 XML", ".ods": "calc8"}


def _props(**values: object) -> tuple[object, ...]:
    out = []
    for name, value in values.items():
        prop = PropertyValue()
        prop.Name, prop.Value = name, value
        out.append(prop)
    return tuple(out)


def main(job_path: str) -> None:
    jobs = json.loads(Path(job_path).read_text(encoding="utf-8"))
    profile = Path(tempfile.mkdtemp(prefix="lo-fill-"))
    pipe = f"sopxl_fill_{profile.name}"
    office = subprocess.Popen(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--invisible",
            "--nologo",
            "--norestore",
            f"--accept=pipe,name={pipe};urp;",
        ]
    )
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local
        )
        context = None
        for _ in range(120):
            try:
                context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:
                time.sleep(0.5)
        if context is None:
            raise SystemExit("LibreOffice did not start")
        desktop = context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", context
        )
        for job in jobs:
            url = Path(job["source"]).resolve().as_uri()
            doc = desktop.loadComponentFromURL(url, "_blank", 0, _props(Hidden=True))
            if doc is None:
                raise SystemExit(f"LibreOffice could not open {job['source']}")
            sheets = job.get("sheets") or {job["sheet"]: job["cells"]}
            for name, cells in sheets.items():
                sheet = doc.Sheets.getByName(name)
                # A person unprotects nothing: input cells are unlocked, so typing works.
                for address, text in cells.items():
                    sheet.getCellRangeByName(address).setFormula(text)
            for target in job["targets"]:
                path = Path(target).resolve()
                doc.storeToURL(
                    path.as_uri(), _props(FilterName=FILTERS[path.suffix], Overwrite=True)
                )
            doc.close(True)
        # The bridge drops as soon as the office quits: that is not a failure.
        with contextlib.suppress(Exception):
            desktop.terminate()
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()
        subprocess.run(["rm", "-rf", str(profile)], check=False)


if __name__ == "__main__":
    main(sys.argv[1])
