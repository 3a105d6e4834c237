"""Run a command and measure it: wall time, CPU time and peak memory of its whole process tree.

Used by the benchmark (register.bench). The machine may be shared, so CPU time (user + system,
of the command and everything it started) is reported beside wall time: it varies far less
with other load than wall time does.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Measured:
    wall_s: float
    cpu_s: float
    max_rss_mb: float  # the largest single process (kernel's ru_maxrss)
    tree_rss_mb: float  # the largest sum over the process tree, sampled every 50 ms
    returncode: int
    output: str


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as handle:
            return [int(child) for child in handle.read().split()]
    except OSError:
        return []


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _tree_rss_kb(pid: int) -> int:
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        total += _rss_kb(current)
        todo.extend(_children(current))
    return total


def measure(command: list[str], cwd: Path, env: dict[str, str], log: Path | None = None) -> Measured:
    """Run `command` to its end; its output goes to `log` (and is returned)."""
    out_path = log or Path(os.devnull)
    with open(out_path, "w", encoding="utf-8") as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
        peak = [0]
        done = threading.Event()

        def sample() -> None:
            while not done.wait(0.05):
                peak[0] = max(peak[0], _tree_rss_kb(process.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        done.set()
        sampler.join()
        process.returncode = os.waitstatus_to_exitcode(status)
    output = out_path.read_text(encoding="utf-8", errors="replace") if log else ""
    return Measured(
        wall_s=wall,
        cpu_s=usage.ru_utime + usage.ru_stime,
        max_rss_mb=usage.ru_maxrss / 1024,
        tree_rss_mb=max(peak[0], usage.ru_maxrss) / 1024,
        returncode=process.returncode,
        output=output,
    )


def tree_size(folder: Path) -> tuple[int, int]:
    """(files, bytes) under `folder`: what a host such as GitHub Pages counts."""
    files = size = 0
    for root, _, names in os.walk(folder):
        for name in names:
            files += 1
            size += os.path.getsize(os.path.join(root, name))
    return files, size
