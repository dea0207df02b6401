#!/usr/bin/env bash
# Sandbox server cost (docs/sandbox.md#scale): wrk against systemuser-sandbox and against an unprivileged nginx
# serving the SAME bytes (fetched from the sandbox with curl) as static files, in the same run, with the same
# wrk settings and the same request headers. Both serve from one thread (nginx with one worker) pinned to the
# same CPU, wrk runs on the other CPU; the two servers take turns for ROUNDS rounds and each keeps its best
# round, so that the load of other processes on a shared machine disturbs the ratio less. Three requests:
#   * simple GET        — GET /sandbox/health (small, anonymous)
#   * authenticated GET — GET authentication/api/v1/systemregister/vendor/{systemId} with a vendor bearer token
#                         from the sandbox Maskinporten (scripts/sandbox-token.py; key made at run time)
#   * resource list     — GET resourceregistry/api/v1/resource/resourcelist (the whole catalogue)
# Prints req/s for both, the ratio and the goal (issue 17). Fails only below the floors (FLOOR_SIMPLE,
# FLOOR_AUTH, FLOOR_LIST; ratios), which are far under the goals so that a busy CI machine does not fail it,
# and on any non-2xx answer.
#
# Usage: sandbox-server.sh BIN_DIR   (needs wrk, nginx (nginx-light), curl, python3 with cryptography)
# Environment: WRK_DURATION (default 2s), WRK_THREADS (2), WRK_CONNECTIONS (16), ROUNDS (3).
set -euo pipefail

bin_dir="$(cd "${1:?usage: sandbox-server.sh BIN_DIR}" && pwd)"
project_dir="$(cd "$(dirname "$0")/.." && pwd)"
duration="${WRK_DURATION:-2s}"
rounds="${ROUNDS:-3}"
threads="${WRK_THREADS:-2}"
connections="${WRK_CONNECTIONS:-16}"
floor_simple="${FLOOR_SIMPLE:-0.2}"
floor_auth="${FLOOR_AUTH:-0.1}"
floor_list="${FLOOR_LIST:-0.002}"

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
for tool in wrk nginx curl python3; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (scripts/install-deps)"
done

