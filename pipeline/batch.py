"""Convert a folder: convert, validate and write each source, in parallel, and sum up.

    result = run_batch(sources, Path("tei"), jobs=2)
    print(result.counts())       # {"converted": 998, "invalid": 1, "failed": 1, "not done": 0}

Each document is done wholly by one worker process: read, convert, serialize, validate the
bytes written, write them atomically. Workers take the documents a few at a time (CHUNK).
A document's result is a small `DocResult` (status, problems, sizes), never the tree. Each
result goes to the caller (`on_result`: the progress bar, the JSON report) as it comes, in
the order of the sources, and the batch keeps only the counts and the first few problems;
with the workers' caches bounded, ten thousand documents take 9 % more memory than a hundred
(docs/performance.md). Schemas are compiled once per worker process
(`pipeline.validate.schemas`).

Outputs do not depend on the order of the work or the number of jobs: each document's
bytes depend only on its source (and SOURCE_DATE_EPOCH), and results come in the order of
the sources, sorted by file name. An output whose bytes would not change is not rewritten,
so a rerun leaves the files (and their times) of unchanged documents alone.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import inspect
import json
import multiprocessing
import os
import shutil
import signal
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import ClassVar

from .errors import ExportError, PipelineError
from .files import as_text, atomic_file

CONVERTED, INVALID, FAILED = "converted", "invalid", "failed"


class Interrupted(BaseException):
    """The batch was stopped by SIGINT or SIGTERM; what was written is complete. A
    BaseException, as KeyboardInterrupt is, so that no `except Exception` takes it for a
    failure of the document in progress (with one job, SIGTERM was reported as one)."""


@dataclass(frozen=True)
class DocResult:
    """What happened to one source: status, where the output went, and what was wrong."""

    source: str
    output: str
    status: str  # CONVERTED (and valid), INVALID (written, but not valid), FAILED (not written)
    message: str = ""  # for FAILED: the located error message
    problems: tuple = ()  # for INVALID: the validation problems (pipeline.validate.Problem)
    warnings: tuple[str, ...] = ()
    bytes_in: int = 0
    bytes_out: int = 0

    def as_dict(self) -> dict:
        """Return the result as plain data, for the JSON report."""
        data = asdict(self)
        data["problems"] = [p.as_dict() for p in self.problems]
        data["warnings"] = list(self.warnings)
        return data


@dataclass
class BatchResult:
    """What a batch did: how many documents ended how, the first problems, and whether it ran
    to the end. Each document's own result went to `run_batch`'s `on_result`."""

    total: int = 0
    stopped: str = ""  # "" (ran to the end), "fail-fast" or "interrupted"
    tally: dict[str, int] = field(default_factory=lambda: {CONVERTED: 0, INVALID: 0, FAILED: 0})
    failures: list[str] = field(default_factory=list)  # the first WORST failure messages
    problems: list[str] = field(default_factory=list)  # the first WORST validation problems
    lines: int = 0  # failure messages and validation problems in all, kept or not

    WORST: ClassVar[int] = 10

    def add(self, result: DocResult) -> None:
        """Count a document's result, and keep its message or problems while there is room."""
        self.tally[result.status] += 1
        lines = [result.message] if result.status == FAILED else \
            [str(problem) for problem in result.problems]
        kept = self.failures if result.status == FAILED else self.problems
        kept.extend(lines[:self.WORST - len(kept)])
        self.lines += len(lines)

    def counts(self) -> dict[str, int]:
        """How many documents were converted (valid), invalid, failed, and not done."""
        return {**self.tally, "not done": self.total - sum(self.tally.values())}

    def worst(self) -> tuple[list[str], int]:
        """The first WORST failures and problems, failures first, and how many others there are."""
        shown = (self.failures + self.problems)[:self.WORST]
        return shown, self.lines - len(shown)

    @property
    def ok(self) -> bool:
        """True when every document was converted and is valid."""
        return not self.stopped and self.tally[CONVERTED] == self.total


