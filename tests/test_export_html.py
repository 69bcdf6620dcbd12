"""The HTML reading view: structure, interventions, index, accessibility, determinism."""

from pathlib import Path

import pytest
from lxml import etree, html as lxml_html

from pipeline.errors import ExportError
from pipeline.export import html

SAMPLE = Path(__file__).parent / "fixtures" / "export" / "sample.xml"


@pytest.fixture(scope="module")
def page():
    """The sample's page, parsed as HTML."""
    return lxml_html.fromstring(html.page(SAMPLE, etree.parse(str(SAMPLE))))


def test_page_is_self_contained(page):
    """No script, no external stylesheet or image, and a CSP forbidding the network."""
    assert not page.xpath("//script | //link[@rel='stylesheet'] | //img[not(starts-with(@src, 'data:'))]")
    csp = page.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    assert csp and "default-src 'none'" in csp[0]
    assert page.xpath("//style")


def test_landmarks_and_language(page):
    """The page has a language, one h1, a nav, a main and a skip link to it."""
    assert page.get("lang") == "en"
    assert len(page.xpath("//h1")) == 1
    assert page.xpath("//nav") and page.xpath("//main[@id='main']")
    assert page.xpath("//a[@class='skip-link']/@href") == ["#main"]


def test_every_sp_is_a_turn_with_its_label_and_delimiter(page):
    """Six turns, each opening with the printed label and the colon from speaker/@rend."""
    turns = page.xpath("//div[@class='sp']")
    assert len(turns) == 6
    first = turns[0].xpath(".//span[@class='speaker']")[0].text_content()
    assert first == "Premier Zhou [Enlai]:"
    third = turns[2].xpath(".//span[@class='speaker']")[0].text_content()
    assert third == "Premier Zhou (to Comrade Fang Yi):"


def test_supplied_in_brackets_with_who(page):
    """Supplied text keeps its brackets, a reason class and a title naming the translator."""
    spans = page.xpath("//div[@class='tei-body']//span[contains(@class, 'supplied-clarification')]")
    assert spans[0].text_content() == "[on the Chinese side]"
    assert spans[0].get("title") == "words supplied by the translator"


def test_gloss_and_inline_note_in_brackets(page):
    """A gloss and an inline note are bracketed and styled apart from the text."""
    assert page.xpath("//div[@class='tei-body']//span[@class='gloss']")[0].text_content() == "[special products]"
    note = page.xpath("//div[@class='tei-body']//span[contains(@class, 'note-translator')]")[0]
    assert note.text_content().startswith("[Translator's note:")


def test_redaction_badge_shows_its_desc(page):
    """A redaction is a visible badge with the printed marker."""
    badge = page.xpath("//span[contains(@class, 'gap-redacted')]")[0]
    assert "(redacted text)" in badge.text_content()
    assert "redacted" in badge.get("title")


def test_a_garbled_passage_says_so():
    """`[garble]` is a gap of its own reason: its badge says the telegram came out garbled."""
    import pipeline

    result = pipeline.convert("The Generals said they had [garble] men.\n")
    page = lxml_html.fromstring(html.page(Path("p.xml"), result.tree))
    badge = page.xpath("//span[contains(@class, 'gap-garbled')]")[0]
    assert "[garble]" in badge.text_content()
    assert badge.get("title") == "garbled in transmission"


def test_the_chair_is_a_role_in_the_participants_table():
    """The chair line's `chair` role is shown as a role (`chair, attending`), not as a side."""
    import pipeline

    result = pipeline.convert("Chairman: Walter Ulbricht\n\nPresent: Walter Ulbricht, Erich "
                              "Honecker\n\nUlbricht: We begin.\n\nHonecker: Good.\n")
    page = lxml_html.fromstring(html.page(Path("p.xml"), result.tree))
    row = page.xpath("//tr[th/a[text()='Walter Ulbricht']]")[0]
    assert [td.text_content() for td in row.findall("td")][:2] == ["chair, attending", ""]


def test_a_dash_label_and_a_turn_of_voices():
    """A dash label shows its dash (`W. Gomułka –`), which speaker/@rend names; a turn of the
    room's voices, no one's, has no data-who."""
    import pipeline

    result = pipeline.convert("W. Gomu\u0142ka \u2013 We agree.\n\nA. Gromyko \u2014 Good."
                              "\n\nVoices: Correct!\n")
    page = lxml_html.fromstring(html.page(Path("p.xml"), result.tree))
    turns = page.xpath("//div[@class='sp']")
    labels = [turn.xpath(".//span[@class='speaker']")[0].text_content() for turn in turns]
    assert labels == ["W. Gomu\u0142ka \u2013", "A. Gromyko \u2014", "Voices:"]
    assert [turn.get("data-who") for turn in turns] == ["wladyslaw-gomulka", "andrei-gromyko",
                                                        None]


def test_a_dash_label_after_a_no_break_space():
    """A dash after a no-break space shows both (`W. Gomułka\u00a0–`), as
    speaker/@rend="nbsp-en-dash" names them."""
    import pipeline

    result = pipeline.convert("W. Gomu\u0142ka\u00a0\u2013 We agree.\n\n"
                              "A. Gromyko\u00a0\u2014 Good.\n")
    page = lxml_html.fromstring(html.page(Path("p.xml"), result.tree))
    labels = [turn.xpath(".//span[@class='speaker']")[0].text_content()
              for turn in page.xpath("//div[@class='sp']")]
    assert labels == ["W. Gomu\u0142ka\u00a0\u2013", "A. Gromyko\u00a0\u2014"]


