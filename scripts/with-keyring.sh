#!/usr/bin/env bash
# Runs a command with a private D-Bus session, an unlocked throwaway gnome-keyring and private XDG
# folders, so tests and the demo never touch a person's own keychain, settings or caches.
#   scripts/with-keyring.sh COMMAND [ARG]...
# With CRM_KEEP_XDG=1 the caller's XDG folders are kept (the keyring is still throwaway).
set -euo pipefail
if [ -z "${CRM_IN_KEYRING_SESSION:-}" ]; then
  export CRM_IN_KEYRING_SESSION=1
  exec dbus-run-session -- "$0" "$@"
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/crm-session.XXXXXX")
trap 'kill "${GKD_PID:-0}" 2>/dev/null || true; rm -rf "$tmp"' EXIT
if [ "${CRM_KEEP_XDG:-0}" != 1 ]; then
  export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache"
fi
export XDG_RUNTIME_DIR="$tmp/runtime"
mkdir -p "$tmp/config" "$tmp/data" "$tmp/cache" "$XDG_RUNTIME_DIR" "$tmp/keyrings"
chmod 700 "$XDG_RUNTIME_DIR"
# gnome-keyring keeps its files under XDG_DATA_HOME/keyrings: give it a private one even with CRM_KEEP_XDG.
eval "$(printf 'throwaway' | XDG_DATA_HOME="$tmp" gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
export GNOME_KEYRING_CONTROL
GKD_PID=$(pgrep -n -u "$(id -u)" gnome-keyring-d || true)
"$@"
