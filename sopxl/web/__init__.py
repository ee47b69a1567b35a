"""``sopxl serve``: the verification inbox of the SKPDs and the koordinator's desk, in the
browser, over the same library the CLI calls (see docs/web.md)."""
