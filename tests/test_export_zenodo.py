"""Zenodo deposit metadata: required keys, values from the header, stable bytes."""

import json
from pathlib import Path

import pytest
from lxml import etree

from pipeline.errors import ExportError
from pipeline.export import zenodo

SAMPLE = Path(__file__).parent / "fixtures" / "export" / "sample.xml"
TEI = "{http://www.tei-c.org/ns/1.0}"


def metadata(tree=None) -> dict:
    return json.loads(zenodo.zenodo_bytes(SAMPLE, tree or etree.parse(str(SAMPLE))))["metadata"]


def test_required_keys_are_present():
    """Every key Zenodo requires for an open publication is there and non-empty."""
    meta = metadata()
    for key in ("upload_type", "publication_type", "publication_date", "title", "creators",
                "description", "access_right", "license"):
        assert meta[key], key
    assert meta["upload_type"] == "publication" and meta["access_right"] == "open"
    assert all(set(c) == {"name"} for c in meta["creators"])


def test_values_from_the_header():
    """Date, translators, archive URL and language come from the TEI header."""
    meta = metadata()
    assert meta["publication_date"] == "1961-07-11"
    assert [c["name"] for c in meta["creators"]] == ["Jeffrey Wang", "Charles Kraus"]
    assert meta["related_identifiers"] == [{
        "identifier": "https://digitalarchive.wilsoncenter.org/document/114178",
        "relation": "isDerivedFrom", "scheme": "url"}]
    assert meta["language"] == "eng"


def test_month_only_date_is_completed_and_said():
    """A month-only date becomes the first of the month, with a note saying so."""
    tree = etree.parse(str(SAMPLE))
    tree.find(f".//{TEI}creation/{TEI}date").set("when", "1972-09")
    meta = metadata(tree)
    assert meta["publication_date"] == "1972-09-01"
    assert "1972-09" in meta["notes"]


def test_missing_date_is_an_export_error():
    """Without a date there is no publication date, and the error says so."""
    tree = etree.parse(str(SAMPLE))
    creation = tree.find(f".//{TEI}creation")
    creation.getparent().remove(creation)
    with pytest.raises(ExportError, match="no date"):
        metadata(tree)


def test_keys_are_sorted():
    """The JSON is written with sorted keys, so its bytes are stable."""
    text = zenodo.zenodo_bytes(SAMPLE, etree.parse(str(SAMPLE))).decode()
    assert text == json.dumps(json.loads(text), sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def test_an_unknown_translator_is_no_creator():
    """A source that does not say who translated it has the header's placeholder `the
    translator`, which is not a name: the creators fall back to the recorder, then the
    publisher, and the Dublin Core record names no contributor (both used the placeholder)."""
    import pipeline
    from pipeline.export import dc

    result = pipeline.convert("October 5, 1961\n\nMinutes of Conversation\n\n"
                              "Premier Zhou [Enlai]: We agree.\n")
    assert result.tree.find(f".//{TEI}respStmt/{TEI}name").text == "the translator"
    meta = json.loads(zenodo.zenodo_bytes(Path("x.xml"), result.tree))["metadata"]
    assert [c["name"] for c in meta["creators"]] == ["Wilson Center Digital Archive"]
    assert b"<dc:contributor>" not in dc.dc_bytes("x.xml", result.tree)
