"""DSpace Simple Archive Format: the layout and files DSpace's importer reads."""

from pathlib import Path

import pytest
from lxml import etree

from pipeline.errors import ExportError
from pipeline.export import saf

SAMPLE = Path(__file__).parent / "fixtures" / "export" / "sample.xml"


@pytest.fixture
def tree_out(tmp_path):
    """A SAF tree of the sample and a second copy."""
    tree = etree.parse(str(SAMPLE))
    saf.export([(SAMPLE, tree), (Path("x/sample.xml"), tree)], tmp_path / "saf")
    return tmp_path / "saf"


def test_layout(tree_out):
    """One item_NNN folder per document, each with dublin_core.xml, contents and the files."""
    assert sorted(p.name for p in tree_out.iterdir()) == ["item_000", "item_001"]
    assert sorted(p.name for p in (tree_out / "item_001").iterdir()) == [
        "contents", "dublin_core.xml", "sample-2.html", "sample-2.xml"]


def test_contents_lists_every_bitstream(tree_out):
    """Each line of `contents` names an existing file, a tab, and bundle:ORIGINAL."""
    item = tree_out / "item_000"
    lines = (item / "contents").read_text().splitlines()
    assert lines == ["sample.xml\tbundle:ORIGINAL", "sample.html\tbundle:ORIGINAL"]
    assert all((item / line.split("\t")[0]).is_file() for line in lines)


def test_dublin_core_format(tree_out):
    """dublin_core.xml is DSpace's format: dcvalue elements with element and qualifier."""
    root = etree.parse(str(tree_out / "item_000" / "dublin_core.xml")).getroot()
    assert root.tag == "dublin_core" and root.get("schema") == "dc"
    assert all(e.tag == "dcvalue" and e.get("element") and e.get("qualifier") for e in root)
    values = {(e.get("element"), e.get("qualifier")): e.text for e in root}
    assert values[("title", "none")].startswith("Minutes of Conversation")
    assert values[("date", "created")] == "1961-07-11"
    assert values[("identifier", "uri")] == "https://digitalarchive.wilsoncenter.org/document/114178"


def test_bad_document_leaves_nothing(tmp_path):
    """A document that is not TEI stops the export before anything is written."""
    bad = etree.ElementTree(etree.fromstring("<notTEI/>"))
    with pytest.raises(ExportError):
        saf.export([(SAMPLE, etree.parse(str(SAMPLE))), (Path("bad.xml"), bad)], tmp_path / "saf")
    assert list(tmp_path.iterdir()) == []
