#!/usr/bin/env python3
"""Time `recruitnet import` / `recruitnet info` against peer graph loaders, in one run.

Every task runs as its own process under GNU ``/usr/bin/time -v``; the table
reports wall-clock seconds, CPU seconds, peak resident set size (RSS) and the
node and edge counts each tool printed, so a reader can check that all tools
loaded the same graph. For each task family (today only ``load``) it prints
how many times faster ``recruitnet`` was than the fastest peer.

Usage (from anywhere; Scripts/bench/run.sh calls this with the venv's python)::

    bench_import.py                        # Scripts/bench/data/edges-1M-10M.csv
    bench_import.py data/edges-100k-1M.csv data/edges-50k-500k.csv
    bench_import.py --standard             # all three standard files
    bench_import.py --only igraph,networkit FILE

Environment:
    RECRUITNET   path of the recruitnet binary (default <repo>/.build/release/recruitnet)

Adding a task: append a ``Task`` to ``TASKS`` below. Its ``argv`` is a list of
``str.format`` templates over the placeholders listed in ``Context``; tasks of
the same ``family`` are compared with each other (recruitnet against the
fastest peer).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DATA = HERE / "data"
RESULTS = HERE / "results"
PEERS = HERE / "peers"
VENV_PYTHON = HERE / ".venv" / "bin" / "python"
GNU_TIME = "/usr/bin/time"
DEFAULT_FILE = DATA / "edges-1M-10M.csv"
STANDARD_FILES = [DATA / "edges-50k-500k.csv", DATA / "edges-100k-1M.csv", DEFAULT_FILE]


# --------------------------------------------------------------------------- tasks

@dataclass
class Context:
    """Values substituted into a task's argv templates."""
    recruitnet: str   # {recruitnet}: the binary
    python: str       # {python}: interpreter with the peer libraries
    peers: str        # {peers}: Scripts/bench/peers
    csv: str          # {csv}: the benchmark CSV (header source,target,weight)
    ncol: str         # {ncol}: same edges, space-separated, no header (igraph NCOL)
    ws: str           # {ws}: workspace file written by recruitnet import
    edges: int        # rows in the CSV


@dataclass
class Task:
    tool: str
    task: str
    argv: list[str]
    family: str | None = None          # tasks compared with each other ("load", later "pagerank", ...)
    before: Callable[[Context], None] | None = None  # untimed preparation (e.g. delete the workspace)
    max_edges: int | None = None       # skip on larger files
    skip_note: str = ""

    @property
    def is_recruitnet(self) -> bool:
        return self.tool == "recruitnet"


def delete_workspace(ctx: Context) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        p = Path(ctx.ws + suffix)
        if p.exists():
            p.unlink()


NETWORKX_MAX_EDGES = 1_000_000

TASKS: list[Task] = [
    Task("recruitnet", "import",
         ["{recruitnet}", "import", "{csv}", "--into", "{ws}", "--quiet", "--timings"],
         family="load", before=delete_workspace),
    Task("recruitnet", "info",
         ["{recruitnet}", "info", "{ws}", "--format", "json", "--timings"]),
    Task("igraph", "load (Read_Ncol)",
         ["{python}", "{peers}/load_igraph.py", "{ncol}"], family="load"),
    Task("networkit", "load (EdgeListReader)",
         ["{python}", "{peers}/load_networkit.py", "{csv}"], family="load"),
    Task("networkx", "load (read_weighted_edgelist)",
         ["{python}", "{peers}/load_networkx.py", "{csv}"], family="load",
         max_edges=NETWORKX_MAX_EDGES,
         skip_note="networkx runs only on files of <= {max_edges:,} edges (at 10M edges it took "
                   "107 s and 4.4 GB here; --networkx-max-edges 0 runs it anyway)"),
    # Later: ("recruitnet", "pagerank") vs ("igraph", "pagerank") with family="pagerank", etc.
]


# --------------------------------------------------------------------------- running

@dataclass
class Result:
    tool: str
    task: str
    family: str | None
    status: str = "ok"                 # ok | missing binary | skipped | failed (rc N) | timeout
    note: str = ""
    wall: float | None = None          # seconds, GNU time "Elapsed (wall clock) time"
    cpu: float | None = None           # user + system seconds
    rss_mb: float | None = None        # "Maximum resident set size", MB (10^6 bytes)
    nodes: int | None = None
    edges: int | None = None
    timings: dict | None = None        # recruitnet --timings (last stderr line)
    inner_load: float | None = None    # peers: in-process load seconds
    payload: dict = field(default_factory=dict)
    stderr_tail: str = ""
    walls: list[float] = field(default_factory=list)
    cpus: list[float] = field(default_factory=list)
    inner_loads: list[float] = field(default_factory=list)


