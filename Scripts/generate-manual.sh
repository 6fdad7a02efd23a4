#!/usr/bin/env bash
# Regenerates the committed man page docs/man/gazette.1 from the command's own help text, with
# swift-argument-parser's generate-manual plugin (works offline; the first run builds the
# plugin's tool, which takes minutes, later runs seconds). Run it after changing any command's
# help; Scripts/install.sh installs the committed page, so installing stays quick.
#
#   Scripts/generate-manual.sh
#
# The page's date is the date of the last commit, so regenerating an unchanged tree gives an
# identical file.
set -euo pipefail
cd "$(dirname "$0")/.."

date=$(git log -1 --format=%cs 2>/dev/null || date +%F)
swift package generate-manual --date "$date" >&2
mkdir -p docs/man
cp .build/plugins/GenerateManual/outputs/gazette/gazette.1 docs/man/gazette.1
echo "docs/man/gazette.1 written" >&2
