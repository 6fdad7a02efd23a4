#!/usr/bin/env python3
"""Time-to-first-title and memory of the Gazette reader, measured in a real terminal (tmux).

Usage: Scripts/bench-reader.py [COUNT ...]          (default: 10000 100000)

Each COUNT is measured twice, side by side (the runs alternate, so the machine's load falls on
both alike): "no reading state", with XDG_STATE_HOME naming a file, so the store cannot be
used and the reader keeps marks in memory (the work of the reader before reading state), and
"with reading state", a store where every other article is read and every 50th of the rest
(1,000 at 100,000) flagged, all seen by an earlier run (`gazette state import` of a generated
file, made once per COUNT). "list complete" waits until the status line shows the unread
count and no longer says "loading": every row then carries its read mark.

For each COUNT, generates a corpus with Scripts/generate-corpus.py (kept in $BENCH_DIR, default
/tmp/gazette-bench), starts the release build of `gazette --data CORPUS` in a private tmux
server at 120x40, and polls `capture-pane` until the first list row (a date and a title) is on
screen. It then waits for loading to finish and reads the process's peak resident memory
(VmHWM) and current resident memory (VmRSS) from /proc. Every figure is the median of RUNS
(default 5) runs after one warm-up run, so the page cache is warm as for a user who reads daily.
"""
import json
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
FIRST_ROW = re.compile(r"^[ !][ N•] \d{4}-\d{2}-\d{2} \S")


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


def state_home(binary, data, count):
    """A state directory where half the articles are read and 1 in 100 flagged."""
    home = os.path.join(BENCH_DIR, f"state-{count}")
    if os.path.isdir(home):
        return home
    listing = subprocess.run([binary, "list", "--json", "--data", data], capture_output=True,
                             text=True, env={**os.environ, "XDG_STATE_HOME": home + ".tmp"})
    ids = sorted(article["id"] for article in json.loads(listing.stdout))
    lines = []
    for number, article_id in enumerate(ids):
        state = {"id": article_id, "first_seen": "2026-12-01T08:00:00.000Z"}
        if number % 2 == 0:
            state.update(read=True, read_changed="2026-12-01T09:00:00.000Z")
        elif number % 100 == 1:
            state.update(flagged=True, flag_changed="2026-12-01T09:00:00.000Z")
        lines.append(json.dumps(state, ensure_ascii=False))
    exchange = os.path.join(BENCH_DIR, f"state-{count}.jsonl")
    with open(exchange, "w") as file:
        file.write("\n".join(lines) + "\n")
    subprocess.run([binary, "state", "import", exchange, "--data", data], check=True,
                   env={**os.environ, "XDG_STATE_HOME": home})
    return home


def one_run(binary, data, state):
    tmux("kill-server", check=False)
    start = time.monotonic()
    tmux("new-session", "-d", "-x", "120", "-y", "40", "-e", "LANG=C.UTF-8",
         "-e", f"XDG_STATE_HOME={state}", f"exec {binary} --data {data}")
    first_title = None
    deadline = start + 30
    while time.monotonic() < deadline:
        screen = tmux("capture-pane", "-p", check=False).splitlines()
        if len(screen) > 1 and FIRST_ROW.match(screen[1]):
            first_title = time.monotonic() - start
            break
        time.sleep(0.002)
    pid = int(tmux("display", "-p", "#{pane_pid}").strip())
    tmux("send-keys", "C-l")
    loaded = None
    while time.monotonic() < deadline:
        status = tmux("capture-pane", "-p", check=False).splitlines()[-1:]
        # The unread count says the marks are in (the no-store message, which would hide
        # the rest of the line, was cleared by a key below).
        if status and "loading" not in status[0] and " unread" in status[0]:
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
    unusable = os.path.join(BENCH_DIR, "no-state")
    open(unusable, "w").close()
    for count in counts:
        data = corpus(count)
        variants = [("no reading state", unusable),
                    ("with reading state", state_home(binary, data, count))]
        for _, state in variants:
            one_run(binary, data, state)  # Warm the page cache.
        runs = {name: [] for name, _ in variants}
        for _ in range(RUNS):
            for name, state in variants:
                runs[name].append(one_run(binary, data, state))
        for name, _ in variants:
            firsts = [r[0] for r in runs[name] if r[0] is not None]
            loads = [r[1] for r in runs[name] if r[1] is not None]
            peaks = [r[2].get("VmHWM", 0) / 1024 for r in runs[name]]
            print(f"== {count} articles, {name} ({RUNS} runs)")
            print(f"first titles on screen: median {statistics.median(firsts) * 1000:.0f} ms "
                  f"(min {min(firsts) * 1000:.0f}, max {max(firsts) * 1000:.0f})")
            print(f"list complete with read marks: median "
                  f"{statistics.median(loads) * 1000:.0f} ms "
                  f"(min {min(loads) * 1000:.0f}, max {max(loads) * 1000:.0f})")
            print(f"peak resident memory: median {statistics.median(peaks):.0f} MB "
                  f"(max {max(peaks):.0f})")


if __name__ == "__main__":
    main()