def parse_elapsed(text: str) -> float:
    """GNU time's "h:mm:ss" or "m:ss.ss" -> seconds."""
    parts = [float(p) for p in text.strip().split(":")]
    seconds = 0.0
    for p in parts:
        seconds = seconds * 60 + p
    return seconds


def parse_gnu_time(report: str) -> dict:
    out = {}
    for line in report.splitlines():
        key, _, value = line.strip().rpartition(": ")
        if key.startswith("Elapsed (wall clock) time"):
            out["wall"] = parse_elapsed(value)
        elif key == "Maximum resident set size (kbytes)":
            out["rss_kb"] = int(value)
        elif key == "User time (seconds)":
            out["user"] = float(value)
        elif key == "System time (seconds)":
            out["sys"] = float(value)
        elif key == "Percent of CPU this job got":
            out["cpu_percent"] = value
        elif key == "Exit status":
            out["exit"] = int(value)
    return out


def last_json_object(text: str) -> dict | None:
    """The whole text as a JSON object, else its last line that is one."""
    text = text.strip()
    if not text:
        return None
    try:
        obj = json.loads(text)
        return obj if isinstance(obj, dict) else None
    except ValueError:
        pass
    for line in reversed(text.splitlines()):
        line = line.strip()
        if line.startswith("{"):
            try:
                obj = json.loads(line)
                return obj if isinstance(obj, dict) else None
            except ValueError:
                return None
        if line:
            return None
    return None


def run_task(task: Task, ctx: Context, timeout: float, repeat: int) -> Result:
    res = Result(task.tool, task.task, task.family)
    if task.max_edges is not None and ctx.edges > task.max_edges:
        res.status = "skipped"
        res.note = task.skip_note.format(max_edges=task.max_edges)
        return res
    argv = [a.format(**ctx.__dict__) for a in task.argv]
    if task.is_recruitnet and not os.access(argv[0], os.X_OK):
        res.status = "missing binary"
        res.note = f"{argv[0]} not found (build with `swift build -c release` or set RECRUITNET)"
        return res

    for _ in range(repeat):
        if task.before:
            task.before(ctx)
        with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
            cmd = [GNU_TIME, "-v", "-o", report.name, *argv]
            proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                    text=True, start_new_session=True)
            try:
                stdout, stderr = proc.communicate(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)  # our own child's process group only
                proc.communicate()
                res.status = "timeout"
                res.note = f"killed after {timeout:.0f} s"
                return res
            gt = parse_gnu_time(report.read())
        if proc.returncode != 0:
            res.status = f"failed (rc {proc.returncode})"
            res.stderr_tail = "\n".join(stderr.strip().splitlines()[-5:])
            res.note = res.stderr_tail.splitlines()[-1] if res.stderr_tail else ""
            return res
        res.walls.append(gt.get("wall", float("nan")))
        res.cpus.append(gt.get("user", 0.0) + gt.get("sys", 0.0))
        res.rss_mb = max(res.rss_mb or 0.0, gt.get("rss_kb", 0) * 1024 / 1e6)

        payload = last_json_object(stdout) or {}
        res.payload = payload
        if "nodes" in payload:
            res.nodes = int(payload["nodes"])
        if "edges" in payload:
            res.edges = int(payload["edges"])
        if "load_seconds" in payload:
            res.inner_loads.append(float(payload["load_seconds"]))
        if task.is_recruitnet and "--timings" in argv:
            res.timings = last_json_object(stderr.strip().splitlines()[-1] if stderr.strip() else "")
            if res.timings is None:
                res.note = "no --timings JSON on the last stderr line"
    # With --repeat: medians of wall, CPU and in-process time; peak RSS is the maximum.
    res.wall = statistics.median(res.walls)
    res.cpu = statistics.median(res.cpus)
    res.inner_load = statistics.median(res.inner_loads) if res.inner_loads else None
    if repeat > 1:
        res.note = (res.note + " " if res.note else "") + \
            "walls " + ", ".join(f"{w:.2f}" for w in res.walls)
    return res


# --------------------------------------------------------------------------- inputs

def count_rows(path: Path) -> int:
    meta = path.with_name(path.name + ".meta.json")
    if meta.exists():
        return int(json.loads(meta.read_text())["edges"])
    lines = 0
    with open(path, "rb") as f:
        while block := f.read(1 << 24):
            lines += block.count(b"\n")
    return max(lines - 1, 0)


