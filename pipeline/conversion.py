"""The one module that knows the order: read, segment, build, mark up, register, header."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from .body import build_div
from .header import build_header, iso_date, mentioned
from .markup import PASSES
from .names import Names, Person
from .read import Source, read
from .segment import segment
from .serialize import indent_header
from .tei import XML_LANG, E


@dataclass(frozen=True)
class Conversion:
    """The result of converting one source: the TEI tree, the source and what was noticed."""

    tree: etree._ElementTree
    source: Source
    warnings: tuple[str, ...]


def convert(data: bytes | str, *, authority: list[Person] | None = None) -> Conversion:
    """Convert a source text (bytes or str) into a TEI document."""
    source = read(data)
    warnings = list(source.warnings)
    names = Names(authority)
    names.hint(source.fields.get("title", ""), source.fields.get("summary", ""))
    names.hint_catalogue(source.fields.get("associated_people", ""))
    names.document_date = iso_date(source.fields.get("date"))
    blocks, found = segment(source.body, names, source.body_line)
    warnings.extend(found)
    div = build_div(source.body, blocks, warnings)
    for markup_pass in PASSES:
        div = markup_pass(div, names)
    text = E.text(E.body(div))
    text.set(XML_LANG, "en")
    root = E.TEI(build_header(source, names, div))
    standoff = mentioned(names)
    if standoff is not None:
        root.append(standoff)
    root.append(text)
    root.set(XML_LANG, "en")
    indent_header(root)
    return Conversion(tree=etree.ElementTree(root), source=source, warnings=tuple(warnings))
