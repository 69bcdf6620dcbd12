"""Convert a folder: convert, validate and write each source, in parallel, and sum up.

    result = run_batch(sources, Path("tei"), jobs=2)
    print(result.counts())       # {"converted": 998, "invalid": 1, "failed": 1}

Each document is done wholly by one worker process: read, convert, serialize, validate the
bytes written, write them atomically. Workers take the documents a few at a time (CHUNK).
A document's result is a small `DocResult` (status, problems, sizes), never the tree, and
the workers' caches are bounded, so memory stops growing however many documents there
are. Schemas are compiled once per worker process (`pipeline.validate.schemas`).

Outputs do not depend on the order of the work or the number of jobs: each document's
bytes depend only on its source (and SOURCE_DATE_EPOCH), and results are reported sorted
by file name. An output whose bytes would not change is not rewritten, so a rerun leaves
the files (and their times) of unchanged documents alone.
"""

from __future__ import annotations

import contextlib
import functools
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .errors import PipelineError

CONVERTED, INVALID, FAILED = "converted", "invalid", "failed"


class Interrupted(Exception):
    """The batch was stopped by SIGINT or SIGTERM; what was written is complete."""


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
    """Every document's result, in file-name order, and whether the batch ran to the end."""

    results: list[DocResult] = field(default_factory=list)
    total: int = 0
    stopped: str = ""  # "" (ran to the end), "fail-fast" or "interrupted"

    def counts(self) -> dict[str, int]:
        """How many documents were converted (valid), invalid, failed, and not done."""
        counts = {CONVERTED: 0, INVALID: 0, FAILED: 0}
        for result in self.results:
            counts[result.status] += 1
        counts["not done"] = self.total - len(self.results)
        return counts

    @property
    def ok(self) -> bool:
        """True when every document was converted and is valid."""
        return not self.stopped and all(r.status == CONVERTED for r in self.results)

    def report(self) -> dict:
        """The JSON report: counts and every document's result."""
        return {"ok": self.ok, "stopped": self.stopped or None, "total": self.total,
                "counts": self.counts(), "documents": [r.as_dict() for r in self.results]}


