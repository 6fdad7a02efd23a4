#!/usr/bin/env python3
"""How long a change to the data directory takes to show in the running Gazette reader.

Usage: Scripts/bench-live.py [COUNT ...]          (default: 10000 100000)

For each COUNT, generates a corpus with Scripts/generate-corpus.py (kept in $BENCH_DIR, default
/tmp/gazette-bench, copied to a scratch folder the script may write), starts the release build
of `gazette --data CORPUS` (or $GAZETTE_BINARY) in a private tmux server at 120x40 with an index cache of its own,
and measures, with the watcher on inotify and then polling (GAZETTE_WATCH=poll), and without an
index (GAZETTE_NO_INDEX=1):

- start: until the first list row is on screen (a second start, from the index, except without
  an index);
- one new file: written (temporary file + rename) until its title is on screen;
- one file's title changed in place: until the new title is on screen;
- one file removed: until its title is gone.

Each figure is the median of RUNS (default 3) changes. The first reader run of a corpus builds
the index in the background; the script waits for its `current` file before measuring.
"""
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH_DIR = os.environ.get("BENCH_DIR", "/tmp/gazette-bench")
RUNS = int(os.environ.get("RUNS", "3"))
SOCKET = f"/tmp/gazette-bench-live-{os.getpid()}.sock"
FIRST_ROW = re.compile(r"^[ !][ N•] \d{4}-\d{2}-\d{2} \S")


def tmux(*args, check=True):
    return subprocess.run(["tmux", "-S", SOCKET, "-f", "/dev/null", *args],
                          capture_output=True, text=True, check=check).stdout


def release_binary():
    if os.environ.get("GAZETTE_BINARY"):
        return os.environ["GAZETTE_BINARY"]
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


def screen():
    return tmux("capture-pane", "-p", check=False)


def wait(condition, limit=60):
    start = time.monotonic()
    while time.monotonic() - start < limit:
        if condition(screen()):
            return time.monotonic() - start
        time.sleep(0.005)
    return None


def write(path, title):
    temporary = path + ".tmp"
    with open(temporary, "w") as file:
        file.write('{"title": "%s", "source": "Live Desk", "published": "2031-01-01", '
                   '"body": "Body."}' % title)
    os.rename(temporary, path)


def start(binary, data, cache, environment):
    tmux("kill-server", check=False)
    began = time.monotonic()
    exports = " ".join(f"{k}={v}" for k, v in environment.items())
    tmux("new-session", "-d", "-x", "120", "-y", "40", "-e", "LANG=C.UTF-8",
         "-e", f"XDG_CACHE_HOME={cache}", "-e", f"XDG_STATE_HOME={cache}/state",
         f"exec env {exports} {binary} --data {data}")
    wait(lambda s: len(s.splitlines()) > 1 and FIRST_ROW.match(s.splitlines()[1]))
    first = time.monotonic() - began
    wait(lambda s: "loading" not in s.splitlines()[-1])
    return first


def measure(binary, data, cache, environment):
    first = start(binary, data, cache, environment)
    time.sleep(1)
    added, changed, removed = [], [], []
    for run in range(RUNS):
        path = os.path.join(data, f"live-{run}.json")
        write(path, f"Arrived {run} now")
        added.append(wait(lambda s: f"Arrived {run} now" in s))
        time.sleep(0.5)
        write(path, f"Retitled {run} now")
        changed.append(wait(lambda s: f"Retitled {run} now" in s))
        time.sleep(0.5)
        os.remove(path)
        removed.append(wait(lambda s: f"Retitled {run} now" not in s))
        time.sleep(0.5)
    tmux("send-keys", "q")
    time.sleep(0.2)
    tmux("kill-server", check=False)
    median = lambda values: statistics.median(v for v in values if v is not None)
    return first, median(added), median(changed), median(removed)


def main():
    counts = [int(c) for c in sys.argv[1:]] or [10000, 100000]
    binary = release_binary()
    for count in counts:
        scratch = tempfile.mkdtemp(prefix="gazette-live-")
        try:
            data = os.path.join(scratch, "data")
            shutil.copytree(corpus(count), data)
            cache = os.path.join(scratch, "cache")
            # The first run builds the index in the background.
            start(binary, data, cache, {})
            index = os.path.join(cache, "gazette", "index")
            deadline = time.monotonic() + 300
            while time.monotonic() < deadline and not any(
                    "current" in files for _, _, files in os.walk(index)):
                time.sleep(0.1)
            tmux("kill-server", check=False)
            print(f"{count:,} articles: start / new file / title changed / file removed (s)")
            for name, environment in [("index, inotify", {}),
                                      ("index, polling", {"GAZETTE_WATCH": "poll"}),
                                      ("no index, inotify", {"GAZETTE_NO_INDEX": "1"})]:
                figures = measure(binary, data, cache, environment)
                print(f"  {name:18} " + "  ".join(f"{f:6.2f}" for f in figures), flush=True)
        finally:
            tmux("kill-server", check=False)
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
