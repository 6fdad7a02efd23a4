#!/usr/bin/env bash
# Prints which module each target of Sources/ imports (the graph docs/architecture.md draws),
# one line per target: TARGET -> IMPORTS. Standard and system modules are listed too.
set -euo pipefail
cd "$(dirname "$0")/.."
for target in Sources/*/; do
  name=$(basename "$target")
  imports=$({ grep -rhoE '^[[:space:]]*(@testable )?import [A-Za-z_]+' "$target" 2>/dev/null || true; } |
    awk '{print $NF}' | sort -u | paste -sd, - | sed 's/,/, /g')
  printf '%-16s -> %s\n' "$name" "${imports:-(nothing)}"
done