def sources_in(folder: Path) -> list[str]:
    """Return the paths of the folder's *.txt files, sorted by name (the order of the report).

    Strings, made without a Path object each: the list is held for the whole batch, and ten
    thousand Paths made on the way would leave the parent's memory 4 MB larger."""
    folder = Path(folder)
    if not folder.is_dir():
        raise PipelineError("no such folder", path=str(folder))
    with os.scandir(folder) as entries:
        names = sorted(entry.name for entry in entries
                       if entry.name.endswith(".txt") and _maybe_file(entry))
    if not names:
        return []
    # The folder as a Path prints it before a name ("" for ".", "src/" for "./src"), once.
    prefix = str(folder / names[0])[:-len(names[0])]
    return [prefix + name for name in names]


def _maybe_file(entry: os.DirEntry) -> bool:
    """Is the entry a file, or a link that cannot be followed (a loop)? The second is a
    source all the same, reported as failed (`cannot read: Too many levels of symbolic
    links`), where asking stopped the whole batch with an internal error."""
    try:
        return entry.is_file()
    except OSError:
        return True


@functools.lru_cache(maxsize=4)
def _authority(register: str | None):
    """The persons of a register file, read once per worker process (None: the built-in)."""
    if register is None or not Path(register).exists():
        return None
    from .register import load
    return load(register).authority_persons()


def process_one(source: Path | str, output: Path | str, tei_all: Path | None = None,
                register: str | None = None) -> DocResult:
    """Convert, validate and write one source. Every error becomes a FAILED result."""
    from .conversion import convert
    from .files import write_atomic
    from .serialize import serialize
    from .validate import validate_bytes

    name, out_name = str(source), str(output)
    try:
        data = Path(source).read_bytes()
    except OSError as err:
        return DocResult(name, out_name, FAILED, f"{name}: cannot read: {err.strerror or err}")
    try:
        conversion = convert(data, authority=_authority(register))
        xml = serialize(conversion.tree)
        problems = tuple(validate_bytes(xml, path=out_name, tei_all=tei_all))
        if _differs(output, xml):
            write_atomic(output, xml)
    except PipelineError as err:
        return DocResult(name, out_name, FAILED, err.located(name if err.path is None else None),
                         bytes_in=len(data))
    except Exception as err:  # a converter bug must not stop the other documents
        return DocResult(name, out_name, FAILED,
                         f"{name}: internal error: {type(err).__name__}: {err}",
                         bytes_in=len(data))
    return DocResult(name, out_name, INVALID if problems else CONVERTED, problems=problems,
                     warnings=conversion.warnings, bytes_in=len(data), bytes_out=len(xml))


# Documents per task given to a worker. Each task costs the parent a pickled round trip and a
# wake-up of the executor's threads, about 1 ms of the parent's CPU taken from the workers on
# a two-core machine; four documents a task cut the parent's share to a third, and the last
# task still ends within a few documents' time of the others.
CHUNK = 4


def _process_chunk(tasks: Sequence[tuple[str, str]], tei_all: Path | None = None,
                   register: str | None = None) -> list[DocResult]:
    """`process_one` for each (source, output) of a few tasks, in one worker call."""
    return [process_one(source, output, tei_all, register) for source, output in tasks]


def _differs(path: Path, data: bytes) -> bool:
    try:
        return Path(path).stat().st_size != len(data) or Path(path).read_bytes() != data
    except OSError:
        return True


def _worker_init() -> None:
    # The parent decides what an interrupt means; workers finish their document and exit
    # when the parent shuts the pool down. A Ctrl-C reaches the whole process group.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)