work="$(mktemp -d)"
sandbox_pid=""
nginx_pid=""
cleanup() {
    [[ -n "$sandbox_pid" ]] && kill "$sandbox_pid" 2>/dev/null || true
    [[ -n "$nginx_pid" ]] && kill "$nginx_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
export QT_LOGGING_RULES="*.debug=false"

# The servers on the first CPU, wrk on the second (when there are two and taskset is there).
server_cpu=()
client_cpu=()
if command -v taskset >/dev/null && [[ "$(nproc)" -ge 2 ]]; then
    server_cpu=(taskset -c 0)
    client_cpu=(taskset -c 1)
fi

# --- The sandbox, in memory -----------------------------------------------------------------------------
"${server_cpu[@]}" "$bin_dir/systemuser-sandbox" --port 0 >"$work/sandbox.log" 2>&1 &
sandbox_pid=$!
for _ in $(seq 100); do
    grep -q '^listening on ' "$work/sandbox.log" && break
    sleep 0.1
done
base="$(head -1 "$work/sandbox.log" | sed -n 's/^listening on //p')"
[[ "$base" == http://127.0.0.1:*/ ]] || fail "systemuser-sandbox did not start: $(cat "$work/sandbox.log")"

vendor=991825827
system_id="${vendor}_server_bench"
token="$(python3 "$project_dir/scripts/sandbox-token.py" "$base" "$vendor" \
    altinn:authentication/systemregister.write altinn:authentication/systemuser.request.read)" \
    || fail "no vendor token from the sandbox Maskinporten"
curl -sf -o /dev/null -X POST "${base}authentication/api/v1/systemregister/vendor" \
    -H "Authorization: Bearer $token" -H "Content-Type: application/json" --data @- <<JSON || fail "system register"
{"id": "$system_id", "vendor": {"ID": "0192:$vendor"},
 "name": {"nb": "Tjenermåling", "nn": "Tenarmåling", "en": "Server benchmark"},
 "description": {"nb": "Måling", "nn": "Måling", "en": "Benchmark"},
 "rights": [{"resource": [{"id": "urn:altinn:resource", "value": "ske-krav-og-betalinger"}]}],
 "isVisible": false}
JSON

simple_path="sandbox/health"
auth_path="authentication/api/v1/systemregister/vendor/$system_id"
list_path="resourceregistry/api/v1/resource/resourcelist"

# --- nginx serving the same bytes ---------------------------------------------------------------------------
mkdir -p "$work/www" "$work/nginx/tmp" "$work/nginx/logs"
curl -sf "$base$simple_path" -o "$work/www/simple" || fail "GET $simple_path"
curl -sf "$base$auth_path" -H "Authorization: Bearer $token" -o "$work/www/auth" || fail "GET $auth_path"
curl -sf "$base$list_path" -o "$work/www/list" || fail "GET $list_path"
nginx_port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
user_line=""
# As root, nginx would hand the work to "nobody", who cannot read the private temporary directory.
[[ "$(id -u)" == 0 ]] && user_line="user root root;"
cat >"$work/nginx/nginx.conf" <<CONF
$user_line
worker_processes 1;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/nginx/tmp/body;
    proxy_temp_path $work/nginx/tmp/proxy;
    fastcgi_temp_path $work/nginx/tmp/fastcgi;
    uwsgi_temp_path $work/nginx/tmp/uwsgi;
    scgi_temp_path $work/nginx/tmp/scgi;
    default_type application/json;
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/www;
        location / { try_files \$uri =404; }
    }
}
CONF
"${server_cpu[@]}" nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" 2>"$work/nginx/logs/stderr.log" &
nginx_pid=$!
for _ in $(seq 50); do
    curl -sf -o /dev/null "http://127.0.0.1:$nginx_port/simple" && break
    sleep 0.1
done
cmp -s <(curl -sf "http://127.0.0.1:$nginx_port/list") "$work/www/list" \
    || fail "nginx did not start: $(cat "$work/nginx/logs/stderr.log" "$work/nginx/logs/error.log" 2>/dev/null)"

# --- wrk ----------------------------------------------------------------------------------------------------
# Requests per second of one wrk run; fails on errors and non-2xx answers.
measure() {
    local url="$1"
    shift
    local out
    out="$("${client_cpu[@]}" wrk -t"$threads" -c"$connections" -d"$duration" "$@" "$url")" || fail "wrk $url"
    if grep -q 'Non-2xx or 3xx responses' <<<"$out"; then
        fail "wrk $url: $(grep 'Non-2xx' <<<"$out")"
    fi
    awk '/^Requests\/sec:/ {print $2}' <<<"$out"
}

auth_header="Authorization: Bearer $token"
results=()
for row in "simple|$simple_path|simple|0.8|$floor_simple" "auth|$auth_path|auth|0.5|$floor_auth" \
    "list|$list_path|list|0.5|$floor_list"; do
    IFS='|' read -r name path file goal floor <<<"$row"
    sandbox_rate=0
    nginx_rate=0
    for _ in $(seq "$rounds"); do
        sandbox_rate="$(python3 -c "print(max($sandbox_rate, $(measure "$base$path" -H "$auth_header")))")"
        nginx_rate="$(python3 -c "print(max($nginx_rate, $(measure "http://127.0.0.1:$nginx_port/$file" -H "$auth_header")))")"
    done
    results+=("$name $sandbox_rate $nginx_rate $goal $floor $(stat -c %s "$work/www/$file")")
done

python3 - "$duration" "$threads" "$connections" "$rounds" "${#server_cpu[@]}" "${results[@]}" <<'PY'
import sys
duration, threads, connections, rounds, pinned = sys.argv[1:6]
labels = {"simple": "simple GET (/sandbox/health)", "auth": "authenticated GET (system by id)",
          "list": "resource list"}
print(f"wrk -t{threads} -c{connections} -d{duration}, best of {rounds} rounds each; nginx: one worker, the same "
      f"bytes as static files; {'servers on CPU 0, wrk on CPU 1' if pinned != '0' else 'not pinned'}")
ok = True
for row in sys.argv[6:]:
    name, sandbox, nginx, goal, floor, size = row.split()
    sandbox, nginx, goal, floor = float(sandbox), float(nginx), float(goal), float(floor)
    ratio = sandbox / nginx if nginx else 0.0
    verdict = "goal met" if ratio >= goal else "below goal"
    print(f"{labels[name]:34} {int(size):7} B  sandbox {sandbox:9.0f}/s  nginx {nginx:9.0f}/s  "
          f"ratio {ratio:6.3f}x  (goal >= {goal}x: {verdict}; floor {floor}x)")
    ok = ok and ratio >= floor
sys.exit(0 if ok else 1)
PY
