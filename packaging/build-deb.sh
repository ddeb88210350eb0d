#!/usr/bin/env bash
# packaging/build-deb.sh OUTDIR: configures a release build (no tests, warnings not fatal: a newer
# compiler may warn more), builds it, and packages it with CPack as a Debian package in OUTDIR.
# The last line printed is the path of the .deb.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: packaging/build-deb.sh OUTDIR" >&2; exit 2; }
src=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$1"
out=$(cd "$1" && pwd)
cmake -S "$src" -B "$out/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
  -DCRM_BUILD_TESTS=OFF -DCRM_WERROR=OFF >&2
cmake --build "$out/build" -j2 >&2
rm -f "$out"/*.deb
(cd "$out/build" && cpack -G DEB -B "$out" >&2)
rm -rf "$out/_CPack_Packages"
deb=$(ls "$out"/*.deb)
echo "$deb"
