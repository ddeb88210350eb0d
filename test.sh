#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: once with the dev preset and once under
# AddressSanitizer + UndefinedBehaviorSanitizer. Tests run with a private D-Bus session, a throwaway
# unlocked gnome-keyring, private XDG folders and no display (QT_QPA_PLATFORM=offscreen).
#   CRM_SKIP_SANITIZERS=1 ./test.sh   skips the sanitizer pass
set -euo pipefail
cd "$(dirname "$0")"
./scripts/install-deps.sh
export QT_QPA_PLATFORM=offscreen
export CCACHE_DIR="${CCACHE_DIR:-$PWD/build/.ccache}"

presets=(dev)
[ "${CRM_SKIP_SANITIZERS:-0}" = 1 ] || presets+=(asan)
for preset in "${presets[@]}"; do
  echo "== $preset: configure and build"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
  echo "== $preset: test"
  # LeakSanitizer reports the one-off allocations of system libraries (fontconfig, D-Bus): leaks are
  # not counted as failures; every other ASan and UBSan finding is.
  ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ./scripts/with-keyring.sh ctest --preset "$preset" --timeout 300
done
# What a distribution checks before it takes the desktop entry and the AppStream metadata (the release
# entry is configured from the project version): no error and no warning.
echo "== desktop entry and AppStream metadata"
desktop_report=$(desktop-file-validate packaging/org.crmconsole.CrmConsole.desktop)
[ -z "$desktop_report" ] || { echo "$desktop_report"; exit 1; }
appstreamcli validate --no-net build/dev/packaging/org.crmconsole.CrmConsole.metainfo.xml
# The Debian package as a distribution would take it: lintian finds no error, Depends names the plugins
# loaded at run time and QtKeychain's library, and the packaged crmctl runs and says its version.
echo "== Debian package"
deb=$(packaging/build-deb.sh build/deb | tail -1)
lintian --fail-on error "$deb"
depends=$(dpkg-deb -f "$deb" Depends)
for needed in libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libqt6keychain1; do
  [[ $depends == *"$needed"* ]] || { echo "Depends lacks $needed: $depends"; exit 1; }
done
rm -rf build/deb/root && dpkg-deb -x "$deb" build/deb/root
version=$(build/deb/root/usr/bin/crmctl --version)
[ "$version" = "crmctl $(dpkg-deb -f "$deb" Version)" ] || { echo "packaged crmctl says: $version"; exit 1; }
echo "$deb: $version; Depends: $depends"
# The CSV reader, JsonText (differential against QJsonDocument) and the four CRM codecs under libFuzzer
# (clang, ASan + UBSan), each from its seed corpus; a longer run: tests/fuzz/run.sh 3600 fuzz_codecs
echo "== fuzz: ${CRM_FUZZ_SECONDS:-30} s each"
tests/fuzz/run.sh "${CRM_FUZZ_SECONDS:-30}"
