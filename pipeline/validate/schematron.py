"""Check a document against our Schematron rules and map each finding to a source line."""

from __future__ import annotations

from lxml import etree

from . import schemas
from .problem import Problem

SVRL = {"svrl": "http://purl.oclc.org/dsdl/svrl"}


def schematron_problems(doc: etree._ElementTree, path: str) -> list[Problem]:
    """Return every failed assertion (and report) of tei-pipeline.sch in `doc`."""
    checker = schemas.schematron()
    if checker.validate(doc):
        return []
    problems = []
    for finding in checker.validation_report.xpath(
            "//svrl:failed-assert | //svrl:successful-report", namespaces=SVRL):
        rule = finding.xpath("string(preceding-sibling::svrl:fired-rule[1]/@id)",
                             namespaces=SVRL)
        text = " ".join(finding.findtext("svrl:text", default="", namespaces=SVRL).split())
        node = _locate(doc, finding.get("location", ""))
        line = _line(node, rule)
        problems.append(Problem(path, line, 0, f"{text} (rule {rule})", "schematron", rule))
    return problems


def _locate(doc: etree._ElementTree, location: str):
    """Find the node an SVRL location path names (an element, or an attribute's owner)."""
    try:
        found = doc.xpath(location) if location else []
    except etree.XPathError:
        return None
    if not found:
        return None
    node = found[0]
    if isinstance(node, etree._Element):
        return node
    return node.getparent() if hasattr(node, "getparent") else None


def _line(element, rule: str) -> int:
    if element is None:
        return 0
    if rule == "no-brackets":
        return _bracket_line(element)
    return element.sourceline or 0


def _bracket_line(element: etree._Element) -> int:
    """The line of the first bracket in the element's own text (not its children's).

    lxml knows where an element starts, not where a text node does; counting the newlines
    before the bracket, from the start of the element or of the child a tail follows, is
    exact for our serializer, whose start tags never span lines.
    """
    start = element.sourceline or 0
    if element.text and _has_bracket(element.text):
        return start + _newlines_before_bracket(element.text)
    for child in element:
        if child.tail and _has_bracket(child.tail):
            inside = etree.tostring(child, with_tail=False, encoding="unicode").count("\n")
            return (child.sourceline or start) + inside + _newlines_before_bracket(child.tail)
    return start


def _has_bracket(text: str) -> bool:
    return "[" in text or "]" in text


def _newlines_before_bracket(text: str) -> int:
    first = min(i for i in (text.find("["), text.find("]")) if i >= 0)
    return text.count("\n", 0, first)
