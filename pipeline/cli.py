"""The command line: thin wrappers that call the library and turn its errors into messages.

Exit status: 0 ok, 1 invalid input or invalid document, 2 usage (click's own).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from . import __version__
from .errors import PipelineError
from .export import FORMATS


def _fail(message: str) -> None:
    click.echo(message, err=True)
    sys.exit(1)


def _read_source(src: str) -> bytes:
    if src == "-":
        return sys.stdin.buffer.read()
    path = Path(src)
    if path.is_dir():
        raise PipelineError("this is a folder, not a file (use `tei-pipeline batch` for a folder)",
                            path=src)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise PipelineError("no such file", path=src) from None
    except OSError as err:
        raise PipelineError(f"cannot read: {err.strerror}", path=src) from None


class _Commands(click.Group):
    """A group that turns an unexpected exception into one line and exit 1, not a traceback."""

    def invoke(self, ctx: click.Context):
        # SIGTERM (timeout, cron, systemd) ends a command as Ctrl-C does, through its cleanup:
        # a staging folder or temporary file is removed, not left beside the outputs.
        with contextlib.suppress(ValueError):   # not the main thread: signals are not ours
            signal.signal(signal.SIGTERM, _terminated)
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Abort,
                click.exceptions.Exit, SystemExit, KeyboardInterrupt):
            raise
        except BrokenPipeError:
            # The reader of standard output has gone (`tei-pipeline convert x.txt | head`):
            # nothing is wrong to report. Standard output now goes nowhere, so that
            # Python's own flush at exit does not fail on it again.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(1)
        except RecursionError:
            _fail("tei-pipeline: the input is nested too deeply to process")
        except MemoryError:
            _fail("tei-pipeline: not enough memory for this input")
        except Exception as err:  # a bug: say so plainly, and how to report it
            _fail(f"tei-pipeline: internal error ({type(err).__name__}: {err}); "
                  "please report it with the input file")


def _terminated(signum, frame):
    raise KeyboardInterrupt


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tei-pipeline")
def main() -> None:
    """Turn archival English translations into validated TEI P5, and export them."""


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--output", default="-", show_default=True,
              help="Output file, folder (for several sources), or - for standard output.")
@click.option("--quiet", "-q", is_flag=True, help="Do not print warnings.")
@click.option("--register", "register_path", metavar="FILE", type=click.Path(dir_okay=False),
              help="Register (authority) file: read if it exists, written back grown.")
@click.option("--validate", "check", is_flag=True,
              help="Validate each result (XSD + Schematron) and write nothing if it is invalid.")
@click.option("--teipublisher", "odd", metavar="ODD", is_flag=False,
              flag_value="teipublisher.odd", default=None,
              help="Add <?teipublisher odd=ODD?> for TEI Publisher (ODD: teipublisher.odd).")
def convert(sources: tuple[str, ...], output: str, quiet: bool,
            register_path: str | None, check: bool, odd: str | None) -> None:
    """Convert source texts (or - for standard input) into TEI."""
    from .conversion import convert as convert_text
    from .files import write_atomic, write_stdout
    from .serialize import serialize

    book = _load_register(register_path)
    authority = book.authority_persons() if book is not None else None
    out = Path(output)
    # `-o out/` names a folder, as it does to cp, even before it exists.
    several = len(sources) > 1 or (output != "-" and (out.is_dir() or output.endswith("/")))
    if several and output == "-":
        raise click.UsageError("several sources need -o FOLDER")
    if several:
        if out.exists() and not out.is_dir():
            _fail(f"{output}: several sources need a folder here, and this is a file")
        # Two sources of one name would be written to one file, the first lost.
        first: dict[Path, str] = {}
        for src in sources:
            target = _target(out, src)
            if target in first:
                _fail(f"{src}: it would be written to {target}, as {first[target]} is; "
                      "convert them into different folders")
            first[target] = src
    for src in sources:
        name = "<stdin>" if src == "-" else src
        target = _target(out, src) if several else out
        if output != "-" and src != "-" and os.path.realpath(src) == os.path.realpath(target):
            _fail(f"{name}: the output would overwrite the input; choose another -o")
        try:
            result = convert_text(_read_source(src), authority=authority)
        except PipelineError as err:
            _fail(err.located(name))
        if book is not None:
            from .register import names_of
            book.merge(names_of(result.tree), _stem(src))
            authority = book.authority_persons()  # later sources see the earlier ones' persons
        if not quiet:
            for warning in result.warnings:
                click.echo(f"{name}: warning: {warning}", err=True)
        tree = result.tree
        if odd is not None:
            from .export.teipublisher import add_teipublisher_pi
            try:
                tree = add_teipublisher_pi(tree, odd)
            except PipelineError as err:
                _fail(err.located(name))
        data = serialize(tree)
        if check:
            from .validate import validate_bytes
            shown = "<stdout>" if output == "-" else str(target)
            _refuse_if_invalid(validate_bytes(data, path=shown),
                               f"{name}: not written: the TEI made from it is invalid",
                               "; please report it with the input file")
        if several:
            try:
                out.mkdir(parents=True, exist_ok=True)
            except OSError as err:   # a file in the way of a parent
                _fail(f"{out}: cannot create the output folder: {err.strerror}")
        try:
            if output == "-":
                write_stdout(data)
            else:
                write_atomic(target, data)
        except PipelineError as err:
            _fail(err.located())   # the file written, or <stdout>
    _save_register(book, register_path)


def _stem(src: str) -> str:
    """The name a source gives its output and its register entries (`stdin` for `-`)."""
    return "stdin" if src == "-" else Path(src).stem


def _target(folder: Path, src: str) -> Path:
    """Where a source goes among several: FOLDER/NAME.xml."""
    return folder / f"{_stem(src)}.xml"


def _load_register(path: str | None):
    if path is None:
        return None
    from . import register
    try:
        return register.load(path)
    except PipelineError as err:
        _fail(err.located(path))


def _save_register(book, path: str | None) -> None:
    if book is None:
        return
    from . import register
    try:
        register.save(book, path)
    except PipelineError as err:
        _fail(err.located(path))


def _files_from(command):
    """The `--files-from LIST` option of the commands that take many files."""
    return click.option(
        "--files-from", "files_from", metavar="LIST",
        type=click.Path(dir_okay=False, allow_dash=True),
        help="Also read FILE names from LIST, one a line (- for standard input): for more "
             "files than a command line holds.")(command)


def _file_names(files: tuple[str, ...], files_from: str | None) -> list[tuple[str, str]]:
    """Every file given, on the command line and then in LIST, each with where it was given:
    "" on the command line, `LIST:N` on line N of the list (a failure names that place)."""
    named = [(name, "") for name in files]
    if files_from is not None:
        try:
            data = sys.stdin.buffer.read() if files_from == "-" else Path(files_from).read_bytes()
        except OSError as err:
            _fail(f"{files_from}: cannot read the list of files: {err.strerror or err}")
        shown = "<stdin>" if files_from == "-" else files_from
        for number, line in enumerate(data.splitlines(), 1):
            if line.strip():   # a blank line names no file
                name = os.fsdecode(line)   # a name as the system spells it, in any encoding
                named.append((name, f"{shown}:{number}"))
    if not files and files_from is None:
        raise click.UsageError("give the files, or --files-from LIST")
    return named


@main.command()
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False))
@_files_from
@click.option("--tei-all", "tei_all", metavar="PATH",
              help="Also check conformance with TEI P5 tei_all.rng (or set TEI_ALL_RNG).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="How to print the problems.")
def validate(files: tuple[str, ...], files_from: str | None, tei_all: str | None,
             fmt: str) -> None:
    """Validate TEI files against the project's schema (XSD and Schematron)."""
    from .files import as_text, write_stdout
    from .validate import Problem, validate_bytes

    rng = _tei_all(tei_all)
    named = _file_names(files, files_from)
    files = tuple(name for name, _ in named)
    problems = []
    for name, origin in named:
        try:
            data = Path(name).read_bytes()
        except OSError as err:   # one problem of the report, which goes on to the others
            where = f" (named at {origin})" if origin else ""
            problems.append(Problem(name, 0, 0, f"cannot read: {err.strerror or err}{where}",
                                    "xml"))
            continue
        try:
            problems.extend(validate_bytes(data, path=name, tei_all=rng))
        except PipelineError as err:   # the tei_all schema itself is unusable
            _fail(err.located())
    # The report is text: a file name's bytes that are not UTF-8 are shown as U+FFFD (as_text).
    # It goes out through write_stdout, so that a full disk is one line, not an internal error.
    if fmt == "json":
        report = json.dumps({"valid": not problems, "files": list(files),
                             "problems": [p.as_dict() for p in problems]}, indent=2,
                            ensure_ascii=False) + "\n"
    else:
        report = "".join(f"{problem}\n" for problem in problems)
    if report:
        try:
            write_stdout(as_text(report).encode("utf-8"))
        except PipelineError as err:
            _fail(err.located())
    if not problems:
        click.echo(f"{len(files)} file(s) valid", err=True)
    sys.exit(1 if problems else 0)