def sources_in(folder: Path) -> list[Path]:
    """Return the folder's *.txt files, sorted by name (the order of the report)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise PipelineError("no such folder", path=str(folder))
    return sorted(p for p in folder.glob("*.txt") if p.is_file())


@functools.lru_cache(maxsize=4)
def _authority(register: str | None):
    """The persons of a register file, read once per worker process (None: the built-in)."""
    if register is None or not Path(register).exists():
        return None
    from .register import load
    return load(register).authority_persons()


def process_one(source: Path, output: Path, tei_all: Path | None = None,
                register: str | None = None) -> DocResult:
    """Convert, validate and write one source. Every error becomes a FAILED result."""
    from .convert import convert
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


def _process_chunk(tasks: Sequence[tuple[Path, Path]], tei_all: Path | None = None,
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


def run_batch(sources: Sequence[Path], out_dir: Path, *, jobs: int | None = None,
              tei_all: Path | None = None, fail_fast: bool = False,
              on_result: Callable[[DocResult], None] | None = None,
              register: str | None = None) -> BatchResult:
    """Convert `sources` into `out_dir`/NAME.xml with `jobs` processes (default: every core).

    Raises nothing for a bad document (it is a FAILED result). With `fail_fast`, the first
    failed or invalid document stops the batch: no other task goes to a worker, and the
    documents already handed out finish and are reported with the rest. SIGINT and SIGTERM
    stop the batch after the documents in progress, and the result says "interrupted".
    """
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise PipelineError(f"cannot create the output folder: {err.strerror}",
                            path=str(out_dir)) from None
    jobs = max(1, jobs or os.cpu_count() or 1)
    tasks = [(Path(src), out_dir / f"{Path(src).stem}.xml") for src in sources]
    batch = BatchResult(total=len(tasks))
    halt = threading.Event()  # set: hand out no other task
    with _stop_on_term(), \
            contextlib.closing(_results(tasks, jobs, tei_all, register, halt)) as results:
        try:
            for result in results:
                batch.results.append(result)
                if on_result is not None:
                    on_result(result)
                if fail_fast and result.status != CONVERTED and not batch.stopped:
                    batch.stopped = "fail-fast"
                    halt.set()  # what is in progress was written: it is reported too
        except (KeyboardInterrupt, Interrupted):
            batch.stopped = "interrupted"
    batch.results.sort(key=lambda r: r.source)
    return batch


def _results(tasks: list[tuple[Path, Path]], jobs: int, tei_all: Path | None,
             register: str | None, halt: threading.Event) -> Iterable[DocResult]:
    """Yield each task's result as it completes; once `halt` is set, start no other task and
    yield the results of those in progress. Closing the generator cancels the rest."""
    if jobs == 1 or len(tasks) <= 1:
        for source, output in tasks:
            if halt.is_set():
                return
            yield process_one(source, output, tei_all, register)
        return
    # A bounded window of submitted tasks: cancelling is quick and the queue stays small.
    window = jobs * 2  # tasks in flight: a worker never waits for the parent to hand it one
    pending: set[Future] = set()
    chunks = (tasks[i:i + CHUNK] for i in range(0, len(tasks), CHUNK))
    context = multiprocessing.get_context()
    if tei_all is not None and context.get_start_method() == "fork":
        # tei_all takes seconds to compile: compiled here once, every forked worker has it,
        # instead of each compiling its own.
        from .validate import schemas
        schemas.tei_all(Path(tei_all).resolve())
    executor = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init,
                                   mp_context=context)
    try:
        while True:
            while len(pending) < window and not halt.is_set():
                chunk = next(chunks, None)
                if chunk is None:
                    break
                pending.add(executor.submit(_process_chunk, chunk, tei_all, register))
            if not pending:
                return
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for result in sorted(_results_of(done), key=lambda r: r.source):
                yield result
    finally:
        # Let the documents in progress finish (each is written whole or not at all).
        executor.shutdown(wait=True, cancel_futures=True)


def _results_of(done: Iterable[Future]) -> list[DocResult]:
    try:
        return [result for future in done for result in future.result()]
    except BrokenProcessPool:
        raise PipelineError("a worker process died (out of memory, or killed); "
                            "run the batch again to finish") from None


class _stop_on_term:
    """Turn SIGTERM into an exception in the main thread while the batch runs."""

    def __enter__(self):
        self.previous = signal.getsignal(signal.SIGTERM)
        try:
            signal.signal(signal.SIGTERM, self._raise)
        except ValueError:  # not the main thread: leave signals alone
            self.previous = None
        return self

    def __exit__(self, *exc) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGTERM, self.previous)

    @staticmethod
    def _raise(signum, frame):
        raise Interrupted()


def export_valid(batch: BatchResult, formats: Sequence[str], export_dir: Path) -> None:
    """Export every valid document of the batch, each format into `export_dir`/FORMAT/."""
    from .export import exporter
    from .xmlsafe import parse_untrusted

    valid = [r for r in batch.results if r.status == CONVERTED]
    if not valid or not formats:
        return
    docs = [(Path(r.output), parse_untrusted(Path(r.output).read_bytes(), r.output))
            for r in valid]
    for name in formats:
        target = Path(export_dir) / name
        target.mkdir(parents=True, exist_ok=True)
        exporter(name).export(docs, target)


def grow_register(batch: BatchResult, register: str) -> None:
    """Merge every converted document into the register file, in name order, and save it.

    The documents of one batch are converted in parallel against the register as it was;
    ids come from canonical names, so the same person gets the same id in each of them.
    """
    from .register import load, names_of, save
    from .xmlsafe import parse_untrusted

    book = load(register)
    for result in sorted(batch.results, key=lambda r: r.source):
        if result.status == FAILED:
            continue
        output = Path(result.output)
        book.merge(names_of(parse_untrusted(output.read_bytes(), str(output))),
                   Path(result.source).stem)
    save(book, register)
