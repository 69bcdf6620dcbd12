"""Bad input, one test per row of docs/bad-input.md: a one-line located message and exit 1,
or a warning and a lossless conversion; never a traceback, never a file left behind."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.export.text import body_text
from pipeline.read import read
from pipeline.xmlsafe import parse_untrusted

BAD = Path(__file__).parent / "fixtures" / "bad"
HOSTILE = Path(__file__).parent / "fixtures" / "invalid"
TOOL = Path(sys.executable).parent / "tei-pipeline"


def located(name: str, line: bool = True) -> re.Pattern:
    """`NAME:line[:col]: message` (the line optional for whole-file problems), one line."""
    where = r":\d+(?::\d+)?" if line else r"(?::\d+(?::\d+)?)?"
    return re.compile(rf"^{re.escape(name)}{where}: \S.*$")


def convert_file(tmp_path: Path, fixture: str | None = None, data: bytes | None = None,
                 name: str | None = None):
    """Copy a fixture (or write `data`) into tmp_path/in and convert it into tmp_path/out."""
    src_dir, out_dir = tmp_path / "in", tmp_path / "out"
    src_dir.mkdir(exist_ok=True)
    out_dir.mkdir(exist_ok=True)
    src = src_dir / (name or fixture)
    if fixture is not None:
        shutil.copyfile(BAD / fixture, src)
    else:
        src.write_bytes(data)
    target = out_dir / f"{src.stem}.xml"
    result = CliRunner().invoke(main, ["convert", str(src), "-o", str(target)])
    return result, src, target, out_dir


def assert_refused(result, src: Path, out_dir: Path, what: str, line: bool = True) -> str:
    """Exit 1, one located line on stderr that says `what`, no traceback, nothing written."""
    assert result.exit_code == 1, (result.exit_code, result.stderr, result.exception)
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert located(str(src), line).match(lines[0]), lines[0]
    assert re.search(what, lines[0]), lines[0]
    assert "Traceback" not in result.output + result.stderr
    assert list(out_dir.iterdir()) == []
    return lines[0]


def assert_converted(result, src: Path, target: Path, out_dir: Path, warning: str | None):
    """Exit 0, the expected warning, one complete output whose text export is the source body."""
    assert result.exit_code == 0, (result.stderr, result.exception)
    assert "Traceback" not in result.stderr
    if warning is not None:
        assert re.search(rf"^{re.escape(str(src))}: warning: .*{warning}", result.stderr,
                         re.MULTILINE), result.stderr
    assert sorted(p.name for p in out_dir.iterdir()) == [target.name]  # no .part left
    tree = parse_untrusted(target.read_bytes(), str(target))
    assert body_text(tree) == read(src.read_bytes()).body
    return tree


@pytest.mark.parametrize("fixture", ["empty.txt", "whitespace-only.txt"])
def test_empty_input_is_refused(tmp_path, fixture):
    """An empty or whitespace-only file says there is nothing to convert, and writes nothing."""
    result, src, _, out_dir = convert_file(tmp_path, fixture)
    assert_refused(result, src, out_dir, "empty")


@pytest.mark.parametrize("fixture, what", [
    ("png-image.txt", "a PNG image, not a text file"),
    ("pdf-document.txt", "a PDF file, not a text file"),
    ("zip-archive.txt", "a zip archive"),
    ("random-bytes.txt", "binary data, not text"),
])
def test_binary_input_is_refused(tmp_path, fixture, what):
    """Images, PDFs, archives and random bytes are named for what they are and refused."""
    result, src, _, out_dir = convert_file(tmp_path, fixture)
    assert_refused(result, src, out_dir, what)


def test_utf16_without_bom_is_read_with_a_warning(tmp_path):
    """UTF-16 without a byte-order mark is recognised, said so, and converted losslessly."""
    result, src, target, out_dir = convert_file(tmp_path, "utf16-without-bom.txt")
    tree = assert_converted(result, src, target, out_dir, "no byte-order mark; read as UTF-16-LE")
    assert "Premier Zhou" in body_text(tree)


def test_legacy_single_byte_text_is_read_as_windows_1252(tmp_path):
    """Text that is not UTF-8 is read as windows-1252, with a warning that says where."""
    result, src, target, out_dir = convert_file(tmp_path, "windows-1252.txt")
    tree = assert_converted(result, src, target, out_dir,
                            r"not valid UTF-8 \(line 1, column \d+\); read as windows-1252")
    assert "caf\u00e9 \u201cquestion\u201d \u2013 it is settled\u2026" in body_text(tree)


def test_utf8_with_a_pasted_legacy_byte_keeps_its_utf8(tmp_path):
    """A stray windows-1252 byte in a UTF-8 text does not turn the rest into mojibake."""
    result, src, target, out_dir = convert_file(tmp_path, "utf8-with-legacy-byte.txt")
    tree = assert_converted(result, src, target, out_dir, r"line 1, column \d+.*windows-1252")
    assert "Na\u00efve \u201cplans\u201d \u201creally\u201d." in body_text(tree)


def test_control_character_is_refused_at_its_place(tmp_path):
    """A control character illegal in XML 1.0 is refused with its line, column and code."""
    result, src, _, out_dir = convert_file(tmp_path, "control-character.txt")
    line = assert_refused(result, src, out_dir, "control character U\\+0007 cannot appear in XML")
    assert line.startswith(f"{src}:2:17: ")


def test_lone_surrogate_is_refused_at_its_place(tmp_path):
    """A UTF-8-encoded lone surrogate is refused, not decoded as mojibake."""
    result, src, _, out_dir = convert_file(tmp_path, "lone-surrogate.txt")
    line = assert_refused(result, src, out_dir, "lone surrogate")
    assert line.startswith(f"{src}:1:24: ")


def test_unbalanced_brackets_are_kept_and_warned(tmp_path):
    """`[North Korea` and `(to Comrade Fang Yi` stay as unmatched punctuation, losslessly."""
    result, src, target, out_dir = convert_file(tmp_path, "unbalanced-brackets.txt")
    tree = assert_converted(result, src, target, out_dir, "unmatched \u201c\\[\u201d")
    assert "unmatched \u201c(\u201d" in result.stderr
    unmatched = tree.getroot().iterfind(".//{http://www.tei-c.org/ns/1.0}pc[@type='unmatched']")
    assert sorted(pc.text for pc in unmatched) == ["(", "["]


def test_nested_and_doubled_brackets_convert_losslessly(tmp_path):
    """Nested `[a [b] c]`, doubled `[[x?]]` and crossed `[a (b] c)` brackets lose nothing."""
    result, src, target, out_dir = convert_file(tmp_path, "nested-brackets.txt")
    assert_converted(result, src, target, out_dir, None)


def test_speaker_label_without_speech_is_warned(tmp_path):
    """A label with no speech after it converts with a warning naming the label."""
    result, src, target, out_dir = convert_file(tmp_path, "label-without-speech.txt")
    assert_converted(result, src, target, out_dir, "no speech after it")


def test_same_label_a_thousand_times_converts_quickly(tmp_path):
    """A thousand turns by one speaker convert in seconds and losslessly."""
    data = "".join(f"Premier Zhou [Enlai]: Point {n}.\n\n" for n in range(1000)).encode()
    started = time.monotonic()
    result, src, target, out_dir = convert_file(tmp_path, data=data, name="thousand.txt")
    assert time.monotonic() - started < 30
    tree = assert_converted(result, src, target, out_dir, None)
    assert len(tree.getroot().findall(".//{http://www.tei-c.org/ns/1.0}sp")) == 1000


def test_ten_megabyte_line_is_refused_quickly(tmp_path):
    """A single 10 MB line is refused within seconds with its length, not converted for hours."""
    data = b"Premier Zhou said that the [North] Korean comrades are good. " * 170_000
    assert len(data) > 10_000_000
    started = time.monotonic()
    result, src, _, out_dir = convert_file(tmp_path, data=data, name="one-line.txt")
    assert time.monotonic() - started < 30
    assert_refused(result, src, out_dir, "characters long, more than the 1,000,000 accepted")


def test_a_paragraph_too_long_for_xml_readers_is_refused(tmp_path):
    """Eleven megabytes of lines without a blank line or markup: convert wrote a TEI whose one
    text node libxml2 refuses to read (validate and export said it was not well-formed); it
    is refused with the line where the stretch begins."""
    line = " ".join(["word"] * 200)
    data = ("Title line\n\n" + "\n".join([line] * 11_000) + "\n\nPremier Zhou: Fine.\n").encode()
    result, src, _, out_dir = convert_file(tmp_path, data=data, name="long.txt")
    assert_refused(result, src, out_dir, "bytes of text without markup from here on, more "
                   "than the 10,000,000 that XML tools read in one piece")
    assert result.stderr.startswith(f"{src}:3: ")


def test_header_fields_without_body_are_refused(tmp_path):
    """A file of catalogue fields only says there is no text to convert."""
    result, src, _, out_dir = convert_file(tmp_path, "header-only.txt")
    assert_refused(result, src, out_dir, "catalogue fields but no text")


def test_folder_given_as_source_is_refused(tmp_path):
    """A folder where a file is expected is named as a folder."""
    folder = tmp_path / "a-folder"
    folder.mkdir()
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    result = CliRunner().invoke(main, ["convert", str(folder), "-o", str(out_dir / "x.xml")])
    assert_refused(result, folder, out_dir, "this is a folder, not a file", line=False)


def test_missing_source_is_refused(tmp_path):
    """A path that does not exist says so."""
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    missing = tmp_path / "nowhere.txt"
    result = CliRunner().invoke(main, ["convert", str(missing), "-o", str(out_dir / "x.xml")])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"{missing}: no such file"
    assert list(out_dir.iterdir()) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_unwritable_output_folder_is_refused(tmp_path):
    """An output folder without write permission gives a message and leaves nothing."""
    src = tmp_path / "in.txt"
    shutil.copyfile(BAD / "nested-brackets.txt", src)
    out_dir = tmp_path / "locked"
    out_dir.mkdir()
    out_dir.chmod(0o500)
    try:
        result = CliRunner().invoke(main, ["convert", str(src), "-o", str(out_dir / "x.xml")])
        assert result.exit_code == 1
        assert re.fullmatch(rf"{re.escape(str(out_dir / 'x.xml'))}: cannot write here: .+",
                            result.stderr.strip())
        assert list(out_dir.iterdir()) == []
    finally:
        out_dir.chmod(0o700)


def test_output_inside_missing_folder_is_refused(tmp_path):
    """An output path whose folder does not exist says which folder, and creates nothing."""
    src = tmp_path / "in.txt"
    shutil.copyfile(BAD / "nested-brackets.txt", src)
    target = tmp_path / "no-such-folder" / "x.xml"
    result = CliRunner().invoke(main, ["convert", str(src), "-o", str(target)])
    assert result.exit_code == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last == f"{target}: cannot write: the folder {str(target.parent)!r} does not exist"
    assert not target.parent.exists()


def test_failed_rename_leaves_no_part_file(tmp_path, monkeypatch):
    """When the final rename fails (disk full, target busy) the `.part` file is removed."""
    def refuse(*args):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, "replace", refuse)
    result, src, target, out_dir = convert_file(tmp_path, "nested-brackets.txt")
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1] == f"{target}: cannot write: No space left on device"
    assert list(out_dir.iterdir()) == []


def test_output_equal_to_input_is_refused(tmp_path):
    """Converting a file onto itself is refused and the source is left untouched."""
    src = tmp_path / "same.txt"
    shutil.copyfile(BAD / "nested-brackets.txt", src)
    before = src.read_bytes()
    result = CliRunner().invoke(main, ["convert", str(src), "-o", str(src)])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"{src}: the output would overwrite the input; choose another -o"
    assert src.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["same.txt"]


def test_output_file_is_readable_like_any_other(tmp_path):
    """Outputs get the umask's permissions, not the private 0600 of a temporary file."""
    result, src, target, out_dir = convert_file(tmp_path, "nested-brackets.txt")
    assert result.exit_code == 0
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


