"""The command line: thin wrappers that call the library and turn its errors into messages.

Exit status: 0 ok, 1 invalid input or invalid document, 2 usage (click's own).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import __version__
from .errors import PipelineError


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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tei-pipeline")
def main() -> None:
    """Turn archival English translations into validated TEI P5, and export them."""


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--output", default="-", show_default=True,
              help="Output file, folder (for several sources), or - for standard output.")
@click.option("--quiet", "-q", is_flag=True, help="Do not print warnings.")
def convert(sources: tuple[str, ...], output: str, quiet: bool) -> None:
    """Convert source texts (or - for standard input) into TEI."""
    from .convert import convert as convert_text
    from .files import write_atomic
    from .serialize import serialize

    out = Path(output)
    several = len(sources) > 1 or (output != "-" and out.is_dir())
    if several and output == "-":
        raise click.UsageError("several sources need -o FOLDER")
    for src in sources:
        name = "<stdin>" if src == "-" else src
        target = out / f"{Path(src).stem}.xml" if several else out
        if output != "-" and src != "-" and Path(src).resolve() == target.resolve():
            _fail(f"{name}: the output would overwrite the input; choose another -o")
        try:
            result = convert_text(_read_source(src))
        except PipelineError as err:
            _fail(err.located(name))
        if not quiet:
            for warning in result.warnings:
                click.echo(f"{name}: warning: {warning}", err=True)
        data = serialize(result.tree)
        if output == "-":
            sys.stdout.buffer.write(data)
            continue
        try:
            if several:
                out.mkdir(parents=True, exist_ok=True)
            write_atomic(target, data)
        except PipelineError as err:
            _fail(err.located(str(target)))


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--tei-all", "tei_all", metavar="PATH",
              help="Also check conformance with TEI P5 tei_all.rng (or set TEI_ALL_RNG).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="How to print the problems.")
def validate(files: tuple[str, ...], tei_all: str | None, fmt: str) -> None:
    """Validate TEI files against the project's schema (XSD and Schematron)."""
    from .validate import tei_all_path, validate_bytes

    rng = tei_all_path(tei_all)
    if tei_all and rng is None:
        _fail(f"{tei_all}: no such file (the tei_all RELAX NG schema)")
    problems = []
    for name in files:
        try:
            data = Path(name).read_bytes()
        except OSError as err:
            _fail(f"{name}: cannot read: {err.strerror or err}")
        problems.extend(validate_bytes(data, path=name, tei_all=rng))
    if fmt == "json":
        click.echo(json.dumps({"valid": not problems, "files": list(files),
                               "problems": [p.as_dict() for p in problems]}, indent=2,
                              ensure_ascii=False))
    else:
        for problem in problems:
            click.echo(str(problem), err=False)
        if not problems:
            click.echo(f"{len(files)} file(s) valid", err=True)
    sys.exit(1 if problems else 0)


def _formats() -> list[str]:
    from .export import FORMATS
    return list(FORMATS)


@main.command()
@click.argument("format_name", metavar="FORMAT", type=click.Choice(_formats()))
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("-o", "--output", default="-", show_default=True,
              help="Output file or folder (- for standard output where the format allows).")
def export(format_name: str, files: tuple[str, ...], output: str) -> None:
    """Export valid TEI files to FORMAT."""
    from .export import exporter
    from .validate import validate_bytes
    from .xmlsafe import parse_untrusted

    docs = []
    for name in files:
        try:
            data = Path(name).read_bytes()
        except OSError as err:
            _fail(f"{name}: cannot read: {err.strerror or err}")
        problems = validate_bytes(data, path=name)
        if problems:
            for problem in problems:
                click.echo(str(problem), err=True)
            _fail(f"{name}: not exported: the document is not valid "
                  f"({len(problems)} problem(s) above)")
        docs.append((Path(name), parse_untrusted(data, name)))
    try:
        exporter(format_name).export(docs, Path(output) if output != "-" else Path("-"))
    except PipelineError as err:
        _fail(err.located())
