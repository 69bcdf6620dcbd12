"""Export `dc`: an OAI-PMH `oai_dc` Dublin Core record from the TEI header.

Mapping (docs/exports.md): title; creator = the recorder named among the participants (the
person who wrote the minutes), contributor = the translators; date = creation/date/@when;
description = abstract; language = langUsage idents; source = the citation; identifier = the
document URI; rights = availability; publisher; subject = textClass keywords; type = "Text" (DCMI), then the archive's document type
(textClass/classCode) when there is one.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from lxml import etree

from ._common import Doc, Record, read_record, records, serialize_xml, write_files

OAI_DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/"
DC_NS = "http://purl.org/dc/elements/1.1/"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{OAI_DC_NS} http://www.openarchives.org/OAI/2.0/oai_dc.xsd"


def fields(record: Record) -> list[tuple[str, str]]:
    """Return the (element, value) pairs of the record in oai_dc order, empty values left out."""
    pairs: list[tuple[str, str]] = [("title", record.title)]
    pairs += [("creator", p.name) for p in record.with_roles("recorder")]
    pairs += [("subject", k) for k in record.keywords]
    pairs += [("description", record.abstract)]
    pairs += [("publisher", record.publisher)]
    pairs += [("contributor", name) for name in record.translators]
    pairs += [("date", record.date)]
    pairs += [("type", "Text"), ("type", record.kind)]
    pairs += [("identifier", record.uri or record.number)]
    pairs += [("source", record.source)]
    pairs += [("language", code) for code in record.languages]
    pairs += [("rights", record.rights)]
    return [(name, value) for name, value in pairs if value]


def oai_dc(record: Record) -> etree._Element:
    """Return the `oai_dc:dc` element for one record."""
    root = etree.Element(f"{{{OAI_DC_NS}}}dc", nsmap={"oai_dc": OAI_DC_NS, "dc": DC_NS, "xsi": XSI_NS})
    root.set(f"{{{XSI_NS}}}schemaLocation", SCHEMA_LOCATION)
    for name, value in fields(record):
        child = etree.SubElement(root, f"{{{DC_NS}}}{name}")
        child.text = value
    etree.indent(root, space="  ")
    return root


def dc_bytes(path: Path, tree: etree._ElementTree) -> bytes:
    """Return the serialized oai_dc record of one TEI document."""
    return serialize_xml(oai_dc(read_record(Path(path), tree)))


def export(docs: Sequence[Doc], out: Path) -> None:
    """Write one oai_dc record: to `out` for one document, `out/NAME.dc.xml` for several."""
    recs = records(docs)
    write_files(out, docs, ".dc.xml", lambda i: serialize_xml(oai_dc(recs[i])))
