"""The HTML page as headless Chromium renders it: turns, brackets, the redaction, no console errors."""

from pathlib import Path

import pytest
from lxml import etree, html as lxml_html

from browser import chromium
from pipeline.export import html

ROOT = Path(__file__).parent.parent
PAGES = {"sample": ROOT / "tests" / "fixtures" / "export" / "sample.xml",
         "114178": ROOT / "tei" / "114178.xml"}


@pytest.fixture(scope="module")
def executable():
    """The Chromium to drive, or a skip saying why there is none."""
    found = chromium.find()
    if found is None:
        reason = "chromium not found (apt-get install chromium, or set CHROMIUM=/path/to/it)"
        print(f"SKIPPED: {reason}")
        pytest.skip(reason)
    return found


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_renders_in_chromium(name, executable, tmp_path):
    """Chromium renders every turn with its label, a supplied passage in brackets and the redaction
    badge, logs nothing to the console, and leaves a screenshot in tmp_path."""
    source = PAGES[name]
    if not source.is_file():
        pytest.skip(f"{source.relative_to(ROOT)} is not in the repository yet")
    tree = etree.parse(str(source))
    page = tmp_path / f"{name}.html"
    page.write_bytes(html.page(source, tree))

    rendered = chromium.dump_dom(executable, page, tmp_path / "profile")
    dom = lxml_html.fromstring(rendered.output)
    turns = dom.xpath("//div[@class='sp']")
    expected = tree.xpath("count(//tei:text//tei:sp)", namespaces={"tei": "http://www.tei-c.org/ns/1.0"})
    assert len(turns) == expected > 0
    assert all(t.xpath(".//span[@class='speaker-label']")[0].text_content().strip() for t in turns)
    supplied = dom.xpath("//div[@class='tei-body']//span[contains(@class, 'supplied')]")
    assert supplied and all(s.text_content().startswith("[") and s.text_content().endswith("]")
                            for s in supplied)
    if tree.xpath("//tei:gap[@reason='redacted']", namespaces={"tei": "http://www.tei-c.org/ns/1.0"}):
        assert dom.xpath("//span[contains(@class, 'gap-redacted')]")
    assert rendered.console == [], rendered.console

    shot = tmp_path / f"{name}.png"
    chromium.screenshot(executable, page, shot, tmp_path / "profile")
    assert shot.is_file() and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
