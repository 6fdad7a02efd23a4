#!/usr/bin/env bash
# Times `gazette list --json` against jq listing the same fields and against cat (the floor).
#
# Usage: Scripts/bench-list.sh [COUNT...]   (default: 10000 100000)
# Generates a corpus per COUNT with Scripts/generate-corpus.py (kept in $BENCH_DIR, default
# /tmp/gazette-bench), builds gazette in release mode, and runs each command 5 times with
# hyperfine after a warm-up, so every figure is a median over a warm page cache.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
bench_dir=${BENCH_DIR:-/tmp/gazette-bench}
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(10000 100000)

swift build -c release --product gazette --package-path "$here" >/dev/null
gazette="$(swift build -c release --show-bin-path --package-path "$here")/gazette"

# jq prints the same fields as `gazette list --json`, one object per article. (jq 1.6 rejects
# files that start with a byte order mark, ~2.5% of a generated corpus, with an error and
# carries on; its exit status is ignored for that reason.)
jq_filter='if type == "array" then .[] else . end | {id, title, source, published, url, path: input_filename}'

for count in "${counts[@]}"; do
  corpus="$bench_dir/corpus-$count"
  if [ ! -d "$corpus" ]; then
    mkdir -p "$bench_dir"
    python3 "$here/Scripts/generate-corpus.py" "$corpus" --count "$count" --seed 1
  fi
  files=$(find "$corpus" -name '*.json' -type f | wc -l)
  bytes=$(du -sb "$corpus" | cut -f1)
  echo "== $count articles: $files files, $((bytes / 1048576)) MiB"
  hyperfine --warmup 1 --runs 5 --export-json "$bench_dir/list-$count.json" \
    --command-name "gazette list --json" "$gazette list --json --data '$corpus' > /dev/null" \
    --command-name "jq" --ignore-failure "find '$corpus' -name '*.json' -type f -print0 | xargs -0 jq -c '$jq_filter' > /dev/null" \
    --command-name "cat" "find '$corpus' -name '*.json' -type f -print0 | xargs -0 cat > /dev/null" \
    >/dev/null
  jq -r '.results[] | "\(.command): median \(.median * 1000 | floor) ms (user \(.user * 1000 | floor) ms, system \(.system * 1000 | floor) ms)"' \
    "$bench_dir/list-$count.json"
  /usr/bin/time -f "gazette list --json: max RSS %M KiB" "$gazette" list --json --data "$corpus" >/dev/null
done
