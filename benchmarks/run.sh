#!/usr/bin/env bash
# Measures naptrack against the speed limit set by libyaml itself.
#
#   benchmarks/run.sh [10k|100k|1m]        (default 10k; REPEAT=N rounds, default 3;
#                                           WARMUP=0 skips the untimed first round)
#
# Builds naptrack in release mode, generates the corpus into .benchmark-corpus/SIZE if it is not
# there yet (200 plans plus their progress files), and then, in rounds, times on the same files:
#   libyaml   benchmarks/yaml-parse.c: libyaml events only, one thread, the lower bound
#   validate  naptrack validate (load and validate)
#   check     naptrack check with every standard (skipped while the command does not exist)
#   progress  naptrack progress (skipped while the command does not exist)
# Each round runs every command once, in that order, so a ratio compares runs made moments apart
# on a machine whose speed drifts. Reported: median wall time (min-max), CPU time, MB/s,
# activities/s, peak resident memory, and the median of the per-round ratios to libyaml.
set -euo pipefail
cd "$(dirname "$0")/.."

size=${1:-10k}
case "$size" in
  10k) activities=10000 ;;
  100k) activities=100000 ;;
  1m) activities=1000000 ;;
  *) echo "usage: benchmarks/run.sh [10k|100k|1m]" >&2; exit 2 ;;
esac
rounds=${REPEAT:-3}
corpus=.benchmark-corpus/$size
work=.build/benchmark
mkdir -p "$work"

# Tools: GNU time for wall time and peak memory, libyaml's headers for the baseline only.
missing=()
[ -x /usr/bin/time ] || missing+=(time)
[ -f /usr/include/yaml.h ] || missing+=(libyaml-dev)
if [ ${#missing[@]} -gt 0 ]; then
  echo "run.sh: installing ${missing[*]}" >&2
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
fi

echo "run.sh: building naptrack (release)" >&2
swift build -c release --product naptrack >&2
naptrack="$(swift build -c release --show-bin-path)/naptrack"
if [ ! -x "$work/yaml-parse" ] || [ benchmarks/yaml-parse.c -nt "$work/yaml-parse" ]; then
  cc -O2 -o "$work/yaml-parse" benchmarks/yaml-parse.c -lyaml
fi

if [ ! -f "$corpus/corpus.json" ]; then
  echo "run.sh: generating $corpus" >&2
  rm -rf "$corpus"
  python3 benchmarks/generate-corpus.py --out "$corpus" --files 200 --activities "$activities" >&2
fi
mapfile -t files < <(find "$corpus" -name '*.yaml' | sort)

names=(libyaml validate)
commands=("$work/yaml-parse ${files[*]}" "$naptrack validate $corpus")
# A subcommand exists when the tool's help lists it (`naptrack X --help` alone would not tell:
# the default subcommand takes X for a path).
subcommands=$("$naptrack" --help | sed -n '/^SUBCOMMANDS:/,$p' | awk '/^  [a-z]/ {print $1}')
has() { grep -qx "$1" <<<"$subcommands"; }
# Every generated plan names all four standards in its header, so `check` runs them all.
if has check; then
  names+=(check)
  commands+=("$naptrack check $corpus")
else
  echo "run.sh: naptrack has no 'check' command yet; skipped" >&2
fi
if has progress; then
  names+=(progress)
  commands+=("$naptrack progress $corpus")
else
  echo "run.sh: naptrack has no 'progress' command yet; skipped" >&2
fi

results="$work/results-$size.tsv"
: >"$results"
measure() {  # name, round, command...
  local name=$1 round=$2 status
  shift 2
  set +e
  /usr/bin/time -f '%e %M %U %S' -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt"
  status=$?
  set -e
  # validate, check and progress exit 1 when they find problems, which the corpus has on purpose.
  if [ "$status" -gt 1 ]; then
    echo "run.sh: '$name' failed with status $status:" >&2
    head -5 "$work/stderr.txt" >&2
    exit 1
  fi
  echo "$name $round $(tail -1 "$work/time.txt")" >>"$results"
}

echo "run.sh: warming the page cache" >&2
cat "${files[@]}" >/dev/null
if [ "${WARMUP:-1}" != 0 ]; then
  for index in "${!names[@]}"; do
    # shellcheck disable=SC2086
    measure "${names[$index]}" 0 ${commands[$index]}
  done
fi
for round in $(seq 1 "$rounds"); do
  echo "run.sh: round $round of $rounds" >&2
  for index in "${!names[@]}"; do
    # shellcheck disable=SC2086
    measure "${names[$index]}" "$round" ${commands[$index]}
  done
done

python3 - "$corpus/corpus.json" "$results" "$size" <<'EOF'
import json, statistics, sys
corpus = json.load(open(sys.argv[1]))
rows = [line.split() for line in open(sys.argv[2]) if line.strip()]
runs = {}
for name, round_, wall, rss, user, system in rows:
    if round_ != "0":
        runs.setdefault(name, {})[round_] = (float(wall), int(rss), float(user) + float(system))
mb = corpus["bytes"] / 1e6
print(f"corpus {sys.argv[3]}: {corpus['plans']} plans, {corpus['progress_files']} progress files, "
      f"{corpus['activities']:,} activities, {mb:.1f} MB; {len(runs['libyaml'])} rounds")
print()
print("| command | wall s, median (min-max) | CPU s | MB/s | activities/s | peak RSS MiB | RSS / corpus | x libyaml (paired) |")
print("|---|---|---|---|---|---|---|---|")
base = runs["libyaml"]
for name, by_round in runs.items():
    walls = [v[0] for v in by_round.values()]
    wall = statistics.median(walls)
    cpu = statistics.median(v[2] for v in by_round.values())
    rss = max(v[1] for v in by_round.values()) / 1024
    ratios = [by_round[r][0] / base[r][0] for r in by_round if base[r][0] > 0]
    ratio = statistics.median(ratios) if ratios else float("nan")
    print(f"| {name} | {wall:.3f} ({min(walls):.3f}-{max(walls):.3f}) | {cpu:.2f} | {mb / wall:.1f} | "
          f"{corpus['activities'] / wall:,.0f} | {rss:.0f} | {rss / (corpus['bytes'] / 2**20):.2f} | "
          f"{ratio:.2f} ({min(ratios):.2f}-{max(ratios):.2f}) |")
EOF
