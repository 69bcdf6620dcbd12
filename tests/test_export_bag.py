"""BagIt export: a valid bag, tamper detection, bag-info, atomicity, determinism."""

from pathlib import Path

import bagit
import pytest
from lxml import etree

from pipeline.errors import ExportError
from pipeline.export import bag, bags

SAMPLE = Path(__file__).parent / "fixtures" / "export" / "sample.xml"


def docs():
    return [(SAMPLE, etree.parse(str(SAMPLE)))]


@pytest.fixture
def made(tmp_path, monkeypatch):
    """A bag of the sample with a pinned build date."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    bag.export(docs(), tmp_path / "bag")
    return tmp_path / "bag"


def test_bag_validates_with_bagit(made):
    """The bagit library validates the bag, sha256 manifests and all."""
    result = bagit.Bag(str(made))
    result.validate()
    assert result.algorithms == ["sha256"]
    assert sorted(p.name for p in (made / "data").iterdir()) == ["sample.dc.xml", "sample.html", "sample.xml"]


def test_changed_payload_fails_validation(made):
    """Changing one byte of a payload file makes validation fail."""
    tei = made / "data" / "sample.xml"
    tei.write_bytes(tei.read_bytes().replace(b"Zhou", b"Zhuo", 1))
    with pytest.raises(bagit.BagValidationError):
        bagit.Bag(str(made)).validate()


def test_bag_info_fields(made):
    """bag-info.txt carries the organisation, identifier, description and the pinned date."""
    info = bagit.Bag(str(made)).info
    assert info["Source-Organization"] == "Wilson Center Digital Archive"
    assert info["External-Identifier"] == "https://digitalarchive.wilsoncenter.org/document/114178"
    assert info["External-Description"].startswith("Minutes of Conversation")
    assert info["Bagging-Date"] == "2023-11-14"


def test_tei_payload_is_the_file_itself(made):
    """The TEI in the bag is byte for byte the file given, so its checksum can be reproduced."""
    assert (made / "data" / "sample.xml").read_bytes() == SAMPLE.read_bytes()


def test_bag_is_deterministic(tmp_path, monkeypatch):
    """Two bags of the same input have identical tag files."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    bag.export(docs(), tmp_path / "a")
    bag.export(docs(), tmp_path / "b")
    for name in ("bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_several_documents_one_bag(tmp_path):
    """Several documents go into one bag with an index page."""
    tree = etree.parse(str(SAMPLE))
    bag.export([(SAMPLE, tree), (Path("x/sample.xml"), tree)], tmp_path / "bag")
    bagit.Bag(str(tmp_path / "bag")).validate()
    assert (tmp_path / "bag" / "data" / "index.html").exists()
    assert bagit.Bag(str(tmp_path / "bag")).info["External-Identifier"] == [
        "https://digitalarchive.wilsoncenter.org/document/114178"] * 2


def test_one_bag_per_document(tmp_path):
    """The bags format makes a separate valid bag for every document, each like bag's for one."""
    tree = etree.parse(str(SAMPLE))
    bags.export([(SAMPLE, tree), (Path("x/sample.xml"), tree)], tmp_path / "bags")
    assert sorted(p.name for p in (tmp_path / "bags").iterdir()) == ["sample", "sample-2"]
    for name in ("sample", "sample-2"):
        bagit.Bag(str(tmp_path / "bags" / name)).validate()
        assert not (tmp_path / "bags" / name / "data" / "index.html").exists()
    bag.export([(SAMPLE, tree)], tmp_path / "one")
    for name in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt"):
        assert (tmp_path / "bags" / "sample" / name).read_bytes() == \
            (tmp_path / "one" / name).read_bytes()


def test_bags_bad_document_writes_nothing(tmp_path):
    """A document without a record stops the bags export before the first bag is written."""
    tree = etree.parse(str(SAMPLE))
    empty = etree.ElementTree(etree.fromstring('<TEI xmlns="http://www.tei-c.org/ns/1.0"/>'))
    with pytest.raises(ExportError):
        bags.export([(SAMPLE, tree), (Path("bad.xml"), empty)], tmp_path / "bags")
    assert not (tmp_path / "bags").exists()


def test_bags_refuse_standard_output():
    """Bags are folders: standard output is refused with a message, not a traceback."""
    tree = etree.parse(str(SAMPLE))
    with pytest.raises(ExportError, match="FOLDER"):
        bags.export([(SAMPLE, tree)], Path("-"))


def test_failure_leaves_no_partial_bag(tmp_path, monkeypatch):
    """When bagging fails, neither the bag nor a temporary folder is left behind."""
    def broken(*args, **kwargs):
        raise bagit.BagError("disk on fire")
    monkeypatch.setattr(bagit, "make_bag", broken)
    with pytest.raises(ExportError, match="disk on fire"):
        bag.export(docs(), tmp_path / "bag")
    assert list(tmp_path.iterdir()) == []


def test_non_empty_folder_is_not_replaced(tmp_path):
    """A folder that holds other files is refused, and left as it was."""
    (tmp_path / "keep.txt").write_text("mine")
    with pytest.raises(ExportError, match="not empty"):
        bag.export(docs(), tmp_path)
    assert (tmp_path / "keep.txt").read_text() == "mine"


def test_earlier_bag_is_replaced(made, monkeypatch):
    """Exporting again to a bag replaces it whole."""
    (made / "data" / "stray.txt").write_text("old")
    bag.export(docs(), made)
    assert not (made / "data" / "stray.txt").exists()
    bagit.Bag(str(made)).validate()


def test_names_whose_files_would_clash_are_refused(tmp_path: Path):
    """`notes` and `notes.dc` would both give data/notes.dc.xml: the second replaced the first
    in a bag that still validated; now the export is refused and nothing is written."""
    pair = [(tmp_path / name, etree.parse(str(SAMPLE))) for name in ("notes.xml", "notes.dc.xml")]
    with pytest.raises(ExportError, match="data/notes.dc.xml"):
        bag.export(pair, tmp_path / "bag")
    assert not (tmp_path / "bag").exists()
