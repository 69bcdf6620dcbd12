"""Shared fixtures: the official tei_all schema (loaded once per session) and the example."""

from __future__ import annotations

import os
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest
from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
TEI_ALL = Path(os.environ.get("TEI_ALL_RNG", ROOT.parent / "shared" / "tei" / "tei_all.rng"))


def stale_compiled_modules(root: Path = ROOT) -> list[str]:
    """The modules whose compiled copy (`make setup` builds them in place) is older than their
    source: Python would import the copy, and the tests would test the code as it was."""
    stale = []
    for source in sorted((root / "pipeline").rglob("*.py")):
        for suffix in EXTENSION_SUFFIXES:
            compiled = source.with_name(source.stem + suffix)
            if compiled.exists() and compiled.stat().st_mtime < source.stat().st_mtime:
                stale.append(str(source.relative_to(root)))
    return stale


def pytest_configure(config: pytest.Config) -> None:
    """Stop before the first test when a compiled module is stale (pytest run without make)."""
    stale = stale_compiled_modules()
    if stale:
        pytest.exit(f"{', '.join(stale)}: changed since it was compiled; run `make test` "
                    "(or `make setup`) to compile it again", returncode=1)


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


# The note the brackets pass makes of `[sic]`, as the passes after it see it.
SIC_NOTE = '<note type="sic" place="inline" rend="brackets" resp="#translator">sic</note>'


def converted_body(source: str, tei_all: etree.RelaxNG | None = None) -> str:
    """Convert a whole page; check that the text export gives its body back and that the TEI
    is valid (our schema, and tei_all when given); return the TEI's body as a string."""
    import pipeline
    from pipeline.export.text import body_text
    from pipeline.validate import validate

    result = pipeline.convert(source)
    assert body_text(result.tree) == result.source.body
    assert [str(problem) for problem in validate(result.tree)] == []
    if tei_all is not None:
        assert_tei_all(tei_all, result.tree)
    body = result.tree.getroot().find("{http://www.tei-c.org/ns/1.0}text/"
                                      "{http://www.tei-c.org/ns/1.0}body")
    return etree.tostring(body, encoding="unicode")
