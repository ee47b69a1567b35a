"""``python -m sopxl_demo.samples FOLDER [--xls]``: regenerate the sample folder."""

from sopxl_demo.samples import main

raise SystemExit(main())
