"""The TEI Publisher processing instruction, and an export of TEI files that carry it.

TEI Publisher picks the display rules (an ODD) for an uploaded file from
`<?teipublisher odd="NAME.odd"?>` before the root; its default `teipublisher.odd` renders `sp`,
`speaker` and `stage`.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from pathlib import Path

from lxml import etree

from ..errors import ExportError
from ..serialize import serialize
from ._common import Doc, records, write_files

PI_TARGET = "teipublisher"


def add_teipublisher_pi(tree: etree._ElementTree, odd: str = "teipublisher.odd") -> etree._ElementTree:
    """Return a copy of `tree` with `<?teipublisher odd="..."?>` just before the root element,
    replacing any earlier one; the tree passed in is left unchanged."""
    if not re.fullmatch(r"[\w.\-/]+\.odd", odd):
        raise ExportError(f"not an ODD file name: {odd!r} (expected a name such as teipublisher.odd)")
    old_root = tree.getroot()
    prolog = []
    node = old_root.getprevious()
    while node is not None:
        prolog.insert(0, node)
        node = node.getprevious()
    # lxml cannot detach a sibling of the root, so the copy is rebuilt: the root, then the
    # prolog's comments and other processing instructions, in order, then ours.
    root = copy.deepcopy(old_root)
    result = etree.ElementTree(root)
    for node in prolog:
        if isinstance(node, etree._ProcessingInstruction) and node.target == PI_TARGET:
            continue
        root.addprevious(copy.copy(node))
    root.addprevious(etree.ProcessingInstruction(PI_TARGET, f'odd="{odd}"'))
    return result


def export(docs: Sequence[Doc], out: Path, odd: str = "teipublisher.odd") -> None:
    """Write each TEI document with the processing instruction: to `out` for one document,
    `out/NAME.xml` for several."""
    records(docs)
    # The converter's serializer: the same bytes as `convert --teipublisher` (its declaration
    # and the instruction on a line of its own).
    write_files(out, docs, ".xml", lambda i: serialize(add_teipublisher_pi(docs[i][1], odd)))
