#!/usr/bin/env bash
# Measures the persistent index (issue 12's targets) side by side with cat, grep -rl and jq,
# in one run, on generated corpora.
#
# Usage: Scripts/bench-index.sh [COUNT...]   (default: 100000)
# Generates a corpus per COUNT with Scripts/generate-corpus.py (kept in $BENCH_DIR, default
# /tmp/gazette-bench), builds gazette in release mode, and prints for each command the wall
# time, the CPU time (user + system: on a shared machine the steadier figure) and the peak
# memory, each the median of $RUNS runs (default 3) after one warm-up run, so the page cache
# is warm. The index goes to a private $XDG_CACHE_HOME under $BENCH_DIR. WORD (default
# 盘锦) is the body search; its Traditional form is searched too, to compare the counts.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
bench_dir=${BENCH_DIR:-/tmp/gazette-bench}
runs=${RUNS:-3}
word=${WORD:-盘锦}
traditional=${TRADITIONAL:-盤錦}
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(100000)

swift build -c release --product gazette --package-path "$here" >/dev/null
gazette="$(swift build -c release --show-bin-path --package-path "$here")/gazette"
jq_filter='if type == "array" then .[] else . end | {id, title, source, published, url, path: input_filename}'

# measure NAME COMMAND...: runs COMMAND (output discarded) once to warm up, then $runs times;
# prints the median wall time, CPU time and peak memory.
measure() {
  local name=$1
  shift
  "$@" >/dev/null 2>&1 || true
  local samples=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$bench_dir/time.txt" -f "%e %U %S %M" "$@" >/dev/null 2>/dev/null || true
    samples+=("$(tail -1 "$bench_dir/time.txt")")
  done
  printf '%s\n' "${samples[@]}" | sort -n | awk -v name="$name" -v runs="$runs" '
    NR == int((runs + 1) / 2) {
      printf "  %-40s %7.2f s wall %7.2f s CPU %7.0f MB\n", name, $1, $2 + $3, $4 / 1024
    }'
}

# once NAME COMMAND...: runs COMMAND once (a cold build cannot be repeated warm).
once() {
  local name=$1
  shift
  /usr/bin/time -o "$bench_dir/time.txt" -f "%e %U %S %M" "$@" >/dev/null 2>/dev/null || true
  tail -1 "$bench_dir/time.txt" | awk -v name="$name" '{
    printf "  %-40s %7.2f s wall %7.2f s CPU %7.0f MB\n", name, $1, $2 + $3, $4 / 1024 }'
}

for count in "${counts[@]}"; do
  corpus="$bench_dir/corpus-$count"
  if [ ! -d "$corpus" ]; then
    mkdir -p "$bench_dir"
    python3 "$here/Scripts/generate-corpus.py" "$corpus" --count "$count" --seed 1
  fi
  cache="$bench_dir/cache-$count"
  export XDG_CACHE_HOME=$cache
  files=$(find "$corpus" -name '*.json' -type f | wc -l)
  bytes=$(du -sb "$corpus" | cut -f1)
  echo "== $count articles: $files files, $((bytes / 1048576)) MiB ($(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"

  echo "-- the floor and the peers"
  measure "cat of every file" sh -c "find '$corpus' -name '*.json' -type f -print0 | xargs -0 cat"
  measure "grep -rl $word" grep -rl "$word" "$corpus"
  measure "jq (the list's fields)" sh -c \
    "find '$corpus' -name '*.json' -type f -print0 | xargs -0 jq -c '$jq_filter' || true"

  echo "-- without an index (GAZETTE_NO_INDEX=1: every file read)"
  measure "list --json" env GAZETTE_NO_INDEX=1 "$gazette" list --json --data "$corpus"
  measure "list --search $word" env GAZETTE_NO_INDEX=1 "$gazette" list --search "$word" --data "$corpus"

  echo "-- building the index"
  rm -rf "$cache"
  once "first list --json (builds metadata)" "$gazette" list --json --data "$corpus"
  once "first list --search (indexes bodies)" "$gazette" list --search "$word" --data "$corpus"
  once "index --rebuild (everything)" "$gazette" index --rebuild --data "$corpus"

  echo "-- with a warm index"
  measure "list --json" "$gazette" list --json --data "$corpus"
  measure "list" "$gazette" list --data "$corpus"
  measure "list --search $word" "$gazette" list --search "$word" --data "$corpus"
  measure "list --search $traditional" "$gazette" list --search "$traditional" --data "$corpus"
  measure "list --search 市 (one character)" "$gazette" list --search 市 --data "$corpus"
  measure "sources" "$gazette" sources --data "$corpus"

  echo "-- after one file changes"
  changed=$(find "$corpus" -name '*.json' -type f -print -quit)
  touch "$changed"
  once "list --json (revalidates, reads one file)" "$gazette" list --json --data "$corpus"

  echo "-- counts and sizes"
  simplified=$("$gazette" list --search "$word" --data "$corpus" | wc -l)
  traditional_count=$("$gazette" list --search "$traditional" --data "$corpus" | wc -l)
  scanned=$(GAZETTE_NO_INDEX=1 "$gazette" list --search "$word" --data "$corpus" | wc -l)
  grep_files=$(grep -rl "$word" "$corpus" | wc -l)
  echo "  $word: $simplified articles, $traditional: $traditional_count, scanning the files: $scanned (grep -rl: $grep_files files, no folding)"
  folder=$(dirname "$(find "$cache" -name current -print -quit)")
  index_file="$folder/$(cat "$folder/current")"
  index_bytes=$(( $(stat -c %s "$index_file") + $(stat -c %s "$index_file-wal" 2>/dev/null || echo 0) ))
  echo "  index: $((index_bytes / 1048576)) MiB for $((bytes / 1048576)) MiB of JSON ($(awk -v i="$index_bytes" -v c="$bytes" 'BEGIN { printf "%.2f", i / c }')x)"
done
