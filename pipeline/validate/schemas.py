"""The schemas, loaded once per process: compiling them is far slower than using them."""

from __future__ import annotations

import copy
import functools
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from lxml import etree, isoschematron

from ..errors import PipelineError


def _schema_dir() -> Path:
    """schema/ of the checkout (or an editable install); else where a wheel installed it."""
    checkout = Path(__file__).resolve().parents[2] / "schema"
    if checkout.is_dir():
        return checkout
    return Path(sys.prefix) / "share" / "tei-pipeline" / "schema"


SCHEMA_DIR = _schema_dir()
XSD_PATH = SCHEMA_DIR / "tei-pipeline.xsd"
SCHEMATRON_PATH = SCHEMA_DIR / "tei-pipeline.sch"


def _trusted_parser() -> etree.XMLParser:
    # Our own schema files: trusted, but there is still no reason to touch the network.
    return etree.XMLParser(no_network=True, resolve_entities=False)


@functools.cache
def xsd_libxml2() -> etree.XMLSchema:
    """libxml2's view of our XSD: fast, so it decides pass or fail."""
    return etree.XMLSchema(etree.parse(str(XSD_PATH), _trusted_parser()))


@functools.cache
def xsd_xmlschema():
    """xmlschema's view of our XSD: slower, but its errors explain themselves.

    Imported here, not at the top: it is needed only to explain a failure, and importing it
    costs a quarter of a second, which every `tei-pipeline` process would otherwise pay.
    """
    import xmlschema

    # "sandbox": read only files under schema/ (xml.xsd), never the network.
    return xmlschema.XMLSchema10(str(XSD_PATH), allow="sandbox")


@functools.cache
def schematron() -> "LeanSchematron":
    """Our ISO Schematron rules, compiled to XSLT 1.0 by lxml and trimmed, to decide pass or fail.

    Compiled without SVRL's record of every node a rule fired on and without location
    paths: a valid document (the usual case) needs neither, and they are a third of the time.
    """
    compiled = _schematron(store_xslt=True,
                           **{"generate-fired-rule": "'false'", "generate-paths": "'false'"})
    return LeanSchematron(compiled.validator_xslt)


@functools.cache
def schematron_explained() -> isoschematron.Schematron:
    """The same rules, with the fired-rule record that places each finding on its node."""
    return _schematron()


class LeanSchematron:
    """Runs lxml's compiled Schematron without the walks that cannot find anything.

    lxml's XSLT 1.0 skeleton walks the whole document once more per pattern in the default
    mode, where no rule lives (its `<apply-templates/>` inside `svrl:active-pattern`), and
    in each pattern walks every element and attribute, asking each which rule matches it.
    Here a pattern whose rules match single element steps or attributes is handed only the
    nodes its rules can match, selected by one XPath in document order, the order the walk
    visited them in. None of the nodes left out can fire a rule, so no finding changes; the
    walks were a fifth of the time. `tests/test_validate.py` holds this checker to the same
    findings as the untrimmed one on every fixture.
    """

    def __init__(self, compiled: etree._XSLTResultTree) -> None:
        stylesheet = copy.deepcopy(compiled.getroot())
        _drop_default_walks(stylesheet)
        _select_what_rules_match(stylesheet)
        self._transform = etree.XSLT(stylesheet)

    def findings(self, doc: etree._ElementTree) -> list[str]:
        """The ids of the failed asserts and successful reports, in the order SVRL lists them."""
        report = self._transform(doc)
        return [finding.get("id", "") for finding in report.getroot().iter(*SVRL_FINDINGS)]

    def validate(self, doc: etree._ElementTree) -> bool:
        return not self.findings(doc)


_XSL = "{http://www.w3.org/1999/XSL/Transform}"
SVRL = "{http://purl.oclc.org/dsdl/svrl}"
# What a Schematron run finds: a failed assert, or a report (no-brackets) that fired.
SVRL_FINDINGS = (f"{SVRL}failed-assert", f"{SVRL}successful-report")


def _drop_default_walks(stylesheet: etree._Element) -> None:
    for pattern in stylesheet.iter(f"{SVRL}active-pattern"):
        for walk in pattern.findall(f"{_XSL}apply-templates"):
            if walk.get("mode") is None and walk.get("select") is None:
                pattern.remove(walk)


def _select_what_rules_match(stylesheet: etree._Element) -> None:
    """In a pattern (an XSLT mode) whose rules' nodes can be selected, start the rules on
    those nodes instead of on the root, and take out every template's walk on from its node.

    The rules' templates still decide which rule, if any, fires on each node; a node
    selected that no rule matches falls to the pattern's catch-all, which then does nothing.
    """
    templates = stylesheet.findall(f"{_XSL}template")
    for mode in {t.get("mode") for t in templates if t.get("mode", "").startswith("M")}:
        in_mode = [t for t in templates if t.get("mode") == mode]
        select = _candidates([t.get("match", "") for t in in_mode
                              if float(t.get("priority", "0")) >= 0])
        if select is None:
            continue
        for template in in_mode:
            for walk in template.findall(f"{_XSL}apply-templates"):
                if walk.get("mode") == mode:
                    template.remove(walk)
        for start in stylesheet.iter(f"{_XSL}apply-templates"):
            if start.get("mode") == mode and start.get("select") == "/":
                start.set("select", select)