def _tei_all(option: str | None) -> Path | None:
    """The tei_all schema to check against (--tei-all, else TEI_ALL_RNG), refused at once when
    it names no file."""
    from .validate import tei_all_path

    rng = tei_all_path(option)
    if rng is not None and not rng.is_file():
        _fail(f"{rng}: no such file (the tei_all RELAX NG schema, from "
              f"{'--tei-all' if option else 'TEI_ALL_RNG'})")
    return rng


def _refuse_if_invalid(problems: list, message: str, advice: str = "") -> None:
    """Print every problem, then fail with `message` (and how many there were)."""
    if problems:
        for problem in problems:
            click.echo(str(problem), err=True)
        _fail(f"{message} ({len(problems)} problem(s) above){advice}")


def _given(name: str, origin: str) -> str:
    """A file as a message names it: with the line of the list that named it, if one did."""
    return f"{origin}: {name}" if origin else name


def _read_document(name: str, origin: str) -> bytes:
    """The bytes of an XML file given to export, or a one-line failure that names where it
    was given."""
    try:
        return Path(name).read_bytes()
    except OSError as err:
        _fail(f"{_given(name, origin)}: cannot read: {err.strerror or err}")


def _format_list(context: click.Context, parameter: click.Parameter,
                 value: str | tuple[str, ...]) -> list[str]:
    """FORMAT or FORMAT,FORMAT... (given once, or several times for an option): each one of
    the export formats, each once."""
    given = (value,) if isinstance(value, str) else value
    names = list(dict.fromkeys(name for each in given for name in each.split(",")))
    unknown = [name for name in names if name not in FORMATS]
    if unknown:
        raise click.BadParameter(f"{', '.join(map(repr, unknown))}: not a format "
                                 f"(choose from {', '.join(FORMATS)})")
    return names


