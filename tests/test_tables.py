"""The tables export: four CSV files with a header row, one row per entity or quantity."""

from __future__ import annotations

import csv
from pathlib import Path

from pipeline import convert
from pipeline.export import exporter
from pipeline.export.text import body_text

SOURCE = b"""**July 11, 1961**
**Talk**

Premier Zhou [Enlai]: We sent 600,000 tons of chemical fertilizer to Korea from Shanxi.

Premier Kim [Il Sung]: The Ministry of Foreign Trade says 2 to 2.5 tons per jeongbo in Korea.
"""


def rows(path: Path) -> list[dict[str, str]]:
    """Read a CSV file written by the export (UTF-8 with a byte-order mark)."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_tables_export(tmp_path: Path) -> None:
    """Each CSV has its header; entities are counted, quantities carry their attributes."""
    result = convert(SOURCE)
    assert body_text(result.tree) == result.source.body
    out = tmp_path / "tables"
    exporter("tables").export([(Path("doc-1.xml"), result.tree)], out)
    assert sorted(p.name for p in out.iterdir()) == ["organisations.csv", "persons.csv",
                                                      "places.csv", "quantities.csv"]
    places = {r["id"]: r for r in rows(out / "places.csv")}
    assert places["place-korea"]["count"] == "2" and places["place-korea"]["documents"] == "doc-1"
    assert "org-ministry-of-foreign-trade" in {r["id"] for r in rows(out / "organisations.csv")}
    assert "zhou-enlai" in {r["id"] for r in rows(out / "persons.csv")}
    quantities = rows(out / "quantities.csv")
    assert [(q["quantity"], q["unit"], q["commodity"], q["min"], q["max"]) for q in quantities] == [
        ("600000", "ton", "chemical-fertilizer", "", ""), ("", "ton", "", "2", "2.5")]


def test_header_rows_without_documents(tmp_path: Path) -> None:
    """No documents still gives four files, each with its header row."""
    exporter("tables").export([], tmp_path / "t")
    assert (tmp_path / "t" / "quantities.csv").read_text(encoding="utf-8-sig").startswith(
        "document,quantity,unit,commodity,min,max,text")


def test_documents_are_named_as_the_other_exports_name_them(tmp_path: Path) -> None:
    """Two `memo.xml` in two folders were one document `memo` (their counts merged); they are
    `memo` and `memo-2`, as the html and text exports name their files. A file name that
    begins with `=` no longer makes a spreadsheet formula of its cells."""
    tree = convert(SOURCE).tree
    out = tmp_path / "tables"
    exporter("tables").export([(Path("a/memo.xml"), tree), (Path("b/memo.xml"), tree),
                               (Path('=HYPERLINK("x").xml'), tree)], out)
    korea = {r["id"]: r for r in rows(out / "places.csv")}["place-korea"]
    assert korea["documents"] == "memo | memo-2 | HYPERLINK-x"
    assert [q["document"] for q in rows(out / "quantities.csv")] == \
        ["memo", "memo", "memo-2", "memo-2", "HYPERLINK-x", "HYPERLINK-x"]


def test_a_generic_body_is_a_row_for_each_document(tmp_path: Path) -> None:
    """Two documents' `Ministry of Foreign Trade` (`<org type="generic">`, which may be two
    states' ministries) were one row, their counts summed: a row each, its document's; a body
    with its state (`USSR Council of Ministers`) is still one row for both."""
    tree = convert(b"Talk\n\nThe Ministry of Foreign Trade and the USSR Council of Ministers "
                   b"agreed.\n").tree
    out = tmp_path / "tables"
    exporter("tables").export([(Path("a.xml"), tree), (Path("b.xml"), tree)], out)
    found = [(r["id"], r["documents"], r["count"]) for r in rows(out / "organisations.csv")]
    assert found == [("org-ministry-of-foreign-trade", "a", "1"),
                     ("org-ministry-of-foreign-trade", "b", "1"),
                     ("org-ussr-council-of-ministers", "a | b", "2")]
