"""Exports: one module per format, each with `export(docs, out) -> None`, and `check(docs)`
where a format can refuse a valid document.

`docs` is a list of `(path, tree)` pairs already parsed and validated by the caller; `out` is
a file or folder path (`-` means standard output where the format is a single stream).
Exports write atomically (`pipeline.files`) and raise `ExportError` with a located message.
"""

from __future__ import annotations

import importlib
from pathlib import Path

# The order is the order shown in `tei-pipeline export --help`.
FORMATS: dict[str, str] = {
    "text": "pipeline.export.text",
    "html": "pipeline.export.html",
    "dc": "pipeline.export.dc",
    "bag": "pipeline.export.bag",
    "bags": "pipeline.export.bags",
    "saf": "pipeline.export.saf",
    "corpus": "pipeline.export.corpus",
    "zenodo": "pipeline.export.zenodo",
    "teipublisher": "pipeline.export.teipublisher",
    "tables": "pipeline.export.tables",
}


def exporter(name: str):
    """Return the module that implements export format `name`."""
    return importlib.import_module(FORMATS[name])


def check(name: str, docs) -> None:
    """Raise the ExportError that format `name` would raise for `docs` before writing: a
    format that can refuse a valid document (zenodo needs a date) has a `check(docs)`."""
    module = exporter(name)
    if hasattr(module, "check"):
        module.check(docs)


def export_into(name: str, docs, folder: Path, checked: bool = False) -> None:
    """Export `docs` to format `name` in `folder`, made if need be, as `-o FOLDER` would: what
    a list of formats (`export text,html`) and `batch --export` do for each format. The
    folder is made only once the format has accepted the documents (`check`), unless the
    caller has `checked` them: a refusal leaves no empty folder behind."""
    from ._common import make_folder

    if not checked:
        check(name, docs)
    make_folder(folder)
    exporter(name).export(docs, Path(folder))
