"""The schemas, loaded once per process: compiling them is far slower than using them."""

from __future__ import annotations

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
def schematron() -> isoschematron.Schematron:
    """Our ISO Schematron rules, compiled to XSLT 1.0 by lxml, to decide pass or fail.

    Compiled without SVRL's record of every node a rule fired on and without location
    paths: a valid document (the usual case) needs neither, and they are a third of the time.
    """
    return _schematron(**{"generate-fired-rule": "'false'", "generate-paths": "'false'"})


@functools.cache
def schematron_explained() -> isoschematron.Schematron:
    """The same rules, with the fired-rule record that places each finding on its node."""
    return _schematron()


def _schematron(**compile_params: str) -> isoschematron.Schematron:
    # ASSERTS_AND_REPORTS: rule no-brackets is a <report>; a report is a finding too.
    return isoschematron.Schematron(etree.parse(str(SCHEMATRON_PATH), _trusted_parser()),
                                    store_report=True, compile_params=compile_params,
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
