"""Shared fixtures: the official tei_all schema (loaded once per session) and the example."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
TEI_ALL = Path(os.environ.get("TEI_ALL_RNG", ROOT.parent / "shared" / "tei" / "tei_all.rng"))


@pytest.fixture(scope="session")
def tei_all() -> etree.RelaxNG:
    """The TEI P5 tei_all RELAX NG schema; tests using it skip (saying why) when it is absent."""
    if not TEI_ALL.exists():
        pytest.skip(f"tei_all.rng not found at {TEI_ALL} (set TEI_ALL_RNG to its path)")
    return etree.RelaxNG(etree.parse(str(TEI_ALL)))


def assert_tei_all(schema: etree.RelaxNG, tree) -> None:
    """Fail with every tei_all error listed when `tree` does not conform."""
    document = tree if isinstance(tree, etree._ElementTree) else etree.ElementTree(tree)
    document = etree.fromstring(etree.tostring(document)).getroottree()
    if not schema.validate(document):
        errors = "\n".join(f"{e.line}:{e.column}: {e.message}" for e in schema.error_log)
        raise AssertionError(f"not valid against tei_all:\n{errors}")
