"""Validate TEI documents: our XSD, our Schematron rules, and (optionally) TEI's tei_all.

    problems = validate(tree, path="out/114178.xml", tei_all=tei_all_path(None))
    for problem in problems:
        print(problem)            # out/114178.xml:12:0: <speaker>: missing required ...

Every check runs and every problem is returned, sorted by place, as data; nothing is
printed. Schemas are compiled once per process (see schemas.py). What each check covers is
in docs/validation.md.
"""

from __future__ import annotations

import os
from pathlib import Path

from lxml import etree

from ..errors import DocumentError
from ..xmlsafe import parse_untrusted
from . import schemas
from .problem import Problem
from .schematron import schematron_problems
from .xsd import xsd_problems

__all__ = ["Problem", "validate", "validate_bytes", "tei_all_path"]

TEI_ALL_ENV = "TEI_ALL_RNG"


def validate(doc: etree._ElementTree, *, path: str = "<document>",
             tei_all: Path | None = None) -> list[Problem]:
    """Return every problem of `doc`: XSD, Schematron, and tei_all when a path is given."""
    if not isinstance(doc, etree._ElementTree):
        doc = etree.ElementTree(doc)  # an element is accepted too, for convenience
    problems = xsd_problems(doc, path) + schematron_problems(doc, path)
    if tei_all is not None:
        problems += _tei_all_problems(doc, path, Path(tei_all))
    return sorted(set(problems))


def validate_bytes(data: bytes, *, path: str, tei_all: Path | None = None) -> list[Problem]:
    """Parse untrusted bytes safely and validate them; a refused file is one problem."""
    try:
        doc = parse_untrusted(data, path)
    except DocumentError as err:
        return [Problem(path, err.line or 0, err.column or 0, err.message, "xml")]
    return validate(doc, path=path, tei_all=tei_all)


def tei_all_path(option: str | None) -> Path | None:
    """Where tei_all.rng is: the given option, else $TEI_ALL_RNG, else None (not checked)."""
    chosen = option or os.environ.get(TEI_ALL_ENV) or None
    return Path(chosen) if chosen else None


def _tei_all_problems(doc: etree._ElementTree, path: str, rng_path: Path) -> list[Problem]:
    rng = schemas.tei_all(rng_path.resolve())
    if rng.validate(doc):
        return []
    return [Problem(path, entry.line, entry.column, f"TEI (tei_all): {entry.message}",
                    "tei_all") for entry in rng.error_log]
