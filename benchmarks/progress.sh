#!/usr/bin/env bash
# Times `naptrack progress` on a generated plan of 100,000 activities (with two quarterly
# progress files) against `naptrack validate` of the same files, in one run, and prints the
# ratio. Usage: benchmarks/progress.sh [ACTIVITIES] [RUNS]
# Set NAPTRACK_BENCH_DIR to keep the generated files in that folder (for profiling).
set -euo pipefail

activities=${1:-100000}
runs=${2:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
if [ -n "${NAPTRACK_BENCH_DIR:-}" ]; then
    work=$NAPTRACK_BENCH_DIR
    mkdir -p "$work"
else
    work=$(mktemp -d "${TMPDIR:-/tmp}/naptrack-bench.XXXXXX")
    trap 'rm -rf "$work"' EXIT
fi

echo "Building naptrack in release mode..."
(cd "$root" && swift build -c release --product naptrack >/dev/null)
naptrack="$root/.build/release/naptrack"

echo "Generating a plan with $activities activities..."
mkdir -p "$work/plans/bench/progress"
awk -v n="$activities" 'BEGIN {
    print "naptrack: 1"
    print "plan:"
    print "  id: bench"
    print "  title: Generated plan for the progress benchmark"
    print "  jurisdiction: EX"
    print "  period: {start: 2026-01-01, end: 2028-12-31}"
    print "  currency: EUR"
    print "agencies:"
    for (a = 0; a < 50; a++) printf "  - {id: ag%d, name: Agency %d, type: government}\n", a, a
    print "objectives:"
    per = 1000
    for (i = 0; i < n; i++) {
        if (i % per == 0) {
            printf "  - id: O%d\n    title: Objective %d\n    activities:\n", i / per, i / per
        }
        month = 1 + i % 12
        printf "      - id: A%d\n        title: Activity %d\n        lead: ag%d\n", i, i, i % 50
        printf "        start: 2026-%02d-01\n        due: 2027-%02d-28\n", month, month
        printf "        budget: {amount: %d, sources: [{funder: state, amount: %d, status: committed}, {funder: donor%d, amount: %d, status: pledged}]}\n", 10000 + i % 9000, 5000, i % 20, 2500
        printf "        indicators: [{id: i%d, name: Indicator, baseline: 10, target: %d}]\n", i, 20 + i % 30
        printf "        milestones: [{id: M%d, title: Milestone, due: 2026-%02d-15}]\n", i, 1 + (i + 5) % 12
    }
}' > "$work/plans/bench/plan.yaml"
for quarter in 2026-03-31 2026-06-30; do
    awk -v n="$activities" -v date="$quarter" 'BEGIN {
        printf "naptrack: 1\nprogress: {plan: bench, as_of: %s}\nupdates:\n", date
        q = (date == "2026-03-31") ? 1 : 2
        for (i = 0; i < n; i++) {
            if ((i + q) % 7 == 0) continue
            printf "  - {activity: A%d, status: in-progress, percent: %d, spent: %d, indicators: {i%d: %d}}\n", i, (i % 50) * q, 1000 * q + i % 900, i, 10 + q * (i % 10)
        }
    }' > "$work/plans/bench/progress/$quarter.yaml"
done
for file in "$work"/plans/bench/plan.yaml "$work"/plans/bench/progress/*.yaml; do
    printf '  %-20s %6.1f MB\n' "$(basename "$file")" "$(echo "$(wc -c < "$file") / 1048576" | bc -l)"
done

# The best of $runs runs of a command: "wall-seconds cpu-seconds max-resident-MB". CPU time
# (user + system) is less disturbed than wall time by other work on a shared machine.
best() {
    local best_wall="" best_cpu="" memory=0
    for _ in $(seq "$runs"); do
        /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" "$@" >/dev/null 2>&1 || true
        read -r wall user system kilobytes < "$work/time.txt"
        local cpu
        cpu=$(echo "$user + $system" | bc)
        if [ -z "$best_wall" ] || [ "$(echo "$wall < $best_wall" | bc)" = 1 ]; then best_wall=$wall; fi
        if [ -z "$best_cpu" ] || [ "$(echo "$cpu < $best_cpu" | bc)" = 1 ]; then best_cpu=$cpu; fi
        if [ "$kilobytes" -gt "$memory" ]; then memory=$kilobytes; fi
    done
    echo "$best_wall $best_cpu $((memory / 1024))"
}

cd "$work"
read -r validate_wall validate_cpu validate_memory <<< "$(best "$naptrack" validate plans)"
read -r json_wall json_cpu json_memory <<< "$(best "$naptrack" progress plans --as-of 2026-06-30 --format json)"
read -r text_wall text_cpu text_memory <<< "$(best "$naptrack" progress plans --as-of 2026-06-30 --format text)"
read -r csv_wall csv_cpu csv_memory <<< "$(best "$naptrack" progress plans --as-of 2026-06-30 --format csv)"
"$naptrack" progress plans --as-of 2026-06-30 --format json > "$work/progress.json" || true
grep -m1 -A10 '"activities"' "$work/progress.json" | tr -d '\n ' | cut -c1-200 || true
echo

ratio() { echo "$1 / $2" | bc -l; }
printf '\n%-34s %9s %9s %9s %9s %8s\n' "best of $runs, $activities activities" "wall s" "ratio" "CPU s" "ratio" "max MB"
printf '%-34s %9.2f %9.2f %9.2f %9.2f %8d\n' "naptrack validate (baseline)" "$validate_wall" 1 "$validate_cpu" 1 "$validate_memory"
printf '%-34s %9.2f %9.2f %9.2f %9.2f %8d\n' "naptrack progress --format json" "$json_wall" "$(ratio "$json_wall" "$validate_wall")" "$json_cpu" "$(ratio "$json_cpu" "$validate_cpu")" "$json_memory"
printf '%-34s %9.2f %9.2f %9.2f %9.2f %8d\n' "naptrack progress --format text" "$text_wall" "$(ratio "$text_wall" "$validate_wall")" "$text_cpu" "$(ratio "$text_cpu" "$validate_cpu")" "$text_memory"
printf '%-34s %9.2f %9.2f %9.2f %9.2f %8d\n' "naptrack progress --format csv" "$csv_wall" "$(ratio "$csv_wall" "$validate_wall")" "$csv_cpu" "$(ratio "$csv_cpu" "$validate_cpu")" "$csv_memory"