def run_batch(sources: Sequence[Path | str], out_dir: Path, *, jobs: int | None = None,
              tei_all: Path | None = None, fail_fast: bool = False,
              on_result: Callable[[DocResult], None] | None = None,
              register: str | None = None) -> BatchResult:
    """Convert `sources` into `out_dir`/NAME.xml with `jobs` processes (default: every core).

    Each document's result goes to `on_result` when it is known, in the order of `sources`.
    Raises nothing for a bad document (it is a FAILED result). With `fail_fast`, the first
    failed or invalid document stops the batch: no other task goes to a worker, and the
    documents already handed out finish and are reported with the rest. SIGINT and SIGTERM
    stop the batch after the documents in progress, and the result says "interrupted": every
    document written is reported, those in progress and those that had finished before a
    document still running ahead of them too.
    """
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise PipelineError(f"cannot create the output folder: {err.strerror}",
                            path=str(out_dir)) from None
    jobs = max(1, jobs or os.cpu_count() or 1)
    batch = BatchResult(total=len(sources))
    halt = threading.Event()  # set: hand out no other task

    def take(result: DocResult) -> None:
        batch.add(result)
        if on_result is not None:
            on_result(result)
        if fail_fast and result.status != CONVERTED and not batch.stopped:
            batch.stopped = "fail-fast"
            halt.set()  # what is in progress was written: it is reported too

    with stop_on_term(), \
            contextlib.closing(_results(sources, out_dir, jobs, tei_all, register,
                                        halt)) as results:
        try:
            for result in results:
                # A signal while a result is counted and handed on waits until it is: raised
                # in the middle, it lost that result from the report, its file written.
                with _signals_held() as came:
                    take(result)
                if came:
                    raise KeyboardInterrupt if came[0] == signal.SIGINT else Interrupted()
        except (KeyboardInterrupt, Interrupted) as stop:
            batch.stopped = "interrupted"
            # Stopped while a result was being handed on, not in `_results`: it is told, so
            # that it hands on the results it holds before it stops too.
            if inspect.getgeneratorstate(results) == inspect.GEN_SUSPENDED:
                with contextlib.suppress(KeyboardInterrupt, Interrupted):
                    take(results.throw(stop))
                    for result in results:
                        take(result)
    return batch


def _tasks(sources: Sequence[Path | str], out_dir: Path) -> Iterator[list[tuple[str, str]]]:
    """The (source, output) pairs of the batch, CHUNK at a time, made as they are handed out."""
    for i in range(0, len(sources), CHUNK):
        yield [(str(source), str(out_dir / f"{Path(source).stem}.xml"))
               for source in sources[i:i + CHUNK]]


def _results(sources: Sequence[Path | str], out_dir: Path, jobs: int, tei_all: Path | None,
             register: str | None, halt: threading.Event) -> Iterator[DocResult]:
    """Yield each document's result in the order of `sources`; once `halt` is set, start no
    other task and yield the results of those in progress. Closing the generator cancels the
    rest."""
    if jobs == 1 or len(sources) <= 1:
        for chunk in _tasks(sources, out_dir):
            for source, output in chunk:
                if halt.is_set():
                    return
                # A signal while the document is converted waits for it to be written and
                # handed on (reported): raised in the middle, its output was written and not
                # reported. Held until the caller asks for the next result, which is when it
                # has taken this one.
                with _signals_held() as came:
                    yield process_one(source, output, tei_all, register)
                if came:
                    raise KeyboardInterrupt if came[0] == signal.SIGINT else Interrupted()
        return
    # A bounded window of submitted tasks: cancelling is quick and the queue stays small.
    window = jobs * 2  # tasks in flight: a worker never waits for the parent to hand it one
    pending: dict[Future, int] = {}     # each task in flight, and its number
    finished: dict[int, list[DocResult]] = {}  # tasks done before one that precedes them
    handed, yielded = 0, 0              # tasks handed out, tasks whose results were yielded
    chunks = _tasks(sources, out_dir)
    context = multiprocessing.get_context()
    if tei_all is not None and context.get_start_method() == "fork":
        # tei_all takes seconds to compile: compiled here once, every forked worker has it,
        # instead of each compiling its own.
        from .validate import schemas
        schemas.tei_all(Path(tei_all).resolve())
    executor = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init,
                                   mp_context=context)
    # The workers are forked from this process at the first task. Frozen, its objects stay
    # out of the workers' garbage collections, which would otherwise write to each one and so
    # copy every page they share with the parent: 3 MB less a worker (gc.freeze's docs).
    gc.freeze()
    try:
        while True:
            while len(pending) < window and not halt.is_set():
                chunk = next(chunks, None)
                if chunk is None:
                    break
                pending[executor.submit(_process_chunk, chunk, tei_all, register)] = handed
                handed += 1
            if not pending:
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                finished[pending.pop(future)] = _results_of(future)
            # Results wait here only while a task handed out before theirs is still running.
            while yielded in finished:
                waiting = finished[yielded]
                while waiting:      # each result leaves `finished` as it is handed on
                    yield waiting.pop(0)
                del finished[yielded]
                yielded += 1
    except (KeyboardInterrupt, Interrupted):
        # Hand on every result there is, in order, a gap where a task was never started.
        with _signals_ignored():
            finished.update(_let_finish(executor, pending))
            for number in sorted(finished):
                yield from finished[number]
        raise
    finally:
        # Let the documents in progress finish (each is written whole or not at all).
        executor.shutdown(wait=True, cancel_futures=True)
        gc.unfreeze()


