#!/usr/bin/env bash
# Checks that a gazette binary holds exactly one copy of the C signal state and of each relay
# function. A `static inline` function with state in a header once gave every object file its own
# copy: in release builds the handler wrote to one and the event loop read another, so signals
# were ignored and the reader spun a core. This catches that class of bug by symbol count.
#
# Usage: Scripts/check-terminal-signals.sh [BINARY]   (default .build/release/gazette)
set -euo pipefail
binary=${1:-.build/release/gazette}
[ -x "$binary" ] || { echo "check-terminal-signals: no binary at $binary" >&2; exit 2; }
symbols=$(nm "$binary")
failures=0

count() { printf '%s\n' "$symbols" | grep -cE "$1" || true; }

state=$(count ' [bBdD] gz_signal_state$')
if [ "$state" -ne 1 ]; then
  echo "FAIL: $state copies of gz_signal_state (expected exactly 1)"
  failures=$((failures + 1))
fi
# A function-local static shows up as `function.variable`: none may exist for gz_ functions.
locals=$(printf '%s\n' "$symbols" | grep -E ' gz_[A-Za-z0-9_]+\.[A-Za-z0-9_]+' || true)
if [ -n "$locals" ]; then
  echo "FAIL: function-local statics in C helpers (one copy per object file):"
  printf '  %s\n' "$locals"
  failures=$((failures + 1))
fi
header=Sources/CTerminalSignals/include/terminal_signals.h
for function in $(grep -oE '^[a-z].* \*?(gz_[a-z_]+)\(' "$header" | grep -oE 'gz_[a-z_]+'); do
  copies=$(count " [tT] $function\$")
  if [ "$copies" -ne 1 ]; then
    echo "FAIL: $copies definitions of $function (expected exactly 1)"
    failures=$((failures + 1))
  fi
done
# The header of stateless wrappers must stay stateless.
if grep -nE '^\s*static\s+[^(]*[;=]' Sources/CNcursesw/shim.h | grep -v inline; then
  echo "FAIL: a static variable in Sources/CNcursesw/shim.h"
  failures=$((failures + 1))
fi
if [ "$failures" -ne 0 ]; then exit 1; fi
echo "check-terminal-signals: $binary holds one gz_signal_state and one copy of each relay function"
