#!/usr/bin/env bash
# Times loading a data directory with Gazette's loader against jq and cat on the same files.
#
# Usage: Scripts/bench-load.sh DIR [RUNS]
#   DIR   a directory of article .json files (e.g. from Scripts/generate-corpus.py)
#   RUNS  runs per command (default 5); hyperfine reports mean and median
#
# Prints hyperfine's table for: ModelBenchmark (loadAll: walk, read, parse, sort), jq listing
# the list fields of every article, and cat of every file (the I/O floor). Then one
# ModelBenchmark run with its own wall/CPU/peak-memory figures and first-batch latency.
set -euo pipefail

dir=${1:?usage: Scripts/bench-load.sh DIR [RUNS]}
runs=${2:-5}
here=$(cd "$(dirname "$0")/.." && pwd)

swift build -c release --product ModelBenchmark --package-path "$here" >/dev/null
bench="$(swift build -c release --show-bin-path --package-path "$here")/ModelBenchmark"

jq_filter='if type == "array" then .[] else . end | {id, title, source, published, url}'
files=$(find "$dir" -name '*.json' -type f | wc -l)
echo "$dir: $files .json files"

hyperfine --warmup 1 --runs "$runs" --ignore-failure --export-json /tmp/gazette-bench-load.json \
  --command-name gazette-loadAll "$bench '$dir'" \
  --command-name jq "find '$dir' -name '*.json' -type f -print0 | xargs -0 jq -c '$jq_filter' > /dev/null" \
  --command-name cat "find '$dir' -name '*.json' -type f -print0 | xargs -0 cat > /dev/null"

jq -r '.results[] | "\(.command): median \(.median * 1000 | floor) ms, user \(.user * 1000 | floor) ms, system \(.system * 1000 | floor) ms"' \
  /tmp/gazette-bench-load.json

echo
"$bench" "$dir" --stream