def ensure_ncol(csv_path: Path) -> Path:
    """Space-separated, header-less copy for igraph's Read_Ncol (not timed)."""
    ncol = csv_path.with_suffix(".ncol")
    if ncol.exists() and ncol.stat().st_mtime >= csv_path.stat().st_mtime:
        return ncol
    tmp = ncol.with_name(ncol.name + ".tmp")
    table = bytes.maketrans(b",", b" ")
    with open(csv_path, "rb") as src, open(tmp, "wb") as dst:
        src.readline()
        while block := src.read(1 << 24):
            dst.write(block.translate(table))
    tmp.replace(ncol)
    return ncol


def warm(path: Path) -> None:
    """Read the file once so that every tool starts from the page cache."""
    with open(path, "rb") as f:
        while f.read(1 << 24):
            pass


# --------------------------------------------------------------------------- report

def fmt(value, spec: str, missing: str = "-") -> str:
    return missing if value is None else format(value, spec)


def machine_info(python: str) -> list[str]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = subprocess.run(
        [python, "-c", "import importlib.metadata as m\n"
         "for p in ('igraph','networkit','networkx','numpy'):\n"
         "    try: print(p, m.version(p))\n"
         "    except m.PackageNotFoundError: print(p, 'not installed')"],
        capture_output=True, text=True).stdout.split("\n")
    return [
        f"date: {dt.datetime.now(dt.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')}",
        f"machine: {platform.node()}, {os.cpu_count()} CPUs ({cpu}), "
        f"{platform.system()} {platform.release()}",
        f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}",
        f"python for peers: {python}",
        "peer versions: " + ", ".join(v for v in versions if v),
    ]


def render(csv_path: Path, ctx: Context, results: list[Result]) -> str:
    out = []
    meta_path = csv_path.with_name(csv_path.name + ".meta.json")
    size = csv_path.stat().st_size / 1e6
    desc = f"{csv_path} ({size:.1f} MB, {ctx.edges:,} edges"
    if meta_path.exists():
        meta = json.loads(meta_path.read_text())
        desc += f", {meta['nodes']:,} nodes, seed {meta['seed']}"
    out.append("file: " + desc + ")")
    out.append("")
    head = f"{'tool':<11} {'task':<30} {'wall s':>8} {'cpu s':>8} {'in-proc s':>9} " \
           f"{'peak RSS MB':>11} {'n':>10} {'m':>11}  note"
    out.append(head)
    out.append("-" * len(head))
    for r in results:
        if r.status != "ok":
            out.append(f"{r.tool:<11} {r.task:<30} {r.status:>8}  {r.note}")
            continue
        out.append(f"{r.tool:<11} {r.task:<30} {fmt(r.wall, '8.2f')} {fmt(r.cpu, '8.2f')} "
                   f"{fmt(r.inner_load, '9.2f'):>9} {fmt(r.rss_mb, '11.0f'):>11} "
                   f"{fmt(r.nodes, '10d'):>10} {fmt(r.edges, '11d'):>11}  {r.note}")
    out.append("")

    # Agreement of n and m.
    counted = [(r.tool + " " + r.task, r.nodes, r.edges) for r in results
               if r.status == "ok" and r.nodes is not None]
    if counted:
        if len(counted) == 1:
            out.append(f"n={counted[0][1]:,} m={counted[0][2]:,} (only {counted[0][0]} reported counts)")
        elif len({(n, m) for _, n, m in counted}) == 1:
            out.append(f"n and m agree across {len(counted)} tools: n={counted[0][1]:,} m={counted[0][2]:,}")
        else:
            out.append("WARNING: n/m disagree: " + "; ".join(f"{t}: n={n} m={m}" for t, n, m in counted))

    # recruitnet against the fastest peer, per family.
    for family in dict.fromkeys(r.family for r in results if r.family):
        ours = [r for r in results if r.family == family and r.tool == "recruitnet"]
        peers = [r for r in results if r.family == family and r.tool != "recruitnet"
                 and r.status == "ok" and r.wall]
        if not peers:
            continue
        best = min(peers, key=lambda r: r.wall)
        line = f"[{family}] fastest peer: {best.tool} {best.wall:.2f} s"
        if ours and ours[0].status == "ok" and ours[0].wall is not None:
            # GNU time resolves 10 ms; a faster run is reported as a lower bound.
            floor = "at least " if ours[0].wall < 0.01 else ""
            ratio = best.wall / max(ours[0].wall, 0.01)
            verdict = f"{floor}{ratio:.1f}x faster than" if ratio >= 1 else f"{1 / ratio:.1f}x SLOWER than"
            line += f"; recruitnet {ours[0].task} {ours[0].wall:.2f} s -> {verdict} {best.tool}"
            if ours[0].rss_mb and best.rss_mb:
                line += f" (peak RSS {ours[0].rss_mb:.0f} MB vs {best.rss_mb:.0f} MB)"
        else:
            line += "; recruitnet: " + (ours[0].status if ours else "no task") + ", no ratio"
        out.append(line)

    # recruitnet details: memory per edge and phase timings.
    for r in results:
        if r.tool == "recruitnet" and r.status == "ok":
            if "memory_bytes" in r.payload and r.payload.get("edges"):
                mb = r.payload["memory_bytes"]
                out.append(f"recruitnet {r.task}: memory_bytes {mb:,} = "
                           f"{mb / r.payload['edges']:.1f} bytes per edge")
            if r.timings:
                phases = ", ".join(f"{k} {v:.3f} s" if isinstance(v, (int, float)) else f"{k} {v}"
                                   for k, v in r.timings.items())
                out.append(f"recruitnet {r.task} --timings: {phases}")
    for r in results:
        if r.stderr_tail:
            out.append(f"{r.tool} {r.task} stderr (last lines):")
            out.extend("    " + line for line in r.stderr_tail.splitlines())
    return "\n".join(out)