@main.command(epilog=f"FORMAT is one of: {', '.join(FORMATS)}.")
@click.argument("format_names", metavar="FORMAT[,FORMAT...]", callback=_format_list)
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False))
@_files_from
@click.option("-o", "--output", default="-", show_default=True,
              help="Output file or folder (- for standard output where the format allows); "
                   "with several formats, a folder holding one folder per format.")
def export(format_names: list[str], files: tuple[str, ...], files_from: str | None,
           output: str) -> None:
    """Export valid TEI files to FORMAT (docs/exports.md). Several formats at once
    (text,html,dc) write OUT/FORMAT/ each, as `-o OUT/FORMAT` would, and read and validate
    every file once."""
    import hashlib

    from .export import check, export_into, exporter
    from .export._common import Documents
    from .validate import validate_bytes

    # Every file is validated first; the export then reads each again when it comes to it,
    # so that only one parsed document is held at a time, and refuses one that changed.
    named = _file_names(files, files_from)
    if not named:
        _fail(f"{files_from}: no documents to export: the list names no file")
    digests = []
    for name, origin in named:
        data = _read_document(name, origin)
        _refuse_if_invalid(validate_bytes(data, path=name),
                           f"{_given(name, origin)}: not exported: the document is not valid")
        digests.append(hashlib.sha256(data).hexdigest())
    docs = Documents(tuple(name for name, _ in named), digests)
    if len(format_names) > 1 and output == "-":
        _fail("<stdout>: several formats need an output folder (-o FOLDER), not standard output")
    try:
        if len(format_names) == 1:
            exporter(format_names[0]).export(docs, Path(output))
            return
        # Every format accepts the documents before any writes: a refusal leaves nothing.
        for name in format_names:
            check(name, docs)
        for name in format_names:
            export_into(name, docs, Path(output) / name, checked=True)
    except PipelineError as err:
        _fail(err.located())


@main.command()
@click.argument("src_dir", metavar="SRC_DIR", type=click.Path(file_okay=False))
@click.option("-o", "--output", "out_dir", required=True, metavar="OUT_DIR",
              type=click.Path(file_okay=False), help="Folder for the TEI files (NAME.xml).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes  [default: the number of cores]")
@click.option("--export", "formats", multiple=True, metavar="FORMAT[,FORMAT...]",
              callback=_format_list,
              help="Also export the valid documents to FORMAT (repeatable).")
@click.option("--export-dir", metavar="DIR", type=click.Path(file_okay=False),
              help="Where exports go, one folder per format  [default: OUT_DIR/../export]")
@click.option("--report", metavar="FILE.json", type=click.Path(dir_okay=False),
              help="Write a JSON report of every document.")
@click.option("--fail-fast", is_flag=True, help="Stop at the first document that fails or is invalid.")
@click.option("--tei-all", "tei_all", metavar="PATH",
              help="Also check conformance with TEI P5 tei_all.rng (or set TEI_ALL_RNG).")
@click.option("--register", "register_path", metavar="FILE", type=click.Path(dir_okay=False),
              help="Register (authority) file: read if it exists, written back grown.")
