"""Writing outputs so that a reader never sees half a file: write beside, then rename."""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import PipelineError


def as_text(name: str) -> str:
    """A file name as text that UTF-8 can carry (a report, a page, a table). A name whose
    bytes are not UTF-8 (`café.txt` saved in Latin-1 by an old system, the é one byte E9)
    comes from the system with a lone surrogate for each such byte, which no UTF-8 file can
    hold: each becomes U+FFFD, the replacement character."""
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:   # a surrogate the system did not make
        return name.encode("utf-8", "replace").decode("utf-8")


def write_stdout(data: bytes) -> None:
    """Write `data` to standard output. A full disk or failing device is a PipelineError
    (`<stdout>: cannot write: ...`); a reader that has gone stays a BrokenPipeError, which
    the CLI ends quietly."""
    try:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        raise
    except OSError as err:
        raise PipelineError(f"cannot write: {err.strerror}", path="<stdout>") from None


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder and a rename."""
    with atomic_file(path) as handle:
        handle.write(data)


@contextlib.contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """Yield a binary file to write `path`'s content into, piece by piece: a temporary file in
    the same folder, renamed to `path` when the block ends, and removed if it fails."""
    path = Path(path)
    if path.is_symlink():
        # Written through: the link stays, and what it points to is replaced (a rename would
        # replace the link itself). realpath: a link that loops raises nothing here.
        path = Path(os.path.realpath(path))
    if path.exists() and not path.is_file():
        raise PipelineError("cannot write: this is not a regular file (a device, a folder); "
                            "for standard output use -o -", path=str(path))
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise PipelineError(f"cannot write: {str(folder)!r} is a file, not a folder"
                            if folder.exists() else
                            f"cannot write: the folder {str(folder)!r} does not exist",
                            path=str(path))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as err:
        raise PipelineError(f"cannot write here: {err.strerror}", path=str(path)) from None
    try:
        # mkstemp makes the file private (0600); an output is an ordinary file, readable as
        # the umask allows, and a file that is replaced keeps its mode.
        os.fchmod(fd, _mode_for(path))
        with os.fdopen(fd, "wb") as handle:
            yield handle
        os.replace(tmp, path)
    except BaseException as err:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(err, OSError):
            raise PipelineError(f"cannot write: {err.strerror}", path=str(path)) from None
        raise


def _mode_for(path: Path) -> int:
    """The mode a new output gets: the replaced file's, else 0666 less the umask."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextlib.contextmanager
def atomic_dir(path: Path) -> Iterator[Path]:
    """Yield a temporary folder beside `path`; on success it replaces `path`, on failure it goes."""
    path = Path(path)
    parent = path.parent if str(path.parent) else Path(".")
    try:
        parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".part", dir=parent))
    except OSError as err:
        raise PipelineError(f"cannot write here: {err.strerror}", path=str(path)) from None
    try:
        yield tmp
        if path.exists():
            shutil.rmtree(path) if path.is_dir() else path.unlink()
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


@contextlib.contextmanager
def staged_files(folder: Path) -> Iterator[Callable[[str, bytes], None]]:
    """Yield `put(name, data)`, which writes the file `folder/name` into a hidden staging folder
    inside `folder`; when the block ends, every file put is renamed into place. A block that
    fails leaves `folder` as it was, and what was written is never held in memory at once.
    A name put twice keeps the last data."""
    folder = Path(folder)
    try:
        stage = Path(tempfile.mkdtemp(prefix=".staging.", suffix=".part", dir=folder))
    except OSError as err:
        raise PipelineError(f"cannot write here: {err.strerror}", path=str(folder)) from None
    written: dict[str, None] = {}   # the names put, in order, once each

    def put(name: str, data: bytes) -> None:
        staged = stage / name
        try:
            staged.write_bytes(data)
            os.chmod(staged, _mode_for(folder / name))
        except OSError as err:
            raise PipelineError(f"cannot write: {err.strerror}", path=str(folder / name)) from None
        written[name] = None

    try:
        yield put
        for name in written:
            try:
                os.replace(stage / name, folder / name)
            except OSError as err:
                raise PipelineError(f"cannot write: {err.strerror}",
                                    path=str(folder / name)) from None
    finally:
        shutil.rmtree(stage, ignore_errors=True)
