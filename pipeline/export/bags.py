"""Export `bags`: one BagIt bag per document, `OUT/NAME/`, each as `bag` makes it for one.

Archives that deposit item by item want a bag for each document; `bag` puts every document
given into one. Every document's record is read before the first bag is written, so a bad
document stops the export before any write, and each bag is built beside its target and
renamed into place: an interrupted export leaves whole bags only.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..errors import ExportError
from . import bag
from ._common import Doc, is_stdout, make_folder, names, records


def export(docs: Sequence[Doc], out: Path) -> None:
    """Write one bag per document into the folder `out` (made if need be), `out/NAME/`."""
    if is_stdout(out):
        raise ExportError("bags are folders: give one with -o FOLDER, not standard output",
                          path="<stdout>")
    records(docs)
    make_folder(out)
    for name, doc in zip(names(docs), docs):
        bag.make([doc], Path(out) / name)
