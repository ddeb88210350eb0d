#!/usr/bin/env bash
# Builds the CSV reader's libFuzzer target with clang (AddressSanitizer and UndefinedBehaviorSanitizer)
# and runs it for the given number of seconds (default 30) from the seed corpus.
#   tests/fuzz/run.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-30}"
out="../../build/fuzz"
mkdir -p "$out" "$out/corpus"
clang++ -std=c++20 -g -O1 -fPIC -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
  -I../../core $(pkg-config --cflags Qt6Core) \
  fuzz_csv.cpp ../../core/csv/csvreader.cpp \
  $(pkg-config --libs Qt6Core) -o "$out/fuzz_csv"
cp -n corpus/csv/* "$out/corpus/" 2>/dev/null || true
ASAN_OPTIONS=detect_leaks=0 "$out/fuzz_csv" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
  -artifact_prefix="$out/" \
  -print_final_stats=1 "$out/corpus" > "$out/fuzz.log" 2>&1 || { tail -n 30 "$out/fuzz.log"; exit 1; }
tail -n 6 "$out/fuzz.log"
