"""The benchmark behind `make bench`: how fast and how big the pipeline is, against the floor.

    .venv/bin/python benchmarks/run.py [--docs 1000] [--large 10000] [--budget 240]

It generates a corpus (benchmarks/generate.py) in a temporary folder and prints, each the
median of several runs unless it says otherwise:

- convert in-process, validate in-process (XSD and Schematron apart): docs/s and MB/s;
- the floor on the same outputs: lxml parse + serialize + lxml XMLSchema validate, and the
  ratio pipeline / floor;
- `tei-pipeline batch` with --jobs 1 and --jobs 2, and `make -j2` over 200 documents;
- peak memory of a batch (sums over the batch process and its workers of the resident and
  of the proportional memory, sampled) for 100 documents and for a larger corpus;
- the start-up of one `tei-pipeline convert` process on the example;
- linearity: the example with its turns repeated 10 times against the example.

When a measurement would not fit the time budget at the speed measured in-process, it runs
on fewer documents and says so (and how long the full size would take at that rate).
Figures go to standard output; nothing is written outside the temporary folder.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import generate  # noqa: E402

BIN = Path(sys.executable).parent
TOOL = str(BIN / "tei-pipeline")
EXAMPLE = ROOT / "examples" / "114178.txt"
MB = 1024 * 1024
RESULTS: dict[str, float] = {}


def median_time(action, repeat: int) -> float:
    """Run `action` `repeat` times; return the median wall time in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def line(label: str, seconds: float, docs: int, size: int, note: str = "") -> None:
    rate = docs / seconds if seconds else float("inf")
    print(f"  {label:<34} {rate:8.1f} docs/s {size / MB / seconds:7.2f} MB/s "
          f"{seconds:8.2f} s  {note}", flush=True)


def in_process(sample: list[Path], repeat: int) -> float:
    """Convert and validate a sample in this process; print each step; return s per doc."""
    from lxml import etree

    from pipeline import convert, serialize
    from pipeline.validate import schemas, validate_bytes
    from pipeline.validate.schematron import schematron_problems
    from pipeline.validate.xsd import xsd_problems
    from pipeline.xmlsafe import parse_untrusted

    sources = [p.read_bytes() for p in sample]
    size_in = sum(map(len, sources))
    n = len(sources)
    outputs = [serialize(convert(data).tree) for data in sources]  # also warms the caches
    size_out = sum(map(len, outputs))
    docs = [parse_untrusted(data, "x") for data in outputs]
    schemas.xsd_libxml2(), schemas.schematron()
    invalid = sum(1 for data in outputs if validate_bytes(data, path="x"))
    print(f"in-process, {n} generated documents ({size_in / n / 1024:.1f} KB in, "
          f"{size_out / n / 1024:.1f} KB out each), median of {repeat}; "
          f"{invalid} of {n} outputs invalid", flush=True)

    xsd = schemas.xsd_libxml2()
    parser = etree.XMLParser(resolve_entities=False, no_network=True)

    def floor() -> None:
        for data in outputs:
            tree = etree.fromstring(data, parser).getroottree()
            etree.tostring(tree, encoding="UTF-8", xml_declaration=True)
            xsd.validate(tree)

    steps = {
        "convert": lambda: [serialize(convert(d).tree) for d in sources],
        "xsd": lambda: [xsd_problems(d, "x") for d in docs],
        "schematron": lambda: [schematron_problems(d, "x") for d in docs],
        "validate": lambda: [validate_bytes(d, path="x") for d in outputs],
        "floor": floor,
    }
    # Every step once per round, the rounds in turn: a slow minute of a shared machine
    # falls on the pipeline and on the floor alike, not on one of them.
    times: dict[str, list[float]] = {name: [] for name in steps}
    for _ in range(repeat):
        for name, action in steps.items():
            times[name].append(median_time(action, 1))
    t_convert, t_xsd, t_sch, t_valid, t_floor = (statistics.median(times[name])
                                                 for name in steps)
    line("convert (read..serialize)", t_convert, n, size_in, "MB/s of source")
    line("validate: XSD (pipeline)", t_xsd, n, size_out, "MB/s of TEI")
    line("validate: Schematron", t_sch, n, size_out)
    line("validate_bytes (parse+XSD+Sch.)", t_valid, n, size_out)
    line("floor: lxml parse+serialize+XSD", t_floor, n, size_out)
    pipeline = t_convert + t_valid
    # The ratio of each round, then their median: each round's steps ran within a second.
    ratio = statistics.median((c + v) / f for c, v, f in
                              zip(times["convert"], times["validate"], times["floor"]))
    RESULTS["floor_ratio"] = ratio
    print(f"  pipeline (convert + validate) / floor = {ratio:.0f}x "
          f"(target <= 10x); without Schematron {(t_convert + t_valid - t_sch) / t_floor:.0f}x; "
          f"convert alone {t_convert / t_floor:.0f}x", flush=True)
    return pipeline / n


