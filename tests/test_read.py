"""Reading: the archive's layouts, their catalogue fields, and where the body starts and ends."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

import pipeline
from pipeline.read import DATE_LINE, read
from pipeline.validate import validate

PDF_EXPORT = """**July 11, 1961**  
**Minutes of Conversation between Zhou Enlai and  
Kim Il Sung**

**Citation:**

"Minutes of Conversation between Zhou Enlai and Kim Il Sung", July 11, 1961, Wilson Center Digital Archive, PRC FMA 204-01454-01, 1-12. Translated by Jeffrey Wang and Charles Kraus. <https://digitalarchive.wilsoncenter.org/document/114178>

**Summary:**

Zhou Enlai and Kim Il Sung discuss economic cooperation.

**Credits:**

This document was made possible with support from MacArthur Foundation

**Original Language:**

Chinese

**Contents:**

Translation - English

(Not yet proof read)

Premier Zhou [Enlai]: Welcome.
"""

WEB_PAGE = """October 05, 1964

Record of Conversation between Mao Zedong and Pham Van Dong

This document was made possible with support from the Henry Luce Foundation

Mao: Welcome.

Pham: Thank you.

Mao and Pham discuss the war.

Associated People & Organizations

Mao, Zedong, 1893-1976
Pham, Van Dong, 1906-2000

Associated Places

Vietnam

Document Information

Source

CWIHP Working Paper 22. Translated by Qiang Zhai.

Rights

The History and Public Policy Program welcomes reuse of Digital Archive materials.

Original Uploaded Date

2011-11-20

Record ID

113052
"""

OLD_SITE = """March 05, 1949


  \u2022 Citation

    get citation

    Kim Il Sung and Stalin discuss the military.
    "Meeting between Stalin and Kim Il Sung," March 05, 1949, History and Public Policy Program Digital Archive, Archive of the Foreign Policy of the Russian Federation, Fond 059a.
  \u2022 share document


English HTML

Stalin asks how the trip was.
"""

SNAPSHOT = """August 01, 1961


    Transcription of a meeting in Moscow between Khrushchev and Ulbricht.
    August 01, 1961
Notes on the Conversation of Comrade N.S. Khrushchev with Comrade W. Ulbricht

