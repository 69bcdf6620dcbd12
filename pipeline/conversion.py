"""The one module that knows the order: read, segment, build, mark up, register, header."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from .body import build_div
from .errors import InputError
from .header import build_header, iso_date, mentioned, original_languages
from .markup import PASSES
from .markup.dates import looks_back
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
    # Dated first: a person the title names takes the authority's post of this date.
    names.document_date = iso_date(source.fields.get("date"))
    names.languages = original_languages(source.fields)
    names.hint(source.fields.get("title", ""), source.fields.get("summary", ""))
    names.hint_catalogue(source.fields.get("associated_people", ""))
    names.looks_back = looks_back(source.fields.get("title", ""), source.fields.get("type", ""),
                                  source.body, names.document_date)
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
    _check_text_lengths(root, source)
    return Conversion(tree=etree.ElementTree(root), source=source, warnings=tuple(warnings))


MAX_TEXT_BYTES = 10_000_000
"""Longest stretch of text between two tags that libxml2 reads, in UTF-8 bytes (its
XML_MAX_TEXT_LENGTH without the `huge` option, which `validate` and `export` keep off to stay
safe from untrusted XML). A longer one would be written and then refused by every reader."""


def _check_text_lengths(root: etree._Element, source: Source) -> None:
    """Refuse a TEI whose text has a stretch without markup longer than MAX_TEXT_BYTES (an
    unbroken paragraph of some ten megabytes), naming the source line where it begins."""
    if len(source.text) * 4 <= MAX_TEXT_BYTES:
        return   # no stretch can be that long: every document of an archive
    for element in root.iter():
        for text in (element.text, element.tail):
            if text and len(text.encode("utf-8")) > MAX_TEXT_BYTES:
                start = source.text.find(text[:200].lstrip())
                line = source.text.count("\n", 0, start) + 1 if start >= 0 else None
                raise InputError(f"{len(text.encode('utf-8')):,} bytes of text without markup "
                                 f"from here on, more than the {MAX_TEXT_BYTES:,} that XML "
                                 "tools read in one piece; split it into paragraphs", line=line)
