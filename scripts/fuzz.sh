#!/usr/bin/env bash
# Fuzzes the loader and the validators with libFuzzer and AddressSanitizer.
#
#   scripts/fuzz.sh               run for 60 seconds
#   scripts/fuzz.sh 600           run for 600 seconds
#   scripts/fuzz.sh -runs=1000000 run a million inputs
#   scripts/fuzz.sh -- ARGS...    pass ARGS to libFuzzer as they are (e.g. a crash file to replay)
#
# The fuzz binary is built from the NaptrackCore sources, Fuzz/LoaderFuzzer.swift and the libyaml
# sources in the Yams checkout; it is not part of the package, so `swift build` and `swift test`
# never see it. New inputs go to .build/fuzz/corpus, findings to .build/fuzz/findings.
set -euo pipefail
cd "$(dirname "$0")/.."

limit=(-max_total_time=60)
case "${1:-}" in
  "") ;;
  --) shift; limit=("$@") ;;
  -runs=*) limit=("$1") ;;
  *[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS|-runs=N|-- LIBFUZZER-ARGS...]" >&2; exit 2 ;;
  *) limit=(-max_total_time="$1") ;;
esac

out=.build/fuzz
swift package resolve >/dev/null
cyaml=.build/checkouts/Yams/Sources/CYaml
[ -d "$cyaml/src" ] || { echo "fuzz.sh: libyaml sources not found in $cyaml" >&2; exit 1; }
mkdir -p "$out/cyaml" "$out/corpus" "$out/findings" "$out/seeds"

# libyaml, instrumented for coverage and AddressSanitizer.
for source in "$cyaml"/src/*.c; do
  object="$out/cyaml/$(basename "${source%.c}").o"
  if [ ! -f "$object" ] || [ "$source" -nt "$object" ]; then
    clang -c -O1 -g -fsanitize=fuzzer-no-link,address -DYAML_DECLARE_STATIC -I "$cyaml/include" "$source" -o "$object"
  fi
done

# The core and the entry point as one module, so the entry point needs no import.
binary="$out/loader-fuzzer"
sources=$(find Sources/NaptrackCore -name '*.swift' | sort)
if [ ! -x "$binary" ] || [ -n "$(find Sources/NaptrackCore Fuzz/LoaderFuzzer.swift -newer "$binary" -name '*.swift')" ]; then
  echo "fuzz.sh: building $binary" >&2
  # shellcheck disable=SC2086
  swiftc -O -g -sanitize=fuzzer,address -parse-as-library -module-name NaptrackCore \
    -I "$cyaml/include" -Xcc -DYAML_DECLARE_STATIC \
    $sources Fuzz/LoaderFuzzer.swift "$out"/cyaml/*.o -o "$binary" 2> >(grep -v "Cannot export local symbol" >&2)
fi

# Seeds: the example plans (libFuzzer reads only the first max_len bytes of each) and Fuzz/corpus.
find plans -name '*.yaml' | while read -r plan; do cp "$plan" "$out/seeds/$(echo "$plan" | tr / _)"; done

# The Swift runtime's one-time allocations look like leaks to LeakSanitizer; leaks are not checked.
export ASAN_OPTIONS="detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
exec "$binary" "${limit[@]}" -max_len=8192 -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 -print_final_stats=1 \
  -dict=Fuzz/naptrack.dict -artifact_prefix="$out/findings/" "$out/corpus" Fuzz/corpus "$out/seeds"
