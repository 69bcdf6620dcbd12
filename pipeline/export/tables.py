"""The tables export: CSV files a spreadsheet opens, across one or many TEI documents.

`out` is a folder, written atomically, holding:

* persons.csv, places.csv, organisations.csv: one row per entity (id, name, variants,
  documents, count), merged across documents by id; a generic body's (`<org type="generic">`,
  `Ministry of Foreign Affairs`, which names no state) is its document's alone, a row each;
* quantities.csv: one row per `measure` (document, quantity, unit, commodity, min, max, text).

Variants and documents are joined with ` | `; a document is named by its file's stem.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from lxml import etree

from ..files import atomic_dir
from ..tei import TEI_NS, XML_ID
from ._common import check_package_target, names

_NS = {"t": TEI_NS}
_ENTITY_FILES = (("persons.csv", "person", "persName"), ("places.csv", "place", "placeName"),
                 ("organisations.csv", "org", "orgName"))
ENTITY_HEADER = ("id", "name", "variants", "documents", "count")
# What a folder of tables holds: an earlier export's, and nothing else, may be replaced.
_MEMBERS = "(persons|places|organisations|quantities)\\.csv"
QUANTITY_HEADER = ("document", "quantity", "unit", "commodity", "min", "max", "text")
_GENERIC = "generic"      # `<org type="generic">`: the document's own body


def export(docs: Sequence[tuple[Path, etree._ElementTree]], out: Path) -> None:
    """Write the four CSV files into the folder `out`, reading each document once."""
    # Rows by (id, the document of a generic body's entry, else "").
    entities: dict[str, dict[tuple[str, str], dict]] = {name: {} for name, _, _ in
                                                        _ENTITY_FILES}
    quantities: list[list[str]] = []
    # A document is named as the other exports name its files (`memo`, `memo-2` for two
    # `memo.xml` in two folders): by file stem alone, two documents merged into one, and a
    # stem beginning with `=` made a spreadsheet formula of the cell.
    for document, (path, tree) in zip(names(docs), docs):
        root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
        for name, kind, name_tag in _ENTITY_FILES:
            _entities(entities[name], root, document, kind, name_tag)
        _quantities(quantities, root, document)
    tables = {name: (ENTITY_HEADER, _entity_rows(rows)) for name, rows in entities.items()}
    tables["quantities.csv"] = (QUANTITY_HEADER, quantities)
    # The folder is replaced whole: only an earlier export of the tables may be there.
    check_package_target(Path(out), "persons.csv", docs, members=_MEMBERS)
    with atomic_dir(Path(out)) as folder:
        for name, (header, rows) in tables.items():
            (folder / name).write_bytes(_csv(header, rows))


def _csv(header: Sequence[str], rows: list[Sequence[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    # A byte-order mark so that spreadsheets read the names as UTF-8.
    return buffer.getvalue().encode("utf-8-sig")


def _text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def _entities(rows: dict[tuple[str, str], dict], root: etree._Element, document: str,
              kind: str, name_tag: str) -> None:
    """Add a document's register entries of one kind and its mentions of them to `rows`."""
    for entry in root.iterfind(f".//t:teiHeader//t:{kind}", _NS) if kind == "person" else ():
        _add_entry(rows, entry, name_tag, document)
    # A generic body's entry is this document's, keyed by it: two documents' `Ministry of
    # Foreign Affairs` may be two states'. Every other entry is keyed by its id alone.
    own = set()
    for entry in root.iterfind(f"t:standOff//t:{kind}", _NS):
        if entry.get("type") == _GENERIC:
            own.add(entry.get(XML_ID))
        _add_entry(rows, entry, name_tag, document, entry.get(XML_ID) in own)
    for name in root.iterfind(f"t:text//t:{name_tag}[@ref]", _NS):
        ident = name.get("ref", "").lstrip("#")
        row = rows.setdefault((ident, document if ident in own else ""),
                              {"name": _text(name), "variants": [], "documents": [], "count": 0})
        row["count"] += 1
        if document not in row["documents"]:
            row["documents"].append(document)


def _entity_rows(rows: dict[tuple[str, str], dict]) -> list[list[str]]:
    """One row per entity: its register entry and how often the documents name it."""
    return [[ident, row["name"], " | ".join(row["variants"]), " | ".join(row["documents"]),
             str(row["count"])] for (ident, _), row in sorted(rows.items())]


def _add_entry(rows: dict, entry: etree._Element, name_tag: str, document: str,
               own: bool = False) -> None:
    ident = entry.get(XML_ID)
    if not ident:
        return
    names = entry.findall(f"t:{name_tag}", _NS)
    if not names:
        return
    main = next((n for n in names if n.get("type") == "main"), names[0])
    row = rows.setdefault((ident, document if own else ""),
                          {"name": _text(main), "variants": [], "documents": [], "count": 0})
    row["name"] = _text(main)
    for other in names:
        value = _text(other)
        if other is not main and value not in row["variants"] and value != row["name"]:
            row["variants"].append(value)
    if document not in row["documents"]:
        row["documents"].append(document)


def _quantities(rows: list[list[str]], root: etree._Element, document: str) -> None:
    for measure in root.iterfind("t:text//t:measure", _NS):
        rows.append([document, *(measure.get(a, "") for a in
                                 ("quantity", "unit", "commodity", "min", "max")),
                     _text(measure)])
