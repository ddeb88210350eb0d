#!/usr/bin/env bash
# Installs what is missing, builds, and starts CRM Console on the built-in sandbox CRM (--demo).
# Extra arguments go to crm-console, e.g. ./run.sh --demo-kind remp
set -euo pipefail
cd "$(dirname "$0")"
./scripts/install-deps.sh
export CCACHE_DIR="${CCACHE_DIR:-$PWD/build/.ccache}"
cmake --preset dev >/dev/null
cmake --build --preset dev
app=(build/dev/bin/crm-console --demo "$@")
# The demo keeps its profile, keys and cache in a throwaway session: a keyring of its own when no
# Secret Service is running, and a display of its own when there is none.
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  app=(xvfb-run -a -s "-screen 0 1400x900x24" "${app[@]}")
fi
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  exec ./scripts/with-keyring.sh "${app[@]}"
fi
exec "${app[@]}"
