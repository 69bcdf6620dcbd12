"""Check a document against our XSD: libxml2 decides, xmlschema explains."""

from __future__ import annotations

import re

import xmlschema
from lxml import etree

from ..tei import TEI_NS
from . import schemas
from .problem import Problem

_NS = f"{{{TEI_NS}}}"


def xsd_problems(doc: etree._ElementTree, path: str) -> list[Problem]:
    """Return every XSD problem in `doc` (none when libxml2 finds the document valid)."""
    libxml2 = schemas.xsd_libxml2()
    if libxml2.validate(doc):
        return []
    # The document is already parsed; allow="none" keeps xmlschema from fetching anything.
    resource = xmlschema.XMLResource(doc, allow="none")
    problems = [_explain(error, path)
                for error in schemas.xsd_xmlschema().iter_errors(resource)]
    if problems:
        return problems
    # The engines disagree (a test keeps this from happening on our fixtures): report
    # libxml2's own messages rather than nothing.
    return [Problem(path, entry.line, entry.column, _plain(entry.message), "xsd")
            for entry in libxml2.error_log]


def _explain(error: xmlschema.XMLSchemaValidationError, path: str) -> Problem:
    """Say which element is wrong, in its own words, at the line of the offending child."""
    element = error.elem
    line = getattr(error, "sourceline", None) or 0
    name = _local(element.tag) if element is not None else "document"
    reason = _plain(error.reason or error.message)
    index = getattr(error, "index", None)
    if isinstance(error, xmlschema.XMLSchemaChildrenValidationError) and element is not None:
        children = [child for child in element if isinstance(child.tag, str)]
        if index is not None and index < len(children):
            child = children[index]
            line = child.sourceline or line
            reason = _unexpected_child(_local(child.tag), name, reason)
    elif reason == "character data between child elements not allowed":
        reason = f"text is not allowed directly inside <{name}>, only elements"
    return Problem(path, int(line), 0, f"<{name}>: {reason}", "xsd")


def _unexpected_child(child: str, parent: str, reason: str) -> str:
    expected = re.search(r"Tag (.*) expected", reason)
    said = f"<{child}> is not allowed here inside <{parent}>"
    return f"{said}; expected {expected.group(1)}" if expected else said


def _plain(message: str) -> str:
    """Drop the TEI namespace from names: users know <speaker>, not {http://...}speaker."""
    return message.replace(_NS, "").replace("tei:", "").strip()


def _local(tag: str) -> str:
    return tag.rpartition("}")[2] if isinstance(tag, str) else "?"
