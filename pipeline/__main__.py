"""`python -m pipeline ...`: the `tei-pipeline` command, for a Python without its script on
the PATH (a virtual environment not activated, a system that installs no scripts)."""

from .cli import main

main(prog_name="tei-pipeline")
