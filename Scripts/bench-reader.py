#!/usr/bin/env python3
"""Time-to-first-title and memory of the Gazette reader, measured in a real terminal (tmux).

Usage: Scripts/bench-reader.py [COUNT ...]          (default: 10000 100000)

For each COUNT, generates a corpus with Scripts/generate-corpus.py (kept in $BENCH_DIR, default
/tmp/gazette-bench), starts the release build of `gazette --data CORPUS` in a private tmux
server at 120x40, and polls `capture-pane` until the first list row (a date and a title) is on
screen. It then waits for loading to finish and reads the process's peak resident memory
(VmHWM) and current resident memory (VmRSS) from /proc. Every figure is the median of RUNS
(default 5) runs after one warm-up run, so the page cache is warm as for a user who reads daily.
"""
import os
import re
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH_DIR = os.environ.get("BENCH_DIR", "/tmp/gazette-bench")
RUNS = int(os.environ.get("RUNS", "5"))
SOCKET = f"/tmp/gazette-bench-{os.getpid()}.sock"
FIRST_ROW = re.compile(r"^\d{4}-\d{2}-\d{2} \S")


def tmux(*args, check=True):
    return subprocess.run(["tmux", "-S", SOCKET, "-f", "/dev/null", *args],
                          capture_output=True, text=True, check=check).stdout


def release_binary():
    subprocess.run(["swift", "build", "-c", "release", "--product", "gazette",
                    "--package-path", HERE], check=True, capture_output=True)
    path = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path",
                           "--package-path", HERE], check=True, capture_output=True,
                          text=True).stdout.strip()
    return os.path.join(path, "gazette")


def corpus(count):
    path = os.path.join(BENCH_DIR, f"corpus-{count}")
    if not os.path.isdir(path):
        os.makedirs(BENCH_DIR, exist_ok=True)
        subprocess.run([sys.executable, os.path.join(HERE, "Scripts/generate-corpus.py"), path,
                        "--count", str(count), "--seed", "1"], check=True)
    return path


def memory_kib(pid):
    fields = {}
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            key, _, value = line.partition(":")
            if key in ("VmHWM", "VmRSS"):
                fields[key] = int(value.split()[0])
    return fields


def one_run(binary, data):
    tmux("kill-server", check=False)
    start = time.monotonic()
    tmux("new-session", "-d", "-x", "120", "-y", "40", "-e", "LANG=C.UTF-8",
         f"exec {binary} --data {data}")
    first_title = None
    deadline = start + 30
    while time.monotonic() < deadline:
        screen = tmux("capture-pane", "-p", check=False).splitlines()
        if len(screen) > 1 and FIRST_ROW.match(screen[1]):
            first_title = time.monotonic() - start
            break
        time.sleep(0.002)
    pid = int(tmux("display", "-p", "#{pane_pid}").strip())
    loaded = None
    while time.monotonic() < deadline:
        status = tmux("capture-pane", "-p", check=False).splitlines()[-1:]
        if status and "loading" not in status[0]:
            loaded = time.monotonic() - start
            break
        time.sleep(0.01)
    time.sleep(0.2)
    memory = memory_kib(pid)
    tmux("send-keys", "q")
    time.sleep(0.1)
    tmux("kill-server", check=False)
    return first_title, loaded, memory


def main():
    counts = [int(c) for c in sys.argv[1:]] or [10000, 100000]
    binary = release_binary()
    for count in counts:
        data = corpus(count)
        one_run(binary, data)  # Warm the page cache.
        runs = [one_run(binary, data) for _ in range(RUNS)]
        firsts = [r[0] for r in runs if r[0] is not None]
        loads = [r[1] for r in runs if r[1] is not None]
        peaks = [r[2].get("VmHWM", 0) / 1024 for r in runs]
        print(f"== {count} articles ({RUNS} runs)")
        print(f"first titles on screen: median {statistics.median(firsts) * 1000:.0f} ms "
              f"(min {min(firsts) * 1000:.0f}, max {max(firsts) * 1000:.0f})")
        print(f"loading finished: median {statistics.median(loads) * 1000:.0f} ms")
        print(f"peak resident memory: median {statistics.median(peaks):.0f} MB "
              f"(max {max(peaks):.0f})")


if __name__ == "__main__":
    main()