# --------------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path, help=f"edge-list CSVs (default {DEFAULT_FILE})")
    ap.add_argument("--standard", action="store_true", help="run the three standard files")
    ap.add_argument("--only", help="comma-separated tools to run (recruitnet,igraph,networkit,networkx)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per task; the table shows medians (peak RSS: the maximum)")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds per task (default 1800)")
    ap.add_argument("--networkx-max-edges", type=int, default=NETWORKX_MAX_EDGES,
                    help="largest file (edges) on which networkx runs; 0 = no limit")
    ap.add_argument("--workdir", type=Path, default=DATA, help="where the workspace is written")
    ap.add_argument("--no-save", action="store_true", help=f"do not write {RESULTS}/<timestamp>.txt")
    args = ap.parse_args(argv)

    if not Path(GNU_TIME).exists():
        sys.exit(f"error: {GNU_TIME} missing (Debian package 'time'; Scripts/bench/setup.sh installs it)")
    # A relative path is tried against the working directory, then against Scripts/bench/.
    files = STANDARD_FILES if args.standard else \
        [f if f.exists() or f.is_absolute() or not (HERE / f).exists() else HERE / f
         for f in (args.files or [DEFAULT_FILE])]
    for f in files:
        if not f.exists():
            sys.exit(f"error: {f} missing; generate it with Scripts/bench/generate_edges.py --standard")
    only = set(args.only.split(",")) if args.only else None
    tasks = [t for t in TASKS if only is None or t.tool in only]
    for t in tasks:
        if t.tool == "networkx":
            t.max_edges = args.networkx_max_edges or None
    python = str(VENV_PYTHON) if VENV_PYTHON.exists() else sys.executable
    recruitnet = os.environ.get("RECRUITNET", str(REPO / ".build" / "release" / "recruitnet"))

    report = machine_info(python)
    report.append(f"recruitnet: {recruitnet}" + ("" if os.access(recruitnet, os.X_OK) else " (missing)"))
    report.append(f"repeat: {args.repeat}; every task is a separate process under {GNU_TIME} -v")
    print("\n".join(report), flush=True)

    args.workdir.mkdir(parents=True, exist_ok=True)
    for csv_path in files:
        csv_path = csv_path.resolve()
        ncol = ensure_ncol(csv_path) if any(t.tool == "igraph" for t in tasks) else csv_path
        for p in {csv_path, ncol}:
            warm(p)
        ctx = Context(recruitnet=recruitnet, python=python, peers=str(PEERS), csv=str(csv_path),
                      ncol=str(ncol), ws=str(args.workdir.resolve() / (csv_path.stem + ".rnet")),
                      edges=count_rows(csv_path))
        results = []
        for t in tasks:
            print(f"... {t.tool} {t.task} on {csv_path.name}", file=sys.stderr, flush=True)
            t0 = time.monotonic()
            results.append(run_task(t, ctx, args.timeout, max(args.repeat, 1)))
            print(f"    {results[-1].status} after {time.monotonic() - t0:.1f} s", file=sys.stderr, flush=True)
        block = render(csv_path, ctx, results)
        print("\n" + block, flush=True)
        report += ["", block]

    if not args.no_save:
        RESULTS.mkdir(parents=True, exist_ok=True)
        path = RESULTS / (dt.datetime.now().strftime("%Y%m%d-%H%M%S") + ".txt")
        path.write_text("\n".join(report) + "\n")
        print(f"\nsaved {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