def batch(src_dir: str, out_dir: str, jobs: int | None, formats: list[str],
          export_dir: str | None, report: str | None, fail_fast: bool,
          tei_all: str | None, register_path: str | None) -> None:
    """Convert, validate (and export) every SRC_DIR/*.txt into OUT_DIR, in parallel."""
    from .batch import Interrupted, sources_in, stop_on_term

    rng = _tei_all(tei_all)
    try:
        sources = sources_in(Path(src_dir))
    except PipelineError as err:
        _fail(err.located())
    _check_batch_files(sources, report, register_path)
    # SIGTERM, like Ctrl-C, stops the batch cleanly at any point, not only while it converts.
    with stop_on_term():
        try:
            _batch(sources, rng, out_dir, jobs, formats, export_dir, report, fail_fast,
                   register_path)
        except (KeyboardInterrupt, Interrupted) as stop:
            _fail(str(stop) or "interrupted: every file written is complete; run the same "
                  "command again to finish")


def _check_batch_files(sources: list[str], report: str | None, register: str | None) -> None:
    """Before any work: the report and the register must be writable where they are asked
    for (they were found wanting only after every document), and neither may be a source."""
    inputs = {os.path.realpath(source) for source in sources}   # a link loop raises nothing
    for option, name in (("--report", report), ("--register", register)):
        if not name:
            continue
        path = Path(name)
        if os.path.realpath(path) in inputs:
            _fail(f"{name}: {option} names a source, which it would overwrite; choose another file")
        if not Path(os.path.realpath(path)).parent.is_dir():
            _fail(f"{name}: cannot write the {option[2:]} here: the folder "
                  f"{str(path.parent)!r} does not exist")


def _batch(sources: list[str], rng: Path | None, out_dir: str, jobs: int | None,
           formats: list[str], export_dir: str | None, report: str | None,
           fail_fast: bool, register_path: str | None) -> None:
    """The batch command once its arguments are checked: convert, sum up, export, exit."""
    import time

    from .batch import CONVERTED, FAILED, Report, export_valid, grow_register, run_batch

    started = time.monotonic()
    # What is kept of each document: its entry in the report (on disk), and its output's
    # path when the register or an export will read it. Nothing else grows with the batch.
    written: list[tuple[str, str]] = []  # (source, output) of each document written
    valid: list[str] = []                # the outputs of the valid documents
    journal = Report(Path(report)) if report else None

    def on_result(result) -> None:
        if bar is not None:
            bar.update(1)
        if journal is not None:
            journal.add(result)
        if register_path and result.status != FAILED:
            written.append((result.source, result.output))
        if formats and result.status == CONVERTED:
            valid.append(result.output)

    try:
        with _progress(len(sources), "converting") as bar:
            result = run_batch(sources, Path(out_dir), jobs=jobs, tei_all=rng,
                               fail_fast=fail_fast, on_result=on_result,
                               register=str(Path(register_path).resolve()) if register_path
                               else None)
        elapsed = time.monotonic() - started
        if register_path and not result.stopped:
            grow_register(written, register_path)
        if journal is not None:
            journal.save(result)
    except PipelineError as err:
        _fail(err.located())
    finally:
        if journal is not None:
            journal.close()
    _batch_summary(result, elapsed, report)
    if formats and valid and not result.stopped:
        started = time.monotonic()
        folder = Path(export_dir) if export_dir else Path(out_dir).resolve().parent / "export"
        try:
            with _progress(len(formats), "exporting") as bar:
                export_valid(valid, formats, folder, jobs=jobs or os.cpu_count() or 1,
                             on_done=(lambda name: bar.update(1)) if bar is not None else None)
        except PipelineError as err:
            _fail(err.located())
        click.echo(f"exported {len(valid)} document(s) as {', '.join(formats)} "
                   f"into {folder} in {time.monotonic() - started:.1f} s", err=True)
    sys.exit(0 if result.ok else 1)


@contextlib.contextmanager
def _progress(length: int, label: str) -> Iterator[Any]:
    """A progress bar on standard error when it is a terminal (and there is work), else None."""
    if not (length and sys.stderr.isatty()):
        yield None
        return
    with click.progressbar(length=length, label=label, file=sys.stderr) as bar:
        yield bar


def _batch_summary(result, elapsed: float, report: str | None) -> None:
    """Print the worst problems (failures first), then the counts, on standard error."""
    from .batch import CONVERTED, FAILED, INVALID

    lines, more = result.worst()
    for line in lines:
        click.echo(line, err=True)
    if more:
        click.echo(f"... and {more} more (see {report})" if report
                   else f"... and {more} more (use --report FILE.json)", err=True)
    counts = result.counts()
    click.echo(f"{counts[CONVERTED]} converted, {counts[INVALID]} invalid, {counts[FAILED]} failed"
               f" of {result.total} in {elapsed:.1f} s", err=True)
    if result.stopped == "interrupted":
        click.echo(f"interrupted: {counts['not done']} document(s) not done; every file written "
                   "is complete; run the same command again to finish", err=True)
    elif result.stopped == "fail-fast":
        click.echo(f"stopped at the first failure (--fail-fast): {counts['not done']} "
                   "document(s) not done", err=True)
