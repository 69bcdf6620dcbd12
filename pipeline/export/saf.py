"""Export `saf`: a DSpace Simple Archive Format tree for `dspace import`.

    OUT/item_000/dublin_core.xml   <dublin_core schema="dc"><dcvalue element= qualifier=>...
    OUT/item_000/contents          one file name per line, then a tab and `bundle:ORIGINAL`
    OUT/item_000/NAME.xml          the TEI file's own bytes
    OUT/item_000/NAME.html         the reading view

Qualified Dublin Core from DSpace's default registry: the record's date is `date.created`
(DSpace sets `date.issued` itself on import), translators are `contributor.other`.
The tree is built beside OUT and renamed into place.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from lxml import etree

from ..errors import ExportError
from ..files import atomic_dir
from . import html
from ._common import Doc, Record, check_package_target, folder_mode, names, records, serialize_xml, tei_bytes


def dc_values(record: Record) -> list[tuple[str, str, str]]:
    """Return (element, qualifier, value) triples for dublin_core.xml, empty values left out."""
    triples = [("title", "none", record.title)]
    triples += [("contributor", "author", p.name) for p in record.with_roles("recorder")]
    triples += [("contributor", "other", name) for name in record.translators]
    triples += [("date", "created", record.date),
                ("description", "abstract", record.abstract),
                ("description", "sponsorship", "; ".join(record.funders)),
                ("identifier", "uri", record.uri),
                ("identifier", "other", record.archival_id),
                ("publisher", "none", record.publisher),
                ("source", "none", record.source),
                ("rights", "none", record.rights),
                ("type", "none", "Text"),
                ("type", "none", record.kind)]
    triples += [("language", "iso", code) for code in record.languages]
    triples += [("subject", "none", k) for k in record.keywords]
    return [t for t in triples if t[2]]


def dublin_core(record: Record) -> bytes:
    """Return the item's dublin_core.xml in DSpace's own format."""
    root = etree.Element("dublin_core", schema="dc")
    for element, qualifier, value in dc_values(record):
        etree.SubElement(root, "dcvalue", element=element, qualifier=qualifier).text = value
    etree.indent(root, space="  ")
    return serialize_xml(root)


def items(docs: Sequence[Doc], recs: Sequence[Record]) -> Iterator[tuple[str, list[tuple[str, bytes]]]]:
    """Yield (item folder, [(file name, bytes)]) for each document in input order, one at a time."""
    for number, (name, (path, tree), record) in enumerate(zip(names(docs), docs, recs)):
        bitstreams = [(f"{name}.xml", tei_bytes(path, tree)), (f"{name}.html", html.page(path, tree))]
        contents = "".join(f"{filename}\tbundle:ORIGINAL\n" for filename, _ in bitstreams)
        files = [("dublin_core.xml", dublin_core(record)), ("contents", contents.encode("utf-8"))]
        yield f"item_{number:03d}", files + bitstreams


def export(docs: Sequence[Doc], out: Path) -> None:
    """Write the Simple Archive Format tree at `out` (replacing an earlier one there)."""
    check_package_target(Path(out) if str(out) != "-" else out, "item_000", docs,
                         members=r"item_[0-9]{3,}")
    recs = records(docs)     # every record read before anything is written
    try:
        with atomic_dir(Path(out)) as tmp:
            tmp.chmod(folder_mode())
            for folder, files in items(docs, recs):
                (tmp / folder).mkdir()
                for filename, data in files:
                    (tmp / folder / filename).write_bytes(data)
    except OSError as err:
        raise ExportError(f"cannot write the archive: {err.strerror}", path=str(out)) from None