@contextlib.contextmanager
def _signals_held() -> Iterator[list[int]]:
    """Hold SIGINT and SIGTERM while the block runs (in the main thread): the list yielded
    gets the signals that came, for the caller to act on once the block is done."""
    came: list[int] = []
    try:
        previous = {number: signal.signal(number, lambda signum, frame: came.append(signum))
                    for number in (signal.SIGINT, signal.SIGTERM)}
    except ValueError:  # not the main thread: leave signals alone
        yield came
        return
    try:
        yield came
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler if handler is not None else signal.SIG_DFL)


@contextlib.contextmanager
def _signals_ignored() -> Iterator[None]:
    """Ignore SIGINT and SIGTERM while the block runs (in the main thread): after the first,
    the batch waits for the work in progress and hands its results on, and a second raised
    inside the pool's shutdown could leave the pool broken, its manager waiting for ever on
    workers that ignore the SIGTERM it sends them. Ctrl-\\ (SIGQUIT) still stops it."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {number: signal.signal(number, signal.SIG_IGN)
                for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler if handler is not None else signal.SIG_DFL)


def _let_finish(executor: ProcessPoolExecutor, tasks: dict[Future, object]) -> dict:
    """After an interrupt: start no other task, wait for those begun (the workers ignore the
    signal and finish them, each output written whole), and return their results by key.
    Called with the signals ignored (`_signals_ignored`), so that another Ctrl-C or SIGTERM
    does not cut the wait short and leave out of the report what the workers still write."""
    executor.shutdown(wait=True, cancel_futures=True)
    return {key: future.result() for future, key in tasks.items()
            if not future.cancelled() and future.exception() is None}


def _results_of(future: Future) -> list[DocResult]:
    try:
        return future.result()
    except BrokenProcessPool:
        raise PipelineError("a worker process died (out of memory, or killed); "
                            "run the batch again to finish") from None


@contextlib.contextmanager
def stop_on_term() -> Iterator[None]:
    """Turn SIGTERM into Interrupted in the main thread while the block runs, as Ctrl-C is
    KeyboardInterrupt: the batch stops cleanly either way."""
    try:
        previous = signal.signal(signal.SIGTERM, _raise_interrupted)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        # None: the handler was not set from Python; the default is what it did.
        signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)


def _raise_interrupted(signum, frame):
    raise Interrupted()


def export_valid(outputs: Sequence[str], formats: Sequence[str], export_dir: Path,
                 jobs: int = 1, on_done: Callable[[str], None] | None = None) -> None:
    """Export the documents `outputs` (the valid ones of a batch), each format into
    `export_dir`/FORMAT/, up to `jobs` formats at a time, each in a worker process. Each export
    reads the documents one at a time (`Documents`), so that memory does not grow with their
    number, and writes all of its output or none.

    Every format is tried, and the first that failed (in the order of `formats`) is raised as
    an ExportError. SIGINT or SIGTERM starts no other format and lets those in progress
    finish; Interrupted then names the formats not exported. `on_done` is told the name of
    each format as it ends (the progress bar).
    """
    formats = list(dict.fromkeys(formats))
    if not outputs or not formats:
        return
    outputs = list(outputs)
    failures: dict[str, tuple | None] = {}   # format -> what went wrong, None when exported
    workers = max(1, min(jobs, len(formats)))
    executor = ProcessPoolExecutor(max_workers=workers, initializer=_worker_init,
                                   mp_context=multiprocessing.get_context())
    tasks: dict[Future, str] = {}
    waiting = list(formats)
    running: set[Future] = set()
    with stop_on_term():
        try:
            # A format is handed out only when a worker is free: the pool queues what it is
            # given ahead of its workers, and an interrupt could not stop a queued format.
            while waiting or running:
                while waiting and len(running) < workers:
                    name = waiting.pop(0)
                    future = executor.submit(_export_format, name, outputs,
                                             str(Path(export_dir) / name))
                    tasks[future] = name
                    running.add(future)
                done, running = wait(running, return_when=FIRST_COMPLETED)
                for future in done:
                    try:
                        failures[tasks[future]] = future.result()
                    except BrokenProcessPool:
                        raise PipelineError(f"the process exporting {tasks[future]} died (out "
                                            "of memory, or killed); run the batch again") from None
                    if on_done is not None:
                        on_done(tasks[future])
        except (KeyboardInterrupt, Interrupted):
            with _signals_ignored():
                failures.update(_let_finish(executor, tasks))
            missing = [name for name in formats
                       if name not in failures or failures[name] is not None]
            if missing:
                raise Interrupted(f"interrupted: not exported: {', '.join(missing)} (every "
                                  "export written is complete); run the same command again "
                                  "to export them") from None
        finally:
            executor.shutdown(wait=True)
    for name in formats:
        if failures[name] is not None:
            message, path, line, column = failures[name]
            raise ExportError(message, path=path, line=line, column=column)


def _export_format(name: str, outputs: list[str], target: str) -> tuple | None:
    """Export `outputs` to one format in the folder `target` (in a worker process): None, or
    what went wrong as (message, path, line, column), which crosses between processes whole."""
    from .export import export_into
    from .export._common import Documents

    try:
        export_into(name, Documents(outputs), Path(target))
    except PipelineError as err:
        return err.message, err.path, err.line, err.column
    return None


def grow_register(written: Sequence[tuple[str, str]], register: str) -> None:
    """Merge the documents of a batch that were written, (source, output) pairs in name order,
    into the register file, and save it.

    The documents of one batch are converted in parallel against the register as it was;
    ids come from canonical names, so the same person gets the same id in each of them.
    """
    from .register import load, names_of, save
    from .xmlsafe import parse_untrusted

    book = load(register)
    for source, output in written:
        book.merge(names_of(parse_untrusted(Path(output).read_bytes(), output)),
                   Path(source).stem)
    save(book, register)


class Report:
    """The JSON report of a batch (`--report`), written as the results come: each document's
    entry goes to a temporary file, and `save` writes the counts and then the entries.

    The file is what `json.dumps(report, indent=2)` gives for
    {"ok", "stopped", "total", "counts", "documents": [every document's result]}.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._entries = tempfile.TemporaryFile()  # in the temporary folder, gone when closed
        self._count = 0

    def add(self, result: DocResult) -> None:
        # An entry's lines, indented as the list's items (a string's newlines are escaped).
        entry = "    " + as_text(json.dumps(result.as_dict(), indent=2,
                                            ensure_ascii=False)).replace("\n", "\n    ")
        try:
            self._entries.write(f",\n{entry}".encode() if self._count else entry.encode())
        except OSError as err:
            raise PipelineError(f"cannot write the report's entries to a temporary file: "
                                f"{err.strerror}", path=str(self.path)) from None
        self._count += 1

    def save(self, batch: BatchResult) -> None:
        """Write the report, atomically: the counts, then every entry."""
        head = json.dumps({"ok": batch.ok, "stopped": batch.stopped or None,
                           "total": batch.total, "counts": batch.counts(), "documents": []},
                          indent=2, ensure_ascii=False)
        head = head.removesuffix("[]\n}")
        with atomic_file(self.path) as handle:
            handle.write(head.encode("utf-8"))
            if self._count:
                handle.write(b"[\n")
                self._entries.seek(0)
                shutil.copyfileobj(self._entries, handle)
                handle.write(b"\n  ]\n}\n")
            else:
                handle.write(b"[]\n}\n")

    def close(self) -> None:
        self._entries.close()