N. S. Khrushchev: I have read your speech.
"""


def test_pdf_export_layout():
    """The labelled blocks (bold markers optional) become fields; the body starts after them."""
    for text in (PDF_EXPORT, PDF_EXPORT.replace("**", "")):
        source = read(text)
        assert source.layout == "pdf-export"
        assert source.fields["title"] == "Minutes of Conversation between Zhou Enlai and Kim Il Sung"
        assert source.fields["date"] == "July 11, 1961"
        assert source.fields["language"] == "Chinese"
        assert source.fields["status"] == "Not yet proof read"
        assert source.fields["archival"] == "PRC FMA 204-01454-01"
        assert source.fields["pages"] == "1-12"
        assert source.fields["translated_by"] == "Jeffrey Wang and Charles Kraus"
        assert source.fields["url"] == "https://digitalarchive.wilsoncenter.org/document/114178"
        assert source.body == "Premier Zhou [Enlai]: Welcome.\n"


@pytest.mark.parametrize("contents", [
    "Original Scan\n\nTranscript - English", "Original Scan\n\nTranslation - English",
    "**Original Scan**\n\n**Translation - English**",
])
def test_the_contents_list_is_no_body(contents: str) -> None:
    """The contents list an item a paragraph (`Original Scan`, `Transcript - English`): the
    second was the first paragraph of the body. The body starts after them, and the text
    export gives it back."""
    from pipeline.export.text import body_text

    text = PDF_EXPORT.replace("Translation - English\n\n(Not yet proof read)", contents)
    source = read(text)
    assert source.fields["contents"] == contents.replace("**", "")
    assert source.body == "Premier Zhou [Enlai]: Welcome.\n"
    assert body_text(pipeline.convert(text).tree) == source.body


def test_web_page_layout_and_its_trailer():
    """Date, title, credits, body; then summary, associated lists and document information."""
    source = read(WEB_PAGE)
    assert source.layout == "web-page"
    assert source.body == "Mao: Welcome.\n\nPham: Thank you.\n"
    fields = source.fields
    assert fields["summary"] == "Mao and Pham discuss the war."
    assert fields["credits"] == "the Henry Luce Foundation"
    assert fields["associated_people"] == "Mao, Zedong, 1893-1976\nPham, Van Dong, 1906-2000"
    assert fields["associated_places"] == "Vietnam"
    assert fields["citation"] == "CWIHP Working Paper 22. Translated by Qiang Zhai."
    assert fields["translated_by"] == "Qiang Zhai"
    assert fields["record_id"] == "113052"
    assert "type" not in fields


CUT_IN_SUMMARY = (
    "May 5, 1958\n\nCable from the Foreign Ministry\n\nAmbassador Li:\n\n"
    "On 2 May the Premier received the envoy and they discussed trade.\n\n"
    "(1) The envoy said his government agrees.\n\n"
    "{sign_off}"
    "Chen Yi and the envoy discussed the trade agreement as well as the exchan")


@pytest.mark.parametrize("sign_off", [
    "Ministry of Foreign Affairs\n\n5 May 1958\n\n\n\n",
    "Beijing, 5 May 1958\n\nMinistry of Foreign Affairs\n\n",
])
def test_a_page_cut_off_inside_its_summary_has_its_summary(sign_off: str):
    """A web page cut off in its summary, after the sign-off (a body's name and a date
    line): the summary is the abstract, and the sign-off ends the body (the summary was the
    body's last paragraph, and the sign-off no closer)."""
    text = CUT_IN_SUMMARY.format(sign_off=sign_off)
    source = read(text)
    assert source.fields["summary"].startswith("Chen Yi and the envoy discussed")
    assert source.body.rstrip().endswith(sign_off.split("\n")[2])
    tree = pipeline.convert(text).tree
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert tree.xpath("//t:abstract/t:p/text()", namespaces=ns) == [source.fields["summary"]]
    assert tree.xpath("//t:closer/t:dateline", namespaces=ns)


@pytest.mark.parametrize("sign_off", [
    "",                                                      # no sign-off before it
    "Ministry of Foreign Affairs\n\n",                       # no date line
    "5 May 1958\n\nCopies to: the Embassy in Moscow\n\n",   # a copy line, not a name
])
def test_the_last_paragraph_of_a_cut_off_page_without_a_sign_off_is_the_bodys(sign_off: str):
    """What is cut off after no sign-off may be the document's own last paragraph: it stays
    in the body."""
    source = read(CUT_IN_SUMMARY.format(sign_off=sign_off))
    assert "summary" not in source.fields
    assert source.body.endswith("as well as the exchan")


def test_old_site_citation_bullet():
    """The `• Citation` bullet holds the summary and the quoted citation; the title comes from it."""
    source = read(OLD_SITE)
    assert source.fields["title"] == "Meeting between Stalin and Kim Il Sung"
    assert source.fields["summary"] == "Kim Il Sung and Stalin discuss the military."
    assert source.body.startswith("Stalin asks")


def test_indented_snapshot():
    """An old snapshot: indented summary and repeated date, then the title line."""
    source = read(SNAPSHOT)
    assert source.fields["title"].startswith("Notes on the Conversation of Comrade N.S.")
    assert source.body == "N. S. Khrushchev: I have read your speech.\n"


@pytest.mark.parametrize("text", [
    "Premier Zhou: Three points.\n\nPremier Kim: Agreed.\n\nSummary: all agreed.\n\n"
    "Premier Zhou: Good.\n",
    "June 2, 1975\n\nCable from Moscow\n\nSUMMARY: Gromyko agrees. END SUMMARY.\n\n"
    "1. Gromyko began.\n",
])
def test_one_label_alone_is_a_paragraph_of_the_text(text: str):
    """`Summary:` alone (a cable's `SUMMARY: ... END SUMMARY.`) is text, not the archive's
    PDF export, which has several labels: everything before it became the title."""
    source = read(text)
    assert source.layout != "pdf-export"
    assert source.body.startswith(("Premier Zhou: Three", "SUMMARY: Gromyko"))


def test_a_label_given_twice_keeps_both_values():
    """A second `Summary:` adds to the first instead of overwriting it."""
    source = read("1961\n\nMinutes\n\n**Citation:**\n\nA citation.\n\n**Summary:**\n\n"
                  "First.\n\n**Summary:**\n\nSecond.\n\n**Contents:**\n\n"
                  "* English Translation\n\nZhou: Good.\n")
    assert source.fields["summary"] == "First.\n\nSecond."
    assert source.body == "Zhou: Good.\n"


def test_an_empty_trailer_field_does_not_take_the_next_value():
    """An empty `Original Uploaded Date` (or `Record ID`) leaves the type after it to be read
    as the type, where it was dropped (two of the corpus's three whole pages)."""
    text = ("July 16, 1965\n\nA Discussion\n\nMao: Yes.\n\nDocument Information\n\n"
            "Original Uploaded Date\n\n\n\nMeeting Minutes\n\n\nRecord ID\n")
    source = read(text)
    assert source.fields["type"] == "Meeting Minutes" and "uploaded" not in source.fields
    assert source.warnings == ("catalogue fields not found: citation, summary",)


@pytest.mark.parametrize("cut", ["Docu", "Document Inf", "Associated Pe"])
def test_a_trailer_heading_cut_off_ends_the_body_after_the_summary(cut: str):
    """A page cut off inside its first trailer heading (`Docu`): the summary before it was
    the last turn's speech, and the cut word a paragraph of it. The cut heading begins the
    trailer as a whole one does; the summary is the abstract, and neither is body text."""
    text = ("October 26, 1962\n\nTelegram from Alekseev\n\nF. Castro said that an attack "
            "is inevitable.\n\nI told him that we are doing everything possible.\n\n"
            "F. Castro answered that he agrees.\n\nSoviet Ambassador Alekseev reports on his "
            "meeting with Fidel Castro.\n\n\n" + cut)
    source = read(text)
    assert source.fields["summary"] == ("Soviet Ambassador Alekseev reports on his meeting "
                                        "with Fidel Castro.")
    assert source.body.endswith("F. Castro answered that he agrees.\n")
    assert "type" not in source.fields and source.warnings == (
        "catalogue fields not found: citation",)
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    tree = pipeline.convert(text).tree
    assert [sp.get("who") for sp in tree.iterfind(".//t:sp", ns)] == ["#fidel-castro"] * 2


def test_an_old_snapshots_summary_again_before_the_trailer_is_no_body_text():
    """An old snapshot gives its summary before the text and again before `Document
    Information`: the second was the body's last paragraph (a turn's, in a body of turns)."""
    text = SNAPSHOT + (
        "\nTranscription of a meeting in Moscow between Khrushchev and Ulbricht.\n\n\n"
        "Document Information\n\n\nSAPMO-BArch, DY 30/3507.\n")
    source = read(text)
    assert source.body == "N. S. Khrushchev: I have read your speech.\n"
    assert source.fields["summary"] == ("Transcription of a meeting in Moscow between "
                                        "Khrushchev and Ulbricht.")


@pytest.mark.parametrize("ending", [
    "Please give instructions.\n\nEmbassy in Vietnam\n\n17 June 1954, 8 p.m.",
    "Please keep this confidential.\n\nHanoi, 17 June 1954",
    "Please keep this confidential.\n\nEverhartz\n\nAmbassador",
    "Comrade Van: Foreign affairs.\n\nComrade Hem: [The] accounts are still not settled.",
])
def test_a_page_with_no_summary_keeps_its_last_paragraph(ending: str):
    """A page with no summary before `Document Information` ends its text with a dateline, a
    signature's post line or a turn: that paragraph is the body's, no abstract (it was lost
    from the body, and the text export no longer gave back the source)."""
    from pipeline.export.text import body_text
    text = ("June 17, 1954\n\nCable from the Chinese Embassy in Hanoi\n\nChairman Ho said "
            "that the Politburo had discussed the situation.\n\n" + ending + "\n\n\n"
            "Document Information\n\nSource\n\nPRC FMA 206-Y0050.\n")
    source = read(text)
    assert "summary" not in source.fields
    assert source.body.endswith(ending + "\n")
    tree = pipeline.convert(text).tree
    assert body_text(tree) == source.body
    assert not tree.xpath("//t:abstract", namespaces={"t": "http://www.tei-c.org/ns/1.0"})


@pytest.mark.parametrize("rights", [
    "The History and Public Policy Program welcomes reuse of Digital Archive materials.\n\n"
    "To enqui",
    "The History and Public Policy Program welcomes reuse of Digital Archive materials.\n\n"
    "Some documents may b",
    "The Hist",
])
def test_a_page_cut_off_in_its_rights_statement_has_no_type(rights: str):
    """A page cut off in its rights statement (`To enqui`), or whose statement goes on in a
    paragraph of its own (`Some documents may b`), gave that piece as the archive's type
    (`classCode`): the type is only ever the `Type` value after the statement's fields."""
    text = ("March 18, 1969\n\nInformation on the Border Incident\n\nThe Chinese side "
            "attacked the island.\n\nThe CPSU CC informs the fraternal parties.\n\n\n"
            "Document Information\n\n\nSAPMO-BArch, DY 30/J IV 2/202/359.\n\n\n" + rights)
    source = read(text)
    assert "type" not in source.fields
    assert source.fields["rights"].endswith(rights.split("\n\n")[-1])
    assert source.fields["summary"] == "The CPSU CC informs the fraternal parties."
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert not pipeline.convert(text).tree.xpath("//t:classCode", namespaces=ns)


def test_a_paragraph_after_a_trailer_heading_that_is_no_field_is_warned_of():
    """The first trailer heading (`Related Documents`) ends the body; what follows it and is
    no catalogue field is left out with a warning that names its line, not silently."""
    text = ("April 3, 1957\n\nA Cable\n\nWe agree.\n\nRelated Documents\n\n"
            "The Premier said that the cables were received and read with care.\n")
    source = read(text)
    assert source.body == "We agree.\n"
    assert any(warning.startswith("line 9: after the page's trailer heading, a paragraph "
                                  "that is no catalogue field is left out: 'The Premier said")
               for warning in source.warnings)


@pytest.mark.parametrize("indent", ["\t", "    "])
def test_indented_body_paragraphs_are_body(indent: str):
    """Paragraphs indented after the title are the body, every one of them: only an indented
    block before the title, holding the citation or the date, is a snapshot's summary (the
    second and later indented paragraphs were dropped)."""
    text = (f"October 6, 1956\n\nNote from N. Khrushchev\n\n{indent}I am reporting.\n\n"
            f"{indent}As I have already reported, Com. Tito told me.\n\nIt lasted two hours.\n")
    source = read(text)
    assert source.fields["title"] == "Note from N. Khrushchev" and "summary" not in source.fields
    assert source.body == text[text.index(indent + "I am"):]


def test_a_snapshot_summary_over_two_lines_is_kept_whole():
    """Each line of a snapshot's indented block goes into its field, none is dropped."""
    source = read("August 01, 1961\n\n\n    A meeting in Moscow\n    between two leaders.\n"
                  "    August 01, 1961\nNotes on the Conversation\n\nKhrushchev: Yes.\n")
    assert source.fields["summary"] == "A meeting in Moscow between two leaders."
    assert source.fields["title"] == "Notes on the Conversation"


def test_anything_else_is_all_body_with_a_warning():
    """A text without catalogue fields is converted whole, and the warning says so."""
    source = read("Nehru: Yes.\n\nZhou: No.\n")
    assert source.layout == "plain" and source.body == "Nehru: Yes.\n\nZhou: No.\n"
    assert any("no catalogue fields" in w for w in source.warnings)


@pytest.mark.parametrize("data, encoding", [
    ("Zhou: \u201cYes\u201d\u2026\u00a0".encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + "Zhou: \u201cYes\u201d".encode("utf-8"), "utf-8-sig"),
    ("Zhou: \u201cYes\u201d".encode("utf-16"), "utf-16"),
    # UTF-32 with its mark (it was read as UTF-16 and refused for a NUL)
    ("Zhou: \u201cYes\u201d".encode("utf-32"), "utf-32"),
    ("Zhou: \u201cYes\u201d".encode("utf-32-be").join([b"\x00\x00\xfe\xff", b""]), "utf-32"),
])
def test_encodings_are_read_and_characters_kept(data: bytes, encoding: str):
    """UTF-8 with or without BOM and UTF-16 with BOM: smart quotes, ellipsis, NBSP all kept."""
    source = read(data)
    assert source.encoding == encoding
    assert source.body.startswith("Zhou: \u201cYes\u201d")


def test_crlf_is_recorded_and_normalized():
    """CRLF line ends are read as LF (as XML does) and the convention is remembered."""
    source = read(b"Nehru: Yes.\r\n\r\nZhou: No.\r\n")
    assert source.newline == "\r\n" and source.body == "Nehru: Yes.\n\nZhou: No.\n"


def test_pdf_export_with_values_beside_their_labels():
    """`Citation: "..."` on one line works too, and a body line `Contents: ...` is not a label."""
    text = ("July 11, 1961\nMinutes of Conversation\n\n"
            "Citation: \"Minutes\", July 11, 1961, Wilson Center Digital Archive, PRC FMA 1, 1-2.\n\n"
            "Summary: They talk.\n\nContents: Translation - English\n\n"
            "Zhou: Hello.\n\nSummary: this line is in the body.\n")
    source = read(text)
    assert (source.fields["title"], source.fields["date"]) == ("Minutes of Conversation",
                                                              "July 11, 1961")
    assert source.fields["summary"] == "They talk."
    assert source.fields["contents"] == "Translation - English"
    assert source.body == "Zhou: Hello.\n\nSummary: this line is in the body.\n"


@pytest.mark.parametrize("source, archival, pages", [
    ("PRC FMA 204-00007-04, 33. Obtained by Chen Jian and translated by 7Brands.",
     "PRC FMA 204-00007-04", "33"),
    ("APRF: F. 39, Op. 1, D. 31, L. 34. Reprinted in Andrei Ledovskii, ed.",
     "APRF: F. 39, Op. 1, D. 31, L. 34", None),
    ('CWIHP Working Paper 22, "77 Conversations."', None, None),   # a publication, no shelf mark
    # Abbreviations inside the reference are not its end (it was cut at `Vol`).
    ("FRUS, 1961-1963, Vol. XIV, Doc. 32. Translated by Hope M. Harrison.",
     "FRUS, 1961-1963, Vol. XIV, Doc. 32", None),
    ("SAPMO-BArch, DY 30/3386, Bl. 1-4, No. 5. Obtained by Hope Harrison.",
     "SAPMO-BArch, DY 30/3386, Bl. 1-4, No. 5", None),
    # the leaves of a Russian or Romanian file (`f.` is the fond, not a leaf)
    ("AVPRF, f. 0102, op. 17, d. 5, ll. 81-83. Translated by Sergey Radchenko.",
     "AVPRF, f. 0102, op. 17, d. 5", "ll. 81-83"),
    ("ANIC, fond CC of RCP, dosar 12/1965, fl. 1-9. Obtained by Mircea Munteanu.",
     "ANIC, fond CC of RCP, dosar 12/1965", "fl. 1-9"),
    # a reference of more than 80 characters, its parts short (it was dropped)
    ("Archive of Foreign Policy of the Russian Federation (AVPRF), f. 102, op. 51, d. 14, ll. "
     "3-6. Obtained by Sergey Radchenko.",
     "Archive of Foreign Policy of the Russian Federation (AVPRF), f. 102, op. 51, d. 14",
     "ll. 3-6"),
    ("National Archives, RG 59, Central Foreign Policy Files 1967-69, POL 33-6 KOR N-US, Box "
     "2263. Obtained by Mitchell Lerner.",
     "National Archives, RG 59, Central Foreign Policy Files 1967-69, POL 33-6 KOR N-US, Box "
     "2263", None),
    # a sentence, a part of it long, and a publication with its imprint are no shelf mark
    ("These minutes were found in the papers of the Ministry of Foreign Affairs in Moscow in "
     "1992, in a file of cables. Translated by Gary Goldberg.", None, None),
    # (the pages after its imprint are its pages: they were dropped with the shelf mark)
    ("Jianguo yilai Mao Zedong wengao, vol. 13 (Beijing: Zhongyang wenxian chubanshe, 1998), "
     "163-187. Translated by Chen Jian.", None, "163-187"),
    ("Mao Zedong wenji, vol. 7 (Beijing: Renmin chubanshe, 1999), pp. 414-421. Translated by "
     "Chen Jian.", None, "pp. 414-421"),
    # a bare number after abbreviations in capitals alone is the file (it was a page)
    ("AAN, KC PZPR, 1829. Translated by L.W. Gluchowski.", "AAN, KC PZPR, 1829", None),
    # a year ending the reference is the file's, no page (it was page 1967); with `p.` a page
    ("Arhiv Jugoslavije, KPR I-3-a/UAR, 1967. Translated by Milorad Lazi\u0107.",
     "Arhiv Jugoslavije, KPR I-3-a/UAR, 1967", None),
    ("Arhiv Jugoslavije, KPR I-3-a/UAR, p. 1967. Translated by Milorad Lazi\u0107.",
     "Arhiv Jugoslavije, KPR I-3-a/UAR", "p. 1967"),
    # two numbers no pages are, the second smaller or with leading zeros: a file's number
    # (it was pages 2013 to 32)
    ("Diplomatic Archives, 2013-0032. Translated by Jihoon Yoo.",
     "Diplomatic Archives, 2013-0032", None),
    ("Diplomatic Archives, 2013-14. Translated by Jihoon Yoo.",
     "Diplomatic Archives, 2013-14", None),
    ("Diplomatic Archives, 12-15. Translated by Jihoon Yoo.", "Diplomatic Archives", "12-15"),
    # a comma between two figures separates thousands (it was page 588 of `Folder 1`)
    ("Archive of the Romanian Ministry of Foreign Affairs, Matter 220/Year 1972/Country: North "
     "Korea, Folder 1,588. Translated by Eliza Gheorghe.",
     "Archive of the Romanian Ministry of Foreign Affairs, Matter 220/Year 1972/Country: North "
     "Korea, Folder 1,588", None),
])
def test_a_pages_source_field_gives_its_archival_reference(source, archival, pages):
    """A web page's Source field begins with the archival reference (no archive's name before
    it, as a citation has): it was not found, and a translator named with a digit first
    (`7Brands`, a firm: an orgName) was dropped."""
    text = ("October 20, 1954\n\nA Meeting\n\nNehru: We agree.\n\nZhou: Good.\n\n"
            f"Zhou and Nehru talk.\n\nDocument Information\n\nSource\n\n{source}\n")
    fields = read(text).fields
    assert (fields.get("archival"), fields.get("pages")) == (archival, pages)
    if "7Brands" in source:
        tree = pipeline.convert(text).tree
        assert tree.xpath("//t:respStmt[@xml:id='translator']/t:orgName/text()",
                          namespaces={"t": "http://www.tei-c.org/ns/1.0"}) == ["7Brands"]


def test_a_source_field_with_its_label_in_the_paragraph() -> None:
    """`Source: Národní archiv, ...` under `Document Information`: the label is no part of the
    citation (it stayed inside the archival idno)."""
    text = ("October 20, 1954\n\nA Meeting\n\nZhou: Good.\n\nDocument Information\n\n"
            "Source: Národní archiv, Archiv ÚV KSČ, f. 02/1, sv. 77, a.j. 120. Translated by "
            "Mark Kramer.\n\nRecord ID: 111863\n")
    fields = read(text).fields
    assert fields["citation"] == ("Národní archiv, Archiv ÚV KSČ, f. 02/1, sv. 77, a.j. 120. "
                                  "Translated by Mark Kramer.")
    assert fields["archival"] == "Národní archiv, Archiv ÚV KSČ, f. 02/1, sv. 77, a.j. 120"
    assert fields["record_id"] == "111863"


def test_a_credits_line_without_its_subject() -> None:
    """`Made possible with support from ...` (without `This document was`) names the funder;
    it was the body's first paragraph."""
    text = ("October 31, 1956\n\nWorking Notes\n\nMade possible with support from the "
            "Hungarian Academy of Sciences.\n\nKhrushchev: We act.\n")
    source = read(text)
    assert source.fields["credits"] == "the Hungarian Academy of Sciences."
    assert source.body == "Khrushchev: We act.\n"
    funders = pipeline.convert(text).tree.xpath(
        "//t:titleStmt/t:funder/text()", namespaces={"t": "http://www.tei-c.org/ns/1.0"})
    assert funders == ["Hungarian Academy of Sciences"]


@pytest.mark.parametrize("citation, translators", [
    ("AVPRF, f. 0102, op. 17. Translated by Hope M. Harrison.", "Hope M. Harrison"),
    ("AVPRF, f. 0102. Translated by James G. Hershberg and L.W. Gluchowski for CWIHP.",
     "James G. Hershberg and L.W. Gluchowski for CWIHP"),
    ("Translated by Qiang Zhai. Obtained by A. B.", "Qiang Zhai"),
])
def test_translators_named_with_initials_are_read_whole(citation: str, translators: str) -> None:
    """An initial's full stop does not end the translators' names (`Hope M` was the name, and
    `L.W. Gluchowski` after `and` was lost)."""
    text = (f"October 20, 1954\n\nA Meeting\n\nZhou: Good.\n\nDocument Information"
            f"\n\nSource\n\n{citation}\n")
    assert read(text).fields["translated_by"] == translators


@pytest.mark.parametrize("citation, translators", [
    ("AVPRF, f. 0102. Translated by Caixia Lu.", "Caixia Lu"),
    ("Translated by Wu Li. Obtained by A. B.", "Wu Li"),
    ("Translated by Jae Ho and Kim Ok.", "Jae Ho and Kim Ok"),
    ("Translated by Jae Ho. <https://digitalarchive.wilsoncenter.org/document/1>", "Jae Ho"),
    # a two-letter initial before the surname, and one without a vowel, stay the name's
    ("Translated by Sergey Yu. Radchenko.", "Sergey Yu. Radchenko"),
    ("Translated by Iu. Kudriashov.", "Iu. Kudriashov"),
    ("Translated by John Smith Jr.", "John Smith Jr."),
])
def test_a_two_letter_surname_ending_the_credit(citation: str, translators: str) -> None:
    """A last name word of two letters with a vowel ending the credit's sentence is a name's,
    the stop the sentence's: `Translated by Caixia Lu.` gave `Caixia Lu.`, read as an
    initial."""
    text = f"October 20, 1954\n\nA Meeting\n\nZhou: Good.\n\nDocument Information\n\nSource\n\n{citation}\n"
    assert read(text).fields["translated_by"] == translators


def test_a_two_letter_surname_ending_a_credit_in_the_header() -> None:
    """The translator's and the obtainer's persName end before the sentence's stop (`Caixia
    Lu.`, `Kim Ok.` were the names), in the respStmt and the citation's bibl."""
    result = pipeline.convert(
        '**July 11, 1961**\n\n**Citation:**\n\n"Report", July 11, 1961, Archive. Translated '
        "by Caixia Lu. Obtained by Kim Ok.\n\n**Summary:**\n\nA meeting.\n\n"
        "**Original Language:**\n\nKorean\n\n**Contents:**\n\n* English Translation\n\n"
        "Premier Zhou: Good.\n")
    names = result.tree.xpath("//t:persName/text()",
                              namespaces={"t": "http://www.tei-c.org/ns/1.0"})
    assert "Caixia Lu" in names and "Kim Ok" in names
    assert not [name for name in names if name.endswith(".")]
    assert [str(p) for p in validate(result.tree)] == []


@pytest.mark.parametrize("reference, bibl", [
    # a publication: its quoted title is no shelf mark, and the translator after it was
    # swallowed into the idno
    ('CWIHP Working Paper 22, "77 Conversations." Translated by Qiang Zhai.',
     'CWIHP Working Paper 22, "77 Conversations." Translated by <persName>Qiang Zhai</persName>.'),
    # a bare number after a fonds is the file (it was a page), a range after a file the pages
    ("SAPMO-BA, DY 30, 2460. Translated for NKIDP by Bernd Schaefer.",
     '<idno type="archival">SAPMO-BA, DY 30, 2460</idno>. Translated for NKIDP by '
     '<persName>Bernd Schaefer</persName>.'),
    ("SAPMO-BArch, DY 30/3386, 112-118. Translated by Hope M. Harrison.",
     '<idno type="archival">SAPMO-BArch, DY 30/3386</idno>, <biblScope unit="page" from="112" '
     'to="118">112-118</biblScope>. Translated by <persName>Hope M. Harrison</persName>.'),
])
def test_a_citations_reference_after_the_archive(reference: str, bibl: str) -> None:
    """What follows the archive's name in a citation: a shelf mark (idno), its pages
    (biblScope) and the translators, or a publication, which is no shelf mark."""
    text = ("**April 13, 1968**\n**Discussion**\n\n**Citation:**\n\n\"Discussion\", April 13, "
            f"1968, Wilson Center Digital Archive, {reference} "
            "<https://digitalarchive.wilsoncenter.org/document/113040>\n\n**Summary:**\n\nTalks."
            "\n\n**Contents:**\n\nTranslation - English\n\nZhou Enlai: We were not informed.\n")
    found = pipeline.convert(text).tree.find(".//{http://www.tei-c.org/ns/1.0}sourceDesc/"
                                             "{http://www.tei-c.org/ns/1.0}bibl")
    written = etree.tostring(found, encoding="unicode").replace(
        ' xmlns="http://www.tei-c.org/ns/1.0"', "")
    assert (f'<publisher>Wilson Center Digital Archive</publisher>, {bibl}<ptr target='
            in written)


def _bibl_and_translators(citation: str) -> tuple[str, list[str]]:
    """The bibl of a web page whose Source field is `citation`, and its translators' names
    with their elements."""
    text = ("October 20, 1954\n\nA Meeting\n\nZhou: Good.\n\nDocument Information\n\n"
            f"Source\n\n{citation}\n")
    tree = pipeline.convert(text).tree
    assert [str(problem) for problem in validate(tree)] == []
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    bibl = etree.tostring(tree.find(".//t:sourceDesc/t:bibl", ns), encoding="unicode")
    bibl = re.sub(r"\s*\n\s*", "", bibl.replace(' xmlns="http://www.tei-c.org/ns/1.0"', ""))
    stmt = tree.xpath("//t:respStmt[@xml:id='translator']", namespaces=ns)[0]
    return bibl, [f"{etree.QName(agent).localname}:{agent.text}" for agent in stmt[1:]]


def test_credits_after_a_comma_or_a_semicolon_end_the_reference_and_each_other() -> None:
    """A citation's credits parted by commas and semicolons, not full stops: the archival
    reference ended at the first full stop (it held every credit), and only the first
    translator was read (the second was lost, the first a person)."""
    bibl, translators = _bibl_and_translators(
        '"A Meeting," October 20, 1954, History and Public Policy Program Digital Archive, '
        "State Archive of the Ruritanian Republic, obtained and translated by ABC radio, copy "
        "provided by Anna Kowalska; translation by Piotr Nowak slightly revised")
    assert translators == ["orgName:ABC radio", "persName:Piotr Nowak"]
    assert bibl.endswith(
        '<idno type="archival">State Archive of the Ruritanian Republic</idno>, '
        "<respStmt><resp>obtained and translated by</resp><orgName>ABC radio</orgName>"
        "</respStmt>, <respStmt><resp>copy provided by</resp><persName>Anna Kowalska</persName>"
        "</respStmt>; translation by <persName>Piotr Nowak</persName> slightly revised</bibl>")


@pytest.mark.parametrize("citation, translator", [
    ("PRC FMA 105-00001-01, 5. Obtained by Li Ming and translated by 9Words.", "9Words"),
    ("AVPRF, f. 5, op. 30. Translated by Lingua Translation Services.",
     "Lingua Translation Services"),
    ("AVPRF, f. 5, op. 30. Translated by Polyglot Inc.", "Polyglot Inc"),  # (the stop ends it)
    ("AVPRF, f. 5, op. 30. Translated by NKIDP.", "NKIDP"),
    ("AVPRF, f. 5, op. 30. Translated by Foreign Broadcast Information Service.",
     "Foreign Broadcast Information Service"),
])
def test_a_translator_that_is_no_persons_name_is_an_organisation(citation, translator) -> None:
    """A translator with a digit, an acronym or a firm's word (`Inc.`, `Services`) is an
    orgName (a firm with a digit was a persName); who obtained the document is a respStmt
    of its own in the citation."""
    bibl, translators = _bibl_and_translators(citation)
    assert translators == [f"orgName:{translator}"]
    assert f"<orgName>{translator}</orgName>" in bibl
    if "Obtained" in citation:
        assert ("<respStmt><resp>Obtained by</resp><persName>Li Ming</persName></respStmt> "
                "and translated by") in bibl


def test_who_obtained_the_document_is_a_respstmt_with_the_article_as_printed() -> None:
    """`Obtained by the X Archive`: the body with its article in the respStmt, which holds no
    text of its own (the credit was text)."""
    bibl, _ = _bibl_and_translators("AVPRF, f. 5, op. 30. Obtained by the Ruritanian Archive.")
    assert ("<respStmt><resp>Obtained by</resp><orgName>the Ruritanian Archive</orgName>"
            "</respStmt>.</bibl>") in bibl


def test_leaves_of_an_archival_file_are_folios() -> None:
    """`ll. 81-83` is a biblScope of unit folio (it stayed in the archival idno), `pp. 12-15`
    one of unit page."""
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    for source, unit in (("AVPRF, f. 0102, op. 17, d. 5, ll. 81-83.", "folio"),
                         ("PRC FMA 204-00007-04, pp. 12-15.", "page")):
        text = ("October 20, 1954\n\nA Meeting\n\nZhou: Good.\n\nDocument Information\n\n"
                f"Source\n\n{source}\n")
        scope = pipeline.convert(text).tree.find(".//t:sourceDesc/t:bibl/t:biblScope", ns)
        assert (scope.get("unit"), scope.get("from")) == (unit, source.split()[-1][:2])


def test_a_document_written_in_english_declares_no_translation() -> None:
    """`Original Language: English` (a US memorandum): the header said `Translation into
    English` by `the translator` and `English (translation)`. Its square brackets are its
    editors'; the resp id they point to stays, naming them, and no export takes the
    placeholder for a person."""
    from pipeline.export._common import records

    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    text = ("**October 24, 1973**\n**Memorandum of Conversation**\n\n**Summary:**\n\nThey talk."
            "\n\n**Original Language:**\n\nEnglish\n\n**Contents:**\n\nTranslation - English\n\n"
            "Kissinger: We [the United States] agree.\n\nDobrynin: Good.\n")
    tree = pipeline.convert(text).tree
    assert tree.xpath("//t:langUsage/t:language/text()", namespaces=ns) == ["English"]
    stmt = tree.xpath("//t:respStmt[@xml:id='translator']", namespaces=ns)[0]
    assert [child.text for child in stmt] == ["Insertions in square brackets", "the editors"]
    assert "Translation into English" not in etree.tostring(tree, encoding="unicode")
    assert records([(Path("memo.xml"), tree)])[0].translators == ()
    # translated documents keep their declaration
    translated = pipeline.convert(text.replace("\n\nEnglish\n\n", "\n\nRussian\n\n")).tree
    assert translated.xpath("//t:langUsage/t:language/text()", namespaces=ns) == [
        "Russian (original)", "English (translation)"]


@pytest.mark.parametrize("line, when", [
    ("Oct. 26, 1962", "1962-10-26"), ("26 Oct. 1962", "1962-10-26"),
    ("Sept. 5, 1961", "1961-09-05"), ("**Sep. 5, 1961**", "1961-09-05"),
    ("14 Feb 1984", "1984-02-14"), ("Dec. 1961", "1961-12"),
])
def test_a_date_line_may_abbreviate_its_month(line: str, when: str) -> None:
    """`Oct. 26, 1962` is the page's date line, as `October 26, 1962` is: it was the title's
    first words, and the document had no date."""
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    text = f"{line}\n\nLetter from Khrushchev\n\nDear Comrade,\n\nWe agree.\n"
    source = read(text)
    assert (source.fields["date"], source.fields["title"]) == (line, "Letter from Khrushchev")
    tree = pipeline.convert(text).tree
    assert tree.xpath("//t:creation/t:date/@when", namespaces=ns) == [when]


@pytest.mark.parametrize("line", ["Decree 1962", "Jan Masaryk 1948", "Octo. 26, 1962",
                                  "Marchfeld, 1962"])
def test_a_word_that_begins_as_a_month_is_no_date_line(line: str) -> None:
    """Only a month's name or its abbreviation, whole, makes a date line."""
    assert DATE_LINE.match(line) is None


@pytest.mark.parametrize("citation", [
    "Archive of the Council of State, Havana, Cuba. Translated from Spanish by Tanya Harmer.",
    "Archive of the Council of State, Havana, Cuba. Translated by Tanya Harmer from Spanish.",
    "Archive of the Council of State. Translated by Tanya Harmer from the Spanish original."])
def test_the_language_a_citation_says_it_was_translated_from_is_the_original(citation):
    """A web page with no `Original Language:` whose source says `Translated from Spanish by
    Tanya Harmer` declared no `es`; after the name, `from Spanish` was read into it."""
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    text = ("March 14, 1977\n\nTranscript of Meeting\n\nCastro: We agree.\n\nMengistu: Good."
            f"\n\nSummary.\n\n\nDocument Information\n\n\n{citation}\n")
    tree = pipeline.convert(text).tree
    assert [(language.get("ident"), language.text)
            for language in tree.iterfind(".//t:langUsage/t:language", ns)] == [
        ("es", "Spanish (original)"), ("en", "English (translation)")]
    assert tree.xpath("//t:respStmt[@xml:id='translator']/t:persName/text()",
                      namespaces=ns) == ["Tanya Harmer"]
    # a language's word after the name's sentence is no such language
    tree = pipeline.convert(text.replace(citation, "Archive. Translated by Tanya Harmer. "
                                                   "Obtained from the Russian Archive.")).tree
    assert tree.xpath("//t:langUsage/t:language/@ident", namespaces=ns) == ["en"]


def test_the_old_sites_heading_equal_to_the_title_is_the_bodys() -> None:
    """The old site prints no title line: the title is the citation's, and a heading after
    `English HTML` that repeats it is the document's own first line, not the title read
    twice (it was left out of the body, and of the text export)."""
    heading = "Meeting between Stalin and Kim Il Sung"
    source = read(OLD_SITE.replace("English HTML\n\n", f"English HTML\n\n{heading}\n\n"))
    assert source.fields["title"] == heading
    assert source.body.startswith(f"{heading}\n\nStalin asks")