# -- through a real process: what a shell user sees --------------------------------------------

@pytest.mark.parametrize("fixture, what", [
    ("pdf-document.txt", "a PDF file, not a text file"),
    ("empty.txt", "empty"),
])
def test_refusal_in_a_real_process(tmp_path, fixture, what):
    """The installed command prints one located line on stderr, exits 1 and writes nothing."""
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    src = BAD / fixture
    done = subprocess.run([str(TOOL), "convert", str(src), "-o", str(out_dir / "x.xml")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert done.stdout == ""
    assert located(str(src)).match(done.stderr.strip()) and what in done.stderr
    assert list(out_dir.iterdir()) == []


def test_legacy_text_in_a_real_process_from_stdin(tmp_path):
    """Windows-1252 on standard input converts to standard output with a warning on stderr."""
    data = (BAD / "windows-1252.txt").read_bytes()
    done = subprocess.run([str(TOOL), "convert", "-"], input=data, capture_output=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert b"<stdin>: warning: the text is not valid UTF-8" in done.stderr
    assert b"Traceback" not in done.stderr
    tree = parse_untrusted(done.stdout, "<stdout>")
    assert body_text(tree) == read(data).body


# -- hostile XML given to validate and export ----------------------------------------------------

def _hostile(tmp_path: Path, doctype: str) -> Path:
    path = tmp_path / "hostile.xml"
    path.write_text(f'<?xml version="1.0"?>\n{doctype}\n'
                    '<TEI xmlns="http://www.tei-c.org/ns/1.0">&x;</TEI>\n')
    return path


@pytest.fixture
def fifo(tmp_path):
    """A named pipe nobody writes to: opening it for reading would block, so a hang (caught
    by the timeout) proves the file was read."""
    path = tmp_path / "secret.fifo"
    os.mkfifo(path)
    return path


@pytest.fixture
def listener():
    """A local TCP port that records whether anybody connected."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    server.setblocking(False)
    yield server
    server.close()


def _connected(server: socket.socket) -> bool:
    try:
        server.accept()[0].close()
    except BlockingIOError:
        return False
    return True


HOSTILE_CASES = {
    "billion-laughs": (lambda tmp, fifo, port: HOSTILE / "billion-laughs.xml",
                       "entity expansion bomb"),
    "external-entity-file": (lambda tmp, fifo, port: _hostile(
        tmp, f'<!DOCTYPE TEI [<!ENTITY x SYSTEM "file://{fifo}">]>'), "declares entities"),
    "external-dtd-file": (lambda tmp, fifo, port: _hostile(
        tmp, f'<!DOCTYPE TEI SYSTEM "file://{fifo}">'), "external file"),
    "parameter-entity": (lambda tmp, fifo, port: _hostile(
        tmp, f'<!DOCTYPE TEI [<!ENTITY % p SYSTEM "file://{fifo}"> %p;]>'), "refused"),
    "external-entity-network": (lambda tmp, fifo, port: _hostile(
        tmp, f'<!DOCTYPE TEI [<!ENTITY x SYSTEM "http://127.0.0.1:{port}/x">]>'),
        "declares entities"),
    "external-dtd-network": (lambda tmp, fifo, port: _hostile(
        tmp, f'<!DOCTYPE TEI SYSTEM "http://127.0.0.1:{port}/x.dtd">'), "external file"),
    "deep-nesting": (lambda tmp, fifo, port: HOSTILE / "deep-nesting.xml", "nested more than"),
}


@pytest.mark.parametrize("command", [["validate"], ["export", "text"]], ids=["validate", "export"])
@pytest.mark.parametrize("case", sorted(HOSTILE_CASES))
def test_hostile_xml_is_refused_fast_without_reading(tmp_path, fifo, listener, command, case):
    """Entity bombs, XXE, external DTDs and deep nesting are refused in well under a second,
    with a located message and exit 1, without opening the file or the URL they name."""
    make, why = HOSTILE_CASES[case]
    path = make(tmp_path, fifo, listener.getsockname()[1])
    out = tmp_path / "out.txt"
    args = [str(TOOL), *command, str(path)] + (["-o", str(out)] if command[0] == "export" else [])
    # Warm start: the command's import time is not the parser's; time the refusal itself.
    started = time.monotonic()
    done = subprocess.run(args, capture_output=True, text=True, timeout=20)
    elapsed = time.monotonic() - started
    said = done.stdout + done.stderr
    assert done.returncode == 1, said
    assert "Traceback" not in said
    assert re.search(rf"^{re.escape(str(path))}:\d+:\d+: refused: .*{why}", said, re.MULTILINE), said
    assert not _connected(listener)
    assert not out.exists() and not list(tmp_path.glob(".*.part"))
    assert elapsed < 5, f"{elapsed:.1f}s including interpreter start-up"


@pytest.mark.parametrize("case", sorted(HOSTILE_CASES))
def test_hostile_xml_parse_takes_well_under_a_second(tmp_path, listener, case):
    """In process, refusing each hostile document takes under half a second."""
    from pipeline.validate import validate_bytes
    make, why = HOSTILE_CASES[case]
    secret = tmp_path / "secret.txt"  # a plain file here: a FIFO would hang this process
    secret.write_text("SECRET")
    path = make(tmp_path, secret, listener.getsockname()[1])
    started = time.monotonic()
    problems = validate_bytes(path.read_bytes(), path=str(path))
    assert time.monotonic() - started < 0.5
    assert len(problems) == 1 and re.search(why, problems[0].message)
    assert "SECRET" not in problems[0].message



@pytest.mark.parametrize("depth, refused", [(256, False), (257, True)])
def test_our_depth_check_refuses_one_level_past_the_limit(depth, refused):
    """MAX_DEPTH levels pass our own check and one more is refused, whatever the libxml2 build
    (this one stops at 256 by itself, so the check is called on a tree built in memory)."""
    from lxml import etree

    from pipeline.errors import DocumentError
    from pipeline.xmlsafe import MAX_DEPTH, _refuse_depth

    assert depth - refused == MAX_DEPTH
    root = element = etree.Element("a")
    for _ in range(depth - 1):
        element = etree.SubElement(element, "b")
    try:
        _refuse_depth(etree.ElementTree(root), "deep.xml")
    except DocumentError as err:
        assert refused and f"nested more than {MAX_DEPTH}" in err.message
    else:
        assert not refused


# Values in the text that an attribute cannot hold as they are written: each converts to
# valid TEI with the text kept, the value given in ISO form or not given at all.
ODD_VALUES = [
    # a meeting past midnight: two times of day, not an inverted range
    ("Time: 10:30 p.m. to 1:15 a.m.\n\nChairman Mao: Sit down.\n",
     '<time from="22:30:00" to="01:15:00">'),
    # a date after the time, a weekday, the 24-hour clock, field names in capitals
    ("Time: 3:00 p.m. to 5:30 p.m., 8 October 1964\n\nChairman Mao: Welcome.\n",
     '<date when="1964-10-08">8 October 1964</date>'),
    ("Date: Saturday, 29 September 1962\n\nChairman Mao: Welcome.\n",
     '<date when="1962-09-29">29 September 1962</date>'),
    ("Time: 15:30-17:00, 12 May 1965\n\nChairman Mao: Welcome.\n",
     '<time from="15:30:00" to="17:00:00">15:30-17:00</time>'),
    ("DATE AND TIME: Tuesday, February 22, 1972, 2:10 p.m. - 6:00 p.m.\n\nPLACE: Great Hall "
     "of the People, Peking\n\nChairman Mao: Welcome.\n",
     '<placeName>Great Hall of the People, Peking</placeName>\n          <date '
     'when="1972-02-22">February 22, 1972</date>\n          <time from="14:10:00" '
     'to="18:00:00">2:10 p.m. - 6:00 p.m.</time>'),
    # a range whose first time shares the second's half of the day, after a date with commas
    ("Time: September 29, 1962, 1 to 1:50 PM\n\nChairman Mao: Welcome.\n",
     '<date when="1962-09-29">September 29, 1962</date>\n          '
     '<time from="13:00:00" to="13:50:00">1 to 1:50 PM</time>'),
    ("Time: 11:75 a.m.\n\nPremier Zhou: Yes.\n", None),                    # no such minute
    ("Time: \uff11\uff11:\uff14\uff10 a.m.\n\nPremier Zhou: Yes.\n", None),  # full-width digits
    ("We discussed the treaty [\uff11].\n\n[\uff11] A note.\n", None),      # a full-width note number
    ("0000\n\nA title\n\nWe met this year.\n", None),                       # year zero
    # a side is a listPerson/@type, ASCII letters
    ("Seated on the Qu\u00e9bec side are: Premier Zhou [Enlai].\n\nPremier Zhou: Hello.\n",
     '<listPerson type="quebec-side">'),
    # a speaker whose id the header has (resp="#converter")
    ("Converter: We agree.\n\nPremier Zhou: Good.\n\nConverter: Settled.\n",
     '<person xml:id="converter-2">'),
    # a citation's link that is not a URI libxml2 takes (a bad escape) stays text
    ("**July 11, 1961**\n\n**Citation:**\n\n\"Minutes\", July 11, 1961, Wilson Center "
     "Digital Archive. <https://digitalarchive.wilsoncenter.org/document/114178%2>\n\n"
     "**Summary:**\n\nA meeting.\n\n**Original Language:**\n\nChinese\n\n**Contents:**\n\n"
     "* English Translation\n\nPremier Zhou: Good.\n", "/114178%2&gt;</bibl>"),
]


@pytest.mark.parametrize("source, fragment", ODD_VALUES)
def test_odd_values_give_valid_tei_and_keep_the_text(source: str, fragment: str | None):
    """A time past midnight, minute 75, full-width digits, year 0000, a side in Latin-1, a
    speaker called Converter, a broken link: the TEI is valid and the text export gives the
    body back (each made invalid TEI before)."""
    from lxml import etree

    import pipeline
    from pipeline.validate import validate

    result = pipeline.convert(source)
    assert [str(problem) for problem in validate(result.tree)] == []
    assert body_text(result.tree) == result.source.body
    if fragment is not None:
        assert fragment in etree.tostring(result.tree, encoding="unicode")
