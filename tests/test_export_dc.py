"""The oai_dc record: its fields, and validity against the oai_dc schema the project carries."""

from pathlib import Path

import pytest
import xmlschema
from lxml import etree

from pipeline.errors import ExportError
from pipeline.export import dc

ROOT = Path(__file__).parent.parent
SAMPLE = ROOT / "tests" / "fixtures" / "export" / "sample.xml"
DC = "{http://purl.org/dc/elements/1.1/}"


@pytest.fixture(scope="module")
def schema():
    """The oai_dc schema, loaded once."""
    return xmlschema.XMLSchema(str(ROOT / "schema" / "oai_dc.xsd"))


def record() -> etree._Element:
    return etree.fromstring(dc.dc_bytes(SAMPLE, etree.parse(str(SAMPLE))))


def test_record_is_valid_oai_dc(schema):
    """The sample's record validates against schema/oai_dc.xsd."""
    schema.validate(record())


def test_schema_rejects_a_wrong_element(schema):
    """The schema is not a rubber stamp: an unknown dc element fails."""
    broken = record()
    etree.SubElement(broken, f"{DC}titel").text = "x"
    assert not schema.is_valid(broken)


def test_fields_come_from_the_header():
    """Title, translators, recorder, date, language, identifier are where oai_dc expects them."""
    values = [(etree.QName(e).localname, e.text) for e in record()]
    assert ("title", "Minutes of Conversation between Zhou Enlai and Kim Il Sung") in values
    assert ("contributor", "Jeffrey Wang") in values and ("contributor", "Charles Kraus") in values
    assert ("creator", "Feng Kexiang") in values
    assert ("date", "1961-07-11") in values
    assert ("language", "zh") in values and ("language", "en") in values
    assert ("identifier", "https://digitalarchive.wilsoncenter.org/document/114178") in values
    assert ("type", "Text") in values


def test_missing_title_is_an_export_error(tmp_path):
    """A header without a title is refused with a message saying what is missing."""
    tree = etree.parse(str(SAMPLE))
    for title in tree.iter("{http://www.tei-c.org/ns/1.0}title"):
        title.getparent().remove(title)
    with pytest.raises(ExportError, match="no title"):
        dc.export([(SAMPLE, tree)], tmp_path / "out.xml")
    assert not list(tmp_path.iterdir())


def test_libxml2_agrees():
    """lxml (libxml2) loads the same schema offline and agrees the record is valid."""
    schema = etree.XMLSchema(file=str(ROOT / "schema" / "oai_dc.xsd"))
    assert schema.validate(record()), schema.error_log
