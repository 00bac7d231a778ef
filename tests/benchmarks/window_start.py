"""How long two ways of starting the app take to show its window, measured from outside, in turns.

    python -m tests.benchmarks.window_start --runs 7 -- "A COMMAND" "B COMMAND"

For a build that the benchmark's own session module cannot drive (a frozen app, see
tools/build.py): each command is started on the X display in $DISPLAY (Xvfb with a window manager,
as in the README's screenshots) with a data folder of its own, and timed until a window named
Ledelsesjournal is shown (xdotool), then stopped. The commands run in turns, A B A B ..., and the
medians and the median of the ratios A/B are printed. The first run of each is not counted (the
libraries come into the file cache). Not part of the test run.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

TITLE = "Ledelsesjournal"
LIMIT_S = 60


def shown_after(command: str, data_dir: Path, settings: Path) -> float:
    """Seconds from starting ``command`` until its window is shown."""
    env = {
        **os.environ,
        "LEDELSESJOURNAL_DATA_DIR": str(data_dir),
        "XDG_CONFIG_HOME": str(settings),
        "QT_QPA_PLATFORM": "xcb",
    }
    started = time.perf_counter()
    process = subprocess.Popen(shlex.split(command), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - started < LIMIT_S:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--pid", str(process.pid), "--name", TITLE],
                capture_output=True,
                text=True,
            )
            if found.stdout.strip():
                return time.perf_counter() - started
            if process.poll() is not None:
                raise RuntimeError(f"{command!r} ended ({process.returncode}) before it showed a window")
            time.sleep(0.005)
        raise RuntimeError(f"{command!r} showed no window within {LIMIT_S} s")
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("a")
    parser.add_argument("b")
    args = parser.parse_args()
    if not shutil.which("xdotool") or not os.environ.get("DISPLAY"):
        raise SystemExit("needs xdotool and an X display (DISPLAY)")
    with tempfile.TemporaryDirectory() as work:
        folders = {name: Path(work) / name for name in ("a", "b")}
        settings = Path(work) / "settings"  # the welcome already seen, as at every start but the first
        (settings / "Ledelsesjournal").mkdir(parents=True)
        (settings / "Ledelsesjournal" / "ledelsesjournal.conf").write_text("[state]\nwelcomed=true\n")
        times: dict[str, list[float]] = {"a": [], "b": []}
        for run in range(args.runs + 1):
            for name, command in (("a", args.a), ("b", args.b)):
                seconds = shown_after(command, folders[name], settings)
                if run:  # the first of each warms the file cache
                    times[name].append(seconds)
    ratios = [a / b for a, b in zip(times["a"], times["b"], strict=True)]
    for name, command in (("a", args.a), ("b", args.b)):
        values = times[name]
        spread = f"min {min(values):.3f}, max {max(values):.3f}"
        print(f"{name}: median {statistics.median(values):.3f} s ({spread})  {command}")
    print(f"a/b: median {statistics.median(ratios):.2f} (min {min(ratios):.2f}, max {max(ratios):.2f})")


if __name__ == "__main__":
    main()
