#!/usr/bin/env bash
# Start-up of the wizard against a bare two-page QWizard built the same way (bench/BareWizard.cpp), alternated in
# one run on one virtual X server: wall time from process start to the first painted frame, the process's CPU
# time at that moment, and resident memory after a second of idling (ui/shell/FirstPaintProbe.h measures in all).
# A third program runs between them: the same QWizard loading the libraries the wizard links without calling them
# (BareWizardLinked), so each run also shows what loading those libraries costs.
# Each run starts as a first start: empty settings and data folders.
#
# Usage: startup.sh BIN_DIR [RUNS]      Needs Xvfb (scripts/install-deps).
# Goals (docs/performance.md#start-up): wall ≤ 1.3×, idle memory ≤ 1.4×. The run fails only beyond the
# floors below, which catch a regression without failing on a loaded machine.
set -euo pipefail

bin_dir="$(cd "${1:?usage: startup.sh BIN_DIR [RUNS]}" && pwd)"
runs="${2:-10}"
floor_wall=2.5
floor_rss=2.0
work="$(mktemp -d)"
xvfb_pid=""
cleanup() {
    [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

Xvfb -displayfd 3 -screen 0 1280x860x24 -nolisten tcp 3>"$work/display" 2>/dev/null &
xvfb_pid=$!
for _ in $(seq 50); do [[ -s "$work/display" ]] && break; sleep 0.1; done
[[ -s "$work/display" ]] || { echo "startup.sh: Xvfb did not start" >&2; exit 1; }
export DISPLAY=":$(cat "$work/display")" QT_QPA_PLATFORM=xcb QT_LOGGING_RULES="*.debug=false"
unset DBUS_SESSION_BUS_ADDRESS

# measure NAME PROGRAM… — one first start; appends "wall_ms cpu_ms rss_kb" to $work/NAME.
measure() {
    local name="$1" run_dir
    shift
    run_dir="$(mktemp -d "$work/run.XXXXXX")"
    local start out
    start="$(date +%s%N)"
    out="$(XDG_CONFIG_HOME="$run_dir/config" XDG_DATA_HOME="$run_dir/data" XDG_CACHE_HOME="$run_dir/cache" \
        SYSTEMUSER_FIRST_PAINT_PROBE=1 timeout 60 "$@" 2>/dev/null | grep '^first-paint-ns' || true)"
    [[ -n "$out" ]] || { echo "startup.sh: $name did not report a first paint" >&2; exit 1; }
    read -r _ painted _ cpu _ rss <<<"$out"
    echo "$(((painted - start) / 1000000)) $cpu $rss" >>"$work/$name"
    rm -rf "$run_dir"
}

# One warm-up each (file cache, fontconfig cache), not counted.
measure warmup "$bin_dir/BareWizard"
measure warmup "$bin_dir/BareWizardLinked"
measure warmup "$bin_dir/systemuser-wizard" --lang nb
for _ in $(seq "$runs"); do
    measure bare "$bin_dir/BareWizard"
    measure linked "$bin_dir/BareWizardLinked"
    measure wizard "$bin_dir/systemuser-wizard" --lang nb
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column() { awk -v c="$2" '{ print $c }' "$work/$1" | median; }

bare_wall="$(column bare 1)" wizard_wall="$(column wizard 1)"
bare_cpu="$(column bare 2)" wizard_cpu="$(column wizard 2)"
bare_rss="$(column bare 3)" wizard_rss="$(column wizard 3)"
linked_wall="$(column linked 1)" linked_cpu="$(column linked 2)"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
wall_ratio="$(ratio "$wizard_wall" "$bare_wall")"
cpu_ratio="$(ratio "$wizard_cpu" "$bare_cpu")"
rss_ratio="$(ratio "$wizard_rss" "$bare_rss")"
linked_wall_ratio="$(ratio "$linked_wall" "$bare_wall")"
linked_cpu_ratio="$(ratio "$linked_cpu" "$bare_cpu")"

echo "start-up, medians of $runs alternated first starts each:"
printf '  %-26s %10s %10s %8s\n' "" "wizard" "QWizard" "ratio"
printf '  %-26s %10s %10s %8s   (goal <= 1.3)\n' "start to first paint (ms)" "$wizard_wall" "$bare_wall" "$wall_ratio"
printf '  %-26s %10s %10s %8s\n' "CPU until then (ms)" "$wizard_cpu" "$bare_cpu" "$cpu_ratio"
printf '  %-26s %10s %10s %8s   (goal <= 1.4)\n' "idle memory (RSS, KiB)" "$wizard_rss" "$bare_rss" "$rss_ratio"
echo "the bare QWizard loading the wizard's libraries, against the bare one:"
printf '  %-26s %10s %10s %8s\n' "start to first paint (ms)" "$linked_wall" "$bare_wall" "$linked_wall_ratio"
printf '  %-26s %10s %10s %8s\n' "CPU until then (ms)" "$linked_cpu" "$bare_cpu" "$linked_cpu_ratio"

awk -v r="$wall_ratio" -v f="$floor_wall" 'BEGIN { exit !(r > f) }' &&
    { echo "FAIL: start-up ratio $wall_ratio is beyond the floor $floor_wall" >&2; exit 1; }
awk -v r="$rss_ratio" -v f="$floor_rss" 'BEGIN { exit !(r > f) }' &&
    { echo "FAIL: memory ratio $rss_ratio is beyond the floor $floor_rss" >&2; exit 1; }
exit 0