# One element step: a name, prefix:name, prefix:* or *, then its predicates if any.
_ELEMENT_STEP = re.compile(r"(\*|[\w.-]+(:[\w.-]+|:\*)?)(\[.*\])?", re.DOTALL)
# A predicate that asks for a position, or for the node being matched, means something
# else in a select than in a match pattern.
_MATCH_ONLY = ("position(", "last(", "current(", "$")


def _candidates(contexts: list[str]) -> str | None:
    """An XPath 1.0 expression selecting every node these rule contexts can match, in
    document order; None unless each alternative of each ends in an attribute step or is
    one element step.

    Every attribute, in one pass (a pass per attribute rule costs more than asking the
    templates about the attributes no rule matches); for an element step, the elements it
    names, with each predicate made boolean, so that a numeric one (a position among
    siblings in the pattern) keeps every element it could match.
    """
    elements, attributes = [], False
    for alternative in (part.strip() for context in contexts
                        for part in pattern_parts(context, "|")):
        if _matches_attributes(alternative):
            attributes = True
        elif (len(pattern_parts(alternative, "/")) == 1 and _ELEMENT_STEP.fullmatch(alternative)
              and not any(word in alternative for word in _MATCH_ONLY)):
            elements.append(_elements(alternative.split("[", 1)[0], _predicates(alternative)))
        else:
            return None
    return " | ".join((["/descendant::*/@*"] if attributes else []) + elements) or None


def _elements(test: str, predicates: list[str]) -> str:
    """The elements `test` names that may pass `predicates`, each predicate made boolean.

    When the first predicate asks for a text child (no-brackets: `tei:*[text()[...]]`), the
    text nodes are selected first and then their parents: one pass over the text nodes
    instead of a list of text children made for every element, a fifth of what the rule
    costs.
    """
    inner = _predicates(predicates[0]) if predicates else []
    if len(inner) == 1 and predicates[0] == f"text()[{inner[0]}]":
        start = f"/descendant::text()[boolean({inner[0]})]/parent::{test}"
        predicates = predicates[1:]
    else:
        start = f"/descendant::{test}"
    return start + "".join(f"[boolean({predicate})]" for predicate in predicates)


def _matches_attributes(pattern: str) -> bool:
    """Can an XSLT match pattern match an attribute: does any alternative end in an
    attribute step?"""
    return any(pattern_parts(alternative, "/")[-1].strip().startswith(("@", "attribute::"))
               for alternative in pattern_parts(pattern, "|"))


def pattern_parts(pattern: str, separator: str) -> list[str]:
    """Split an XSLT match pattern on `separator` ("|" between alternatives, "/" between
    steps) where it is not inside a predicate or a quoted string."""
    parts, start = [], 0
    for i, char, depth in _unquoted(pattern):
        if char == separator and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


def _predicates(step: str) -> list[str]:
    """The predicates of one step: "tei:p[@n][1]" -> ["@n", "1"]."""
    predicates, start = [], 0
    for i, char, depth in _unquoted(step):
        if char == "[" and depth == 0:
            start = i + 1
        elif char == "]" and depth == 0:
            predicates.append(step[start:i])
    return predicates


def _unquoted(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Each character of an XPath pattern outside quoted strings, with its index and the
    depth of predicates it is in (a bracket counts as outside the predicate it opens or
    closes)."""
    depth, quote = 0, ""
    for i, char in enumerate(pattern):
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        else:
            depth -= char == "]"
            yield i, char, depth
            depth += char == "["


def _schematron(store_xslt: bool = False, **compile_params: str) -> isoschematron.Schematron:
    # ASSERTS_AND_REPORTS: rule no-brackets is a <report>; a report is a finding too.
    return isoschematron.Schematron(etree.parse(str(SCHEMATRON_PATH), _trusted_parser()),
                                    store_report=True, store_xslt=store_xslt,
                                    compile_params=compile_params,
                                    error_finder=isoschematron.Schematron.ASSERTS_AND_REPORTS)


@functools.cache
def tei_all(path: Path) -> etree.RelaxNG:
    """The official tei_all RELAX NG schema (about 6 s to compile, so once per path)."""
    try:
        return etree.RelaxNG(etree.parse(str(path), _trusted_parser()))
    except OSError as err:
        raise PipelineError(f"cannot read the TEI schema (tei_all.rng): {err}",
                            path=str(path)) from None
    except (etree.XMLSyntaxError, etree.RelaxNGParseError) as err:
        raise PipelineError(f"this is not a usable RELAX NG schema: {err}",
                            path=str(path)) from None
