"""The schemas, loaded once per process: compiling them is far slower than using them."""

from __future__ import annotations

import copy
import functools
import sys
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
    visits every attribute in every pattern, also in patterns whose rules match elements
    only, walking on from each attribute to what is below it (nothing). None of these walks
    can fire a rule, so leaving them out changes no finding; it takes about a fifth off the
    time. `tests/test_validate.py` holds this checker to the same
    findings as the untrimmed one on every fixture.
    """

    def __init__(self, compiled: etree._XSLTResultTree) -> None:
        stylesheet = copy.deepcopy(compiled.getroot())
        _drop_default_walks(stylesheet)
        _skip_attributes_where_unmatched(stylesheet)
        _leave_attributes_at_once(stylesheet)
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


def _skip_attributes_where_unmatched(stylesheet: etree._Element) -> None:
    """In a pattern (an XSLT mode) whose rules all match elements, walk elements only."""
    templates = stylesheet.findall(f"{_XSL}template")
    for mode in {t.get("mode") for t in templates if t.get("mode", "").startswith("M")}:
        contexts = [t.get("match", "") for t in templates
                    if t.get("mode") == mode and float(t.get("priority", "0")) >= 0]
        if any(_matches_attributes(context) for context in contexts):
            continue
        for walk in stylesheet.iter(f"{_XSL}apply-templates"):
            if walk.get("mode") == mode and walk.get("select") == "@*|*":
                walk.set("select", "*")


def _leave_attributes_at_once(stylesheet: etree._Element) -> None:
    """An attribute no rule matches falls to the pattern's catch-all template, which walks
    on to the attributes and children of the node it has; an attribute has neither, so an
    empty template for attributes, just above the catch-all, finds the same."""
    for catch_all in stylesheet.findall(f"{_XSL}template[@priority='-2']"):
        if catch_all.get("match") == "@*|node()":
            catch_all.addnext(etree.Element(f"{_XSL}template", match="@*", priority="-1.5",
                                            mode=catch_all.get("mode")))


def _matches_attributes(pattern: str) -> bool:
    """Can an XSLT match pattern match an attribute: does any alternative end in an
    attribute step?"""
    return any(pattern_parts(alternative, "/")[-1].strip().startswith(("@", "attribute::"))
               for alternative in pattern_parts(pattern, "|"))


def pattern_parts(pattern: str, separator: str) -> list[str]:
    """Split an XSLT match pattern on `separator` ("|" between alternatives, "/" between
    steps) where it is not inside a predicate or a quoted string."""
    parts, depth, quote, start = [], 0, "", 0
    for i, char in enumerate(pattern):
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        elif char == separator and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


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