def test_every_name_links_to_an_index_entry(page):
    """Every name link resolves to an entry on the page, and every entry links back."""
    ids = set(page.xpath("//@id"))
    links = page.xpath("//a[contains(@class, 'name')]")
    assert links and all(link.get("href")[1:] in ids for link in links)
    assert page.xpath("//a[@href='#person-zhou-enlai']")
    entry = page.xpath("//li[@id='person-zhou-enlai']")[0]
    assert all(a.get("href")[1:] in ids for a in entry.xpath(".//span[@class='mentions']/a"))
    assert page.xpath("//li[@id='org-ministry-of-foreign-trade']")


def test_ids_are_unique(page):
    """No id appears twice on the page."""
    ids = page.xpath("//@id")
    assert len(ids) == len(set(ids))


def test_a_page_number_given_twice_gives_two_ids():
    """`[end of page 5]` in two places: the two page anchors had the id page-6 both."""
    import pipeline

    result = pipeline.convert("We met [end of page 5] and talked.\n\n"
                              "They left [end of page 5] early.\n")
    ids = lxml_html.fromstring(html.page(Path("p.xml"), result.tree)).xpath("//span[@class='pb']/@id")
    assert ids == ["page-6", "page-6-2"]


def test_a_printed_page_number_is_set_apart():
    """`- 4 -` on its own line (a pb and an fw) shows as a page number, within the paragraph
    it splits and between paragraphs; it was a bare span in the running text."""
    import pipeline

    result = pipeline.convert("The Premier said that the question of the border\n\n- 4 -\n\n"
                              "would be settled by the two parties in a friendly way.\n\n"
                              "The Ambassador agreed with him on every point.\n\nPage 5\n\n"
                              "They then turned to the questions of trade and of the railway.\n")
    page = lxml_html.fromstring(html.page(Path("p.xml"), result.tree))
    numbers = page.xpath("//span[@class='pagenum']")
    assert [n.text_content() for n in numbers] == ["- 4 -", "Page 5"]
    assert numbers[0].getparent().tag == "p" and "border" in numbers[0].getparent().text_content()
    assert numbers[1].getparent().get("class") == "pagenum-block"
    assert page.xpath("//span[@class='pb']/@id") == ["page-4", "page-5"]


def test_a_note_in_parentheses_gets_no_brackets_around_them():
    """`(sic)` and `(Not reviewed by ...)` showed as `[(sic)]`: the parentheses are their text."""
    import pipeline

    result = pipeline.convert("(Not reviewed by the Chairman)\n\nThe Comitee (sic) met.\n")
    page = lxml_html.fromstring(html.page(Path("p.xml"), result.tree))
    assert page.xpath("//span[contains(@class, 'note-sic')]")[0].text_content() == "(sic)"
    assert page.xpath("//span[contains(@class, 'note-editorial')]")[0].text_content() == \
        "(Not reviewed by the Chairman)"


def test_a_stage_direction_in_brackets_shows_them():
    """`[Pause.]` is a stage whose brackets are a rend: the page prints them."""
    import pipeline

    result = pipeline.convert("Premier Zhou: We agree. [Pause.] Go on.\n\nPremier Kim: Good.\n")
    page = lxml_html.fromstring(html.page(Path("p.xml"), result.tree))
    assert page.xpath("//span[contains(@class, 'stage-action')]")[0].text_content() == "[Pause.]"


def test_footnote_links_both_ways(page):
    """The footnote reference and the end note link to each other."""
    ref = page.xpath("//a[@class='noteref']")[0]
    assert ref.get("href") == "#note-1"
    assert page.xpath(f"//li[@id='note-1']/a[@href='#{ref.get('id')}']")


def test_page_bytes_are_deterministic():
    """Two renderings of the same TEI give the same bytes."""
    tree = etree.parse(str(SAMPLE))
    assert html.page(SAMPLE, tree) == html.page(SAMPLE, etree.parse(str(SAMPLE)))


def test_several_documents_get_an_index_page(tmp_path):
    """With several documents the output folder has a page each and index.html linking them."""
    tree = etree.parse(str(SAMPLE))
    html.export([(SAMPLE, tree), (Path("other/sample.xml"), tree)], tmp_path / "site")
    assert sorted(p.name for p in (tmp_path / "site").iterdir()) == ["index.html", "sample-2.html", "sample.html"]
    index = lxml_html.fromstring((tmp_path / "site" / "index.html").read_bytes())
    assert index.xpath("//a/@href") == ["#main", "sample.html", "sample-2.html"]


def test_not_tei_is_refused_without_output(tmp_path):
    """A document that is not TEI raises ExportError naming the file and writes nothing."""
    tree = etree.ElementTree(etree.fromstring("<html/>"))
    with pytest.raises(ExportError, match="not a TEI document") as caught:
        html.export([(Path("x.xml"), tree)], tmp_path / "x.html")
    assert caught.value.path == "x.xml"
    assert not list(tmp_path.iterdir())


def test_side_from_the_nested_participant_list():
    """The participants table shows the side of the nested listPerson the person is in."""
    tree = etree.parse(str(SAMPLE))
    person = tree.find(".//{http://www.tei-c.org/ns/1.0}person")
    person.set("role", "participant")
    side = etree.SubElement(person.getparent(), "{http://www.tei-c.org/ns/1.0}listPerson",
                            type="chinese-side")
    side.append(person)
    page = lxml_html.fromstring(html.page(SAMPLE, tree))
    row = page.xpath("//section[@id='participants']//tr[th/a[@href='#person-zhou-enlai']]")[0]
    assert [td.text_content() for td in row.xpath("td")] == ["participant", "Chinese side", "Premier"]
