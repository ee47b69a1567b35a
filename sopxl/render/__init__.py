"""The official SOP document (Lampiran II) with its flowchart drawn: PDF, XLSX, SVG, PNG."""
