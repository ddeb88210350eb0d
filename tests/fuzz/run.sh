#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (AddressSanitizer and UndefinedBehaviorSanitizer) and runs each
# for the given number of seconds (default 30) from its seed corpus:
#   fuzz_csv       the CSV reader and writer (core/csv)
#   fuzz_jsontext  JsonText, differential against QJsonDocument (core/json)
#   fuzz_codecs    the CiviCRM, REMP, SheepCRM and Identity codecs (core/backends)
#   tests/fuzz/run.sh [SECONDS] [TARGET...]
# A longer run of one target: tests/fuzz/run.sh 3600 fuzz_codecs
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-30}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_csv fuzz_jsontext fuzz_codecs)
out="../../build/fuzz"
mkdir -p "$out"
core=../../core
declare -A sources=(
  [fuzz_csv]="$core/csv/csvreader.cpp"
  [fuzz_jsontext]="$core/json/jsontext.cpp"
  [fuzz_codecs]="$core/backends/civicrm/civicrmcodec.cpp $core/backends/remp/rempcodec.cpp
                 $core/backends/sheep/sheepcodec.cpp $core/backends/identity/identitycodec.cpp
                 $core/json/jsontext.cpp $core/net/jsonanswer.cpp $core/domain/crmerror.cpp
                 $core/domain/rawrecord.cpp"
)
declare -A corpora=([fuzz_csv]=csv [fuzz_jsontext]=json [fuzz_codecs]=answers)
for t in "${targets[@]}"; do
  # shellcheck disable=SC2086
  clang++ -std=c++20 -g -O1 -fPIC -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
    -I"$core" $(pkg-config --cflags Qt6Core) "$t.cpp" ${sources[$t]} $(pkg-config --libs Qt6Core) -o "$out/$t"
  mkdir -p "$out/corpus-$t"
  cp -n corpus/"${corpora[$t]}"/* "$out/corpus-$t/" 2>/dev/null || true
  echo "== $t (${seconds} s)"
  ASAN_OPTIONS=detect_leaks=0 "$out/$t" -max_total_time="$seconds" -max_len=8192 -timeout=10 \
    -artifact_prefix="$out/$t-" -print_final_stats=1 "$out/corpus-$t" > "$out/$t.log" 2>&1 ||
    { tail -n 30 "$out/$t.log"; exit 1; }
  grep -E "^stat::number_of_executed_units|^#[0-9]+.*DONE" "$out/$t.log" | tail -n 2
done
