#!/usr/bin/env bash
# Saves the screenshots of the console's main views: crm-tour walks the demo of each kind given
# (default: every kind) and writes the PNGs to DIR (default docs/screenshots).
#   scripts/screenshots.sh [--into DIR] [--language CODE] [--dark] [KIND...]
#   KIND: civicrm remp sheep identity civicrm-oauth2 civicrm-import; CODE: en de sk
set -euo pipefail
cd "$(dirname "$0")/.."
dir=docs/screenshots
tour=()
while [ $# -gt 0 ]; do
  case "$1" in
    --into) dir=$2; shift 2 ;;
    --language) tour+=(--language "$2"); shift 2 ;;
    --dark) tour+=(--dark); shift ;;
    *) break ;;
  esac
done
kinds=("$@")
[ ${#kinds[@]} -gt 0 ] || kinds=(civicrm remp sheep identity civicrm-oauth2 civicrm-import)
export CCACHE_DIR="${CCACHE_DIR:-$PWD/build/.ccache}"
cmake --preset dev >/dev/null
cmake --build --preset dev --target crm-tour crm-sandbox
for kind in "${kinds[@]}"; do
  QT_QPA_PLATFORM=xcb ./scripts/with-keyring.sh xvfb-run -a -s "-screen 0 1400x900x24" \
    build/dev/bin/crm-tour --demo-kind "$kind" --screenshots "$dir" "${tour[@]}"
done
