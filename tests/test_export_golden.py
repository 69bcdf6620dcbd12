"""Every export of one TEI input, compared byte for byte with tests/golden/export/.

Regenerate after an intended change with `UPDATE_GOLDEN=1 pytest tests/test_export_golden.py`
and review the diff. Inputs: the hand-made fixture, and the converter's tei/114178.xml when
it is in the repository.
"""

import os
from pathlib import Path

import pytest
from lxml import etree

from pipeline.export import bag, corpus, dc, html, saf, teipublisher, zenodo

ROOT = Path(__file__).parent.parent
GOLDEN = ROOT / "tests" / "golden" / "export"
INPUTS = {"sample": ROOT / "tests" / "fixtures" / "export" / "sample.xml",
          "114178": ROOT / "tei" / "114178.xml"}
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"

# format -> (module, output name: a file for single-stream formats, a folder for packages)
FORMATS = {"html": (html, "{}.html"), "dc": (dc, "{}.dc.xml"), "zenodo": (zenodo, "{}.zenodo.json"),
           "corpus": (corpus, "{}.corpus.xml"), "teipublisher": (teipublisher, "{}.xml"),
           "bag": (bag, "{}"), "saf": (saf, "{}")}


def copied_from(name: str, fmt: str, relative: str) -> Path | None:
    """The file a package's payload copies (the TEI input, or the html or dc export), if any.

    Packages carry the other exports verbatim; their golden copies are not stored twice but
    compared with the golden file of the export they copy (the manifests still pin them).
    """
    if fmt not in ("bag", "saf"):
        return None
    stem, filename = INPUTS[name].stem, Path(relative).name
    return {f"{stem}.xml": INPUTS[name], f"{stem}.html": GOLDEN / name / "html" / filename,
            f"{stem}.dc.xml": GOLDEN / name / "dc" / filename}.get(filename)


def tree_files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("name", sorted(INPUTS))
def test_export_matches_golden(name, fmt, tmp_path, monkeypatch):
    """The export of the input is byte-identical to its golden copy."""
    source = INPUTS[name]
    if not source.is_file():
        pytest.skip(f"{source.relative_to(ROOT)} is not in the repository yet")
    golden = GOLDEN / name / fmt
    if not golden.is_dir() and not UPDATE:
        pytest.skip(f"no golden files for {name}/{fmt}: run with UPDATE_GOLDEN=1 and review them")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    module, output = FORMATS[fmt]
    out = tmp_path / fmt
    out.mkdir()
    module.export([(source, etree.parse(str(source)))], out / output.format(source.stem))
    produced = tree_files(out)
    copies = {relative: copied_from(name, fmt, relative) for relative in produced}
    if UPDATE:
        import shutil
        shutil.rmtree(golden, ignore_errors=True)
        shutil.copytree(out, golden)
        for relative, original in copies.items():
            if original is not None:
                (golden / relative).unlink()
    stored = {r for r, original in copies.items() if original is None}
    assert sorted(stored) == sorted(tree_files(golden))
    for relative, data in produced.items():
        expected = copies[relative] or golden / relative
        assert data == expected.read_bytes(), f"{name}/{fmt}/{relative} differs from {expected}"
