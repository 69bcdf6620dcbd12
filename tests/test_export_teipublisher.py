"""The TEI Publisher processing instruction."""

import io
from pathlib import Path

import pytest
from lxml import etree

from pipeline.errors import ExportError
from pipeline.export.teipublisher import add_teipublisher_pi

SAMPLE = Path(__file__).parent / "fixtures" / "export" / "sample.xml"
ROOT = Path(__file__).resolve().parents[1]


def test_pi_comes_before_the_root():
    """The processing instruction is the root's previous sibling and names the ODD."""
    tree = add_teipublisher_pi(etree.parse(str(SAMPLE)))
    pi = tree.getroot().getprevious()
    assert pi.target == "teipublisher" and pi.text == 'odd="teipublisher.odd"'
    assert b'<?teipublisher odd="teipublisher.odd"?>\n<TEI' in etree.tostring(tree) \
        or b'<?teipublisher odd="teipublisher.odd"?><TEI' in etree.tostring(tree)


def test_earlier_pi_is_replaced_and_input_kept():
    """An existing teipublisher PI is replaced, other prolog nodes stay, the input is unchanged."""
    source = b'<!-- keep --><?teipublisher odd="old.odd"?><TEI xmlns="http://www.tei-c.org/ns/1.0"/>'
    tree = etree.parse(io.BytesIO(source))
    result = etree.tostring(add_teipublisher_pi(tree, "dta.odd"))
    assert result == b'<!-- keep --><?teipublisher odd="dta.odd"?><TEI xmlns="http://www.tei-c.org/ns/1.0"/>'
    assert etree.tostring(tree) == source


def test_odd_name_is_checked():
    """A value that could break the instruction is refused."""
    with pytest.raises(ExportError):
        add_teipublisher_pi(etree.parse(str(SAMPLE)), 'x"?><evil/>.odd')


def test_export_gives_the_bytes_convert_gives(tmp_path):
    """`export teipublisher` of a converted file and `convert --teipublisher` write the same
    bytes (the export used lxml's single-quoted declaration and no newline after the PI)."""
    from click.testing import CliRunner

    from pipeline.cli import main

    example = ROOT / "examples" / "114178.txt"
    runner = CliRunner()
    assert runner.invoke(main, ["convert", str(example), "--teipublisher", "-o",
                                str(tmp_path / "a.xml")]).exit_code == 0
    assert runner.invoke(main, ["export", "teipublisher", str(ROOT / "tei" / "114178.xml"), "-o",
                                str(tmp_path / "b.xml")]).exit_code == 0
    assert (tmp_path / "a.xml").read_bytes() == (tmp_path / "b.xml").read_bytes()
