#!/usr/bin/env bash
# Figures for reading state: listing with and without it, marking, the store's snapshot.
#
# Usage: Scripts/bench-state.sh [COUNT]   (default: 100000)
# Generates the corpus with Scripts/generate-corpus.py (kept in $BENCH_DIR, default
# /tmp/gazette-bench), builds gazette and StateBenchmark in release mode, gives a fresh store
# every other article read (50,000 of 100,000) and 1,000 flagged, then prints:
#   - StateBenchmark: snapshot load and memory, one mark, a poll, mark-all in the store;
#   - each command's wall and CPU time (median of 7, interleaved) and peak memory:
#     `list` (reads no state, as before), `list --unread`, `list --flagged`, `list --json`,
#     and `mark read --all` (on a copy of the store, so every run starts from the same state).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
bench_dir=${BENCH_DIR:-/tmp/gazette-bench}
count=${1:-100000}

swift build -c release --product gazette --package-path "$here" >/dev/null
swift build -c release --product StateBenchmark --package-path "$here" >/dev/null
bin="$(swift build -c release --show-bin-path --package-path "$here")"

corpus="$bench_dir/corpus-$count"
if [ ! -d "$corpus" ]; then
  mkdir -p "$bench_dir"
  python3 "$here/Scripts/generate-corpus.py" "$corpus" --count "$count" --seed 1
fi
state_home="$bench_dir/state-$count"
scratch="$bench_dir/state-scratch"
rm -rf "$state_home" "$scratch" "$bench_dir/state-none"
ids="$bench_dir/ids-$count.txt"
XDG_STATE_HOME="$bench_dir/state-none" "$bin/gazette" list --json --data "$corpus" 2>/dev/null |
  jq -r '.[].id' >"$ids"
echo "== $(wc -l <"$ids") articles in $corpus"
"$bin/StateBenchmark" prepare "$state_home" "$corpus" "$ids"
"$bin/StateBenchmark" measure "$state_home" "$corpus" "$ids"

# Wall time and CPU time (user + system; what a busy shared machine stretches least), median of
# 7 rounds after a warm-up round (the commands take turns within a round), and peak resident
# memory of each command.
python3 - "$bin/gazette" "$corpus" "$state_home" "$scratch" <<'PY'
import os, shutil, statistics, subprocess, sys, time
gazette, corpus, state_home, scratch = sys.argv[1:]

def run_once(arguments, fresh_copy):
    if fresh_copy:
        shutil.rmtree(scratch, ignore_errors=True)
        shutil.copytree(state_home, scratch)
    environment = dict(os.environ, XDG_STATE_HOME=scratch if fresh_copy else state_home)
    start = time.monotonic()
    process = subprocess.Popen([gazette] + arguments + ["--data", corpus], env=environment,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    if status != 0:
        sys.exit(f"{' '.join(arguments)}: exit status {status}")
    return time.monotonic() - start, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024

def measure(commands, runs=7):
    """Runs the commands in turn, round after round, so a change in the machine's load
    affects them alike; prints each one's medians."""
    results = {name: [] for name, _, _ in commands}
    for round in range(runs + 1):
        for name, arguments, fresh_copy in commands:
            figures = run_once(arguments, fresh_copy)
            if round > 0:
                results[name].append(figures)
    for name, figures in results.items():
        times, cpus, peaks = zip(*figures)
        print(f"{name:<20} wall median {statistics.median(times):.3f} s "
              f"({min(times):.3f}-{max(times):.3f}), CPU median {statistics.median(cpus):.3f} s, "
              f"peak {max(peaks):.0f} MB")

measure([
    ("list", ["list"], False),
    ("list --unread", ["list", "--unread"], False),
    ("list --flagged", ["list", "--flagged"], False),
    ("list --json", ["list", "--json"], False),
    ("mark read --all", ["mark", "read", "--all"], True),
])
PY
