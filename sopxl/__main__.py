"""``python -m sopxl``: the same command as ``sopxl``."""

from sopxl.cli import main

if __name__ == "__main__":
    main()