class MemorySampler:
    """Sample the memory of a process and all its descendants (sums, in bytes): resident
    (RSS, which counts a page the workers share with the parent once in each of them) and
    proportional (PSS, which divides each shared page among the processes sharing it)."""

    def __init__(self, pid: int, interval: float = 0.05):
        self.pid, self.interval, self.peak, self.peak_pss = pid, interval, 0, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            tree = _tree(self.pid)
            self.peak = max(self.peak, sum(_proc_bytes(pid, "status", "VmRSS:") for pid in tree))
            self.peak_pss = max(self.peak_pss,
                                sum(_proc_bytes(pid, "smaps_rollup", "Pss:") for pid in tree))
            self._stop.wait(self.interval)


def _tree(root: int) -> list[int]:
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            parents.setdefault(ppid, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(parents.get(pid, []))
    return found


def _proc_bytes(pid: int, file: str, field: str) -> int:
    """A memory figure of a process from /proc (status's VmRSS, smaps_rollup's Pss), in bytes;
    0 when the process is gone."""
    try:
        for text in Path(f"/proc/{pid}/{file}").read_text().splitlines():
            if text.startswith(field):
                return int(text.split()[1]) * 1024
    except OSError:
        pass
    return 0


def run_batch(src: Path, out: Path, jobs: int,
              sample: bool = False) -> tuple[float, int, int]:
    """Run `tei-pipeline batch`; return (wall seconds, peak RSS and peak PSS of the process
    tree, or 0 and 0).

    Memory is sampled only when asked: a sample reads /proc for the whole process tree, 2 to
    3 ms of CPU every 50 ms, which the timed runs should not pay on a two-core machine.
    """
    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    proc = subprocess.Popen([TOOL, "batch", str(src), "-o", str(out), "--jobs", str(jobs)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    with MemorySampler(proc.pid) if sample else contextlib.nullcontext() as sampler:
        _, err = proc.communicate()
    elapsed = time.perf_counter() - start
    summary = err.strip().splitlines()[-1] if err.strip() else ""
    done = len(list(src.glob("*.txt")))
    if proc.returncode != 0 or not summary.startswith(f"{done} converted"):
        # A figure is only worth printing for a batch that converted every document.
        raise SystemExit(f"batch --jobs {jobs} did not convert all {done} documents "
                         f"(exit {proc.returncode}): {err[-2000:]}")
    RESULTS.setdefault("summaries", []).append(summary)
    return elapsed, sampler.peak if sample else 0, sampler.peak_pss if sample else 0


def fit(want: int, per_doc: float, jobs: int, budget: float) -> int:
    """How many documents fit one run of `budget` seconds at `per_doc` s/doc over `jobs`."""
    return max(20, min(want, int(budget * jobs / per_doc)))


def repeats(n: int, per_doc: float, jobs: int, budget: float) -> int:
    """Three runs for the median when they fit the budget, else as many as fit (at least 1)."""
    return max(1, min(3, int(budget / (n * per_doc / jobs))))


def corpus(base: Path, count: int, name: str) -> Path:
    folder = base / name
    generate.generate(count, folder, seed=1)
    return folder


def bench_batch(base: Path, src: Path, want: int, per_doc: float, budget: float) -> None:
    print(f"\nbatch (tei-pipeline batch SRC -o OUT: convert + validate + write), "
          f"{os.cpu_count()} cores", flush=True)
    for jobs in (1, 2):
        n = fit(want, per_doc, jobs, budget / 2)
        folder = _subset(base, src, n)
        size = sum(p.stat().st_size for p in folder.glob("*.txt"))
        runs = [run_batch(folder, base / f"out-j{jobs}", jobs)
                for _ in range(repeats(n, per_doc, jobs, budget / 2))]
        seconds = statistics.median(r[0] for r in runs)
        note = f"{n} docs, median of {len(runs)}"
        if n < want:
            note += f"; {want} docs would take ~{seconds * want / n:.0f} s"
        line(f"batch --jobs {jobs}", seconds, n, size, note)
        RESULTS[f"batch_j{jobs}_per_doc"] = seconds / n
        RESULTS[f"batch_j{jobs}_n"] = n
    print(f"  last summary: {RESULTS['summaries'][-1]}")


def _subset(base: Path, src: Path, n: int) -> Path:
    folder = base / f"src-{n}"
    if not folder.exists():
        folder.mkdir()
        for path in sorted(src.glob("*.txt"))[:n]:
            os.link(path, folder / path.name)
    return folder


def bench_make(base: Path, src: Path, want: int, per_doc: float, budget: float) -> None:
    n = fit(want, per_doc, 2, budget)
    folder = _subset(base, src, n)
    size = sum(p.stat().st_size for p in folder.glob("*.txt"))
    out = base / "make-out"

    def make() -> None:
        shutil.rmtree(out, ignore_errors=True)
        # CODE= : the outputs' code prerequisites are left out, so that someone editing the
        # pipeline during the run cannot turn the rerun below into a rebuild.
        subprocess.run(["make", "-s", "-C", str(ROOT), "-j2", f"SRC={folder}", f"OUT={out}",
                        f"EXPORT={base / 'make-export'}", "CODE=", "convert"],
                       check=True, stdout=subprocess.DEVNULL)

    repeat = repeats(n, per_doc, 2, budget)
    seconds = median_time(make, repeat)
    print(f"\nmake -j2 convert ({n} docs, one process per document, median of {repeat})")
    line("make -j2", seconds, n, size, f"{seconds / n * 1000:.0f} ms per document")
    again = subprocess.run(["make", "--no-print-directory", "-C", str(ROOT), "-j2",
                            f"SRC={folder}", f"OUT={out}", "CODE=", "convert"],
                           capture_output=True, text=True)
    rebuilt = again.stdout.count("tei-pipeline convert")
    print(f"  second make: {rebuilt} conversions ({again.stdout.strip().splitlines()[-1]})")


def bench_memory(base: Path, src: Path, large: int, per_doc: float, budget: float) -> None:
    print("\npeak memory of `batch --jobs 2` (the batch process + workers, sampled; RSS counts "
          "a page shared by the workers once in each, PSS divides it among them)", flush=True)
    n_large = fit(large, per_doc, 2, budget)
    if n_large > len(list(src.glob("*.txt"))):
        src = corpus(base, n_large, "large")
    peaks = {}
    for n in [100, n_large] if n_large > 100 else [n_large]:
        seconds, peak, pss = run_batch(_subset(base, src, n), base / "out-mem", 2, sample=True)
        peaks[n] = peak
        print(f"  {n:6d} docs: {peak / MB:6.0f} MB peak RSS, {pss / MB:4.0f} MB peak PSS, "
              f"{seconds:.1f} s", flush=True)
    if n_large < large:
        print(f"  (asked for {large} documents; the time budget allowed {n_large})")
    RESULTS["memory"] = max(peaks.values()) / MB
    RESULTS["memory_n"] = max(peaks)
    RESULTS["memory_growth"] = peaks[max(peaks)] / peaks[min(peaks)] - 1
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"  largest single process of the whole run (ru_maxrss of children): {children:.0f} MB")


def bench_startup(base: Path, repeat: int = 5) -> None:
    out = base / "one.xml"

    def run(*args: str) -> float:
        return median_time(lambda: subprocess.run(list(args), check=False,
                                                  stdout=subprocess.DEVNULL,
                                                  stderr=subprocess.DEVNULL), repeat)

    python = run(sys.executable, "-c", "pass")
    version = run(TOOL, "--version")
    one = run(TOOL, "convert", "--quiet", str(EXAMPLE), "-o", str(out))
    RESULTS["startup"] = one
    print(f"\nstart-up (fresh process, median of {repeat})")
    print(f"  python -c pass                     {python * 1000:6.0f} ms")
    print(f"  tei-pipeline --version (imports)   {version * 1000:6.0f} ms")
    print(f"  tei-pipeline convert 114178.txt    {one * 1000:6.0f} ms  (target <= 500 ms)")


def bench_linearity(repeat: int = 3) -> None:
    from pipeline import convert, serialize

    text = EXAMPLE.read_text(encoding="utf-8")
    start = text.index("Premier Zhou [Enlai]: (After greeting")
    end = text.rstrip().rindex("\n...")
    turns = text[start:end].rstrip("\n") + "\n\n"
    long = text[:start] + turns * 10 + text[end:].lstrip("\n")
    short_data, long_data = text.encode(), long.encode()
    serialize(convert(short_data).tree)
    shorts, longs = [], []
    for _ in range(repeat):  # the sizes in turn, so that a slow minute falls on both
        shorts.append(median_time(lambda: serialize(convert(short_data).tree), 1))
        longs.append(median_time(lambda: serialize(convert(long_data).tree), 1))
    t1, t10 = statistics.median(shorts), statistics.median(longs)
    RESULTS["linearity"] = t10 / t1
    print(f"\nlinearity (the example's turns repeated 10 times, median of {repeat})")
    print(f"  1x  {len(short_data) / 1024:7.0f} KB  {t1 * 1000:8.0f} ms")
    print(f"  10x {len(long_data) / 1024:7.0f} KB  {t10 * 1000:8.0f} ms   ratio {t10 / t1:.1f} "
          "(target <= ~10)")


def targets() -> None:
    def verdict(ok: bool) -> str:
        return "ok  " if ok else "MISS"

    thousand = RESULTS["batch_j2_per_doc"] * 1000
    print("\ntargets (issue 5)")
    print(f"  {verdict(thousand <= 20)} 1,000 docs with 2 jobs <= 20 s: {thousand:.0f} s "
          f"(measured on {RESULTS['batch_j2_n']})")
    print(f"  {verdict(RESULTS['floor_ratio'] <= 10)} pipeline <= 10x floor: "
          f"{RESULTS['floor_ratio']:.0f}x")
    print(f"  {verdict(RESULTS['memory'] <= 300)} peak memory <= 300 MB: "
          f"{RESULTS['memory']:.0f} MB (largest run: {RESULTS['memory_n']} docs)")
    print(f"  {verdict(RESULTS['memory_growth'] <= 0.1)} the same for 100 and "
          f"{RESULTS['memory_n']} docs (within 10 %): {RESULTS['memory_growth']:+.0%}")
    print(f"  {verdict(RESULTS['startup'] <= 0.5)} convert start-up <= 0.5 s: "
          f"{RESULTS['startup']:.2f} s")
    print(f"  {verdict(RESULTS['linearity'] <= 11)} 10x longer document <= ~10x time: "
          f"{RESULTS['linearity']:.1f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=1000, help="corpus for batch (1000)")
    parser.add_argument("--make-docs", type=int, default=200, help="corpus for make -j2 (200)")
    parser.add_argument("--large", type=int, default=10_000,
                        help="the larger corpus for peak memory (10000, if the budget allows)")
    parser.add_argument("--sample", type=int, default=20, help="in-process sample (20)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per median (3)")
    parser.add_argument("--budget", type=float, default=200,
                        help="seconds the measurements after the in-process ones may take (200)")
    args = parser.parse_args()
    os.environ.setdefault("SOURCE_DATE_EPOCH", "0")
    started = time.perf_counter()
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="tei-bench-") as tmp:
        base = Path(tmp)
        src = corpus(base, args.docs, "corpus")
        print(f"corpus: {args.docs} documents generated (seed 1) in {base}\n")
        per_doc = in_process(sorted(src.glob("*.txt"))[:args.sample], args.repeat)
        bench_startup(base)
        bench_linearity(max(args.repeat, 5))
        # The budget, shared out by expected cost.
        left = args.budget
        bench_batch(base, src, args.docs, per_doc, left * 0.45)
        bench_make(base, src, args.make_docs, per_doc, left * 0.25)
        bench_memory(base, src, args.large, per_doc, left * 0.2)
    targets()
    print(f"\n(the benchmark took {time.perf_counter() - started:.0f} s; load average "
          f"{os.getloadavg()[0]:.1f} at the end, {load:.1f} at the start: other processes on "
          "the machine slow every figure)")


if __name__ == "__main__":
    main()
