"""Check a document against our Schematron rules and map each finding to a source line."""

from __future__ import annotations

from collections import Counter

from lxml import etree

from ..tei import TEI_NS
from . import schemas
from .problem import Problem

_FIRED = f"{schemas.SVRL}fired-rule"
_FINDINGS = schemas.SVRL_FINDINGS


def schematron_problems(doc: etree._ElementTree, path: str) -> list[Problem]:
    """Return every failed assertion (and report) of tei-pipeline.sch in `doc`."""
    if schemas.schematron().validate(doc):
        return []
    checker = schemas.schematron_explained()
    checker.validate(doc)
    contexts = _ContextNodes(doc)
    fired: Counter[str] = Counter()
    context, index = "", 0
    problems = []
    # SVRL lists, pattern by pattern in document order, one fired-rule per context node,
    # each followed by its findings; a finding carries the id of its assert (the rule id
    # users see), the fired-rule before it the context that places it.
    for entry in checker.validation_report.getroot().iter(_FIRED, *_FINDINGS):
        if entry.tag == _FIRED:
            context = entry.get("context", "")
            index = fired[context]
            fired[context] += 1
            continue
        rule = entry.get("id", "")
        text = " ".join((entry.findtext(f"{schemas.SVRL}text") or "").split())
        element = _element_at(doc, entry.get("location", ""))
        if element is None:
            element = contexts.element(context, index)
        line = _line(element, rule)
        problems.append(Problem(path, line, 0, f"{text} (rule {rule})", "schematron", rule))
    return problems


class _ContextNodes:
    """The nodes a rule context matches, in document order, evaluated once per context.

    lxml's XSLT 1.0 skeleton writes an unusable location ("/@ref") for attribute contexts;
    the n-th fired-rule of a rule is the n-th node its context matches, so we find the node
    by evaluating the context ourselves.
    """

    def __init__(self, doc: etree._ElementTree) -> None:
        self.doc = doc
        self.cache: dict[str, list] = {}

    def element(self, context: str, index: int) -> etree._Element | None:
        if context not in self.cache:
            self.cache[context] = self._evaluate(context)
        nodes = self.cache[context]
        if index >= len(nodes):
            return None
        node = nodes[index]
        return node if isinstance(node, etree._Element) else node.getparent()

    def _evaluate(self, context: str) -> list:
        # A match pattern "a | b/@c" becomes the expression "//a | //b/@c".
        select = " | ".join(f"//{part.strip()}" if not part.strip().startswith("/")
                            else part.strip() for part in schemas.pattern_parts(context, "|"))
        try:
            return self.doc.xpath(select, namespaces={"tei": TEI_NS})
        except etree.XPathError:
            return []


def _element_at(doc: etree._ElementTree, location: str) -> etree._Element | None:
    """The element an SVRL location names, when it names one."""
    if not location or "/@" in location:
        return None
    try:
        found = doc.xpath(location)
    except etree.XPathError:
        return None
    return found[0] if found and isinstance(found[0], etree._Element) else None


def _line(element: etree._Element | None, rule: str) -> int:
    if element is None:
        return 0
    if rule == "no-brackets":
        return _bracket_line(element)
    return element.sourceline or 0


def _bracket_line(element: etree._Element) -> int:
    """The line of the first bracket in the element's own text (not its children's).

    lxml knows where an element starts, not where a text node does; counting the newlines
    before the bracket, from the start of the element or of the child a tail follows, is
    exact as long as start tags do not span lines (true of our serializer).
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
