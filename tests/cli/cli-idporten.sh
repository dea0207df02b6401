#!/usr/bin/env bash
# The person-present path from a script (docs/id-porten.md) against a stand-alone systemuser-sandbox: a
# person logs in with the sandbox's ID-porten (the CLI plays the browser with --person), the access token is
# exchanged for an Altinn token, and the simulated Altinn app creates an instance for the organisation the
# person acts for — or refuses a person without a role there. No token and no key lands on disk.
#
# Usage: cli-idporten.sh BIN_DIR     (BIN_DIR holds systemuser-cli and systemuser-sandbox)
# Needs a Secret Service keyring (scripts/run-tests provides a throw-away one) and python3.
set -euo pipefail

bin_dir="$(cd "${1:?usage: cli-idporten.sh BIN_DIR}" && pwd)"
cli="$bin_dir/systemuser-cli"
work="$(mktemp -d)"
sandbox_pid=""
cleanup() {
    [[ -n "$sandbox_pid" ]] && kill "$sandbox_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# Profiles go to a folder of this run only, never to the developer's own list.
export XDG_DATA_HOME="$work/data"

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

step=0
# run NAME EXPECTED_EXIT ARGS… — runs the CLI, keeps stdout in $work/NAME.out, shows its stderr.
run() {
    local name="$1" expected="$2"
    shift 2
    step=$((step + 1))
    echo "\$ systemuser-cli $*" >&2
    local status=0
    "$cli" "$@" >"$work/$name.out" 2>"$work/$name.err" || status=$?
    sed 's/^/    /' "$work/$name.err" >&2
    [[ "$status" == "$expected" ]] || fail "step $step ($name): exit $status, expected $expected"
    if [[ "$expected" != 0 && -s "$work/$name.out" ]]; then
        fail "step $step ($name): stdout must stay empty on errors, got: $(head -c 300 "$work/$name.out")"
    fi
}

# check NAME PYTHON_EXPRESSION [MESSAGE] — the expression sees the step's JSON output as `d`.
check() {
    python3 - "$work/$1.out" "$2" "${3:-$2}" <<'PY' || fail "$1: ${3:-$2}"
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    d = json.load(f)
if not eval(sys.argv[2].strip().replace("\n", " "), {"d": d}):
    print(json.dumps(d, indent=2)[:2000], file=sys.stderr)
    sys.exit(1)
PY
}

stderr_has() {
    grep -qi -- "$2" "$work/$1.err" || fail "$1: stderr does not mention \"$2\""
}

# --- The sandbox, on a free port -------------------------------------------------------------------
"$bin_dir/systemuser-sandbox" --port 0 >"$work/sandbox.log" 2>&1 &
sandbox_pid=$!
for _ in $(seq 100); do
    grep -q '^listening on ' "$work/sandbox.log" && break
    sleep 0.1
done
base="$(head -1 "$work/sandbox.log" | sed -n 's/^listening on //p')"
[[ "$base" == http://127.0.0.1:*/ ]] || fail "systemuser-sandbox did not start: $(cat "$work/sandbox.log")"
echo "sandbox: $base" >&2

vendor=991825827
customer=310904473 # Kari Prøvesen is its general manager (core/sandbox/IdPortenPersons.cpp)
kari=24908099411
per=07819497634 # holds no role anywhere

# A profile is all it takes: no Maskinporten key or client. The ID-porten client is registered on first use.
run profile 0 profile create "Person path" --env "$base" --org "$vendor"

# --- Log in as Kari ----------------------------------------------------------------------------------
run login 0 idporten login --person "$kari"
check login 'd["idToken"]["pid"] == "'"$kari"'" and d["idToken"]["acr"].startswith("idporten-loa-")
    and d["idToken"]["iss"] == "'"${base}"'idporten" and d["idToken"]["aud"] in (d["accessToken"]["client_id"], [d["accessToken"]["client_id"]])
    and "altinn:instances.write" in d["scopes"] and "access_token" not in d and "id_token" not in d' \
    "Kari's ID token and access token claims, checked and printed (not the tokens)"
stderr_has login "249080\*\*\*\*\*"
client_id="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["accessToken"]["client_id"])' "$work/login.out")"

# A second login finds the client registered before.
run login-again 0 idporten login --person "$kari" --scope altinn:instances.read
check login-again 'd["accessToken"]["client_id"] == "'"$client_id"'" and "altinn:instances.write" not in d["scopes"]'

# --- Exchange for an Altinn token ----------------------------------------------------------------------
run exchange 0 idporten exchange --person "$kari"
check exchange 'd["altinnToken"]["pid"] == "'"$kari"'" and "urn:altinn:userid" in d["altinnToken"]
    and d["altinnToken"]["urn:altinn:authlevel"] >= 3' "an Altinn token for the person"

# --- Act as the person in the simulated Altinn app ----------------------------------------------------
run person-instance 0 app instantiate --as person --person "$kari" --org brg --app aarsregnskap-vanlig-202406 \
    --owner "$customer"
check person-instance 'd["instanceOwner"]["organizationNumber"] == "'"$customer"'"
    and d["appId"] == "brg/aarsregnskap-vanlig-202406"' "Kari creates an instance for 310904473"

run per-refused 1 app instantiate --as person --person "$per" --org brg --app aarsregnskap-vanlig-202406 \
    --owner "$customer"
stderr_has per-refused "holds no role at $customer"
stderr_has per-refused "Log in as a person with a role"

run no-write-scope 1 app instantiate --as person --person "$kari" --scope altinn:instances.read --org brg \
    --app aarsregnskap-vanlig-202406 --owner "$customer"
stderr_has no-write-scope "altinn:instances.write"

# --- What scripts rely on when things go wrong --------------------------------------------------------
run unknown-person 1 idporten login --person 01010112345
stderr_has unknown-person "01010112345"
run as-what 2 app instantiate --as robot --org brg --app aarsregnskap-vanlig-202406 --owner "$customer"
run person-needs-as 2 app instantiate --person "$kari" --org brg --app aarsregnskap-vanlig-202406 --owner "$customer"
run tt02-profile 0 profile create "Person path TT02" --env tt02 --org "$vendor"
run tt02-person 2 idporten login --person "$kari"
stderr_has tt02-person "sandbox"
run use 0 profile use "Person path"
for group in idporten "app instantiate"; do
    run "help-${group// /-}" 0 $group --help
    grep -q "^Usage: systemuser-cli" "$work/help-${group// /-}.out" || fail "--help for '$group' prints no usage"
done
grep -q -- "--person" "$work/help-app-instantiate.out" || fail "app instantiate --help does not name --person"

# --- Nothing secret on disk or in the output ------------------------------------------------------------
if grep -rlE "PRIVATE KEY|eyJ[A-Za-z0-9_-]{10,}\.eyJ" "$work" "$XDG_DATA_HOME" 2>/dev/null; then
    fail "a token or private key material was written to a file or printed"
fi

run cleanup 0 profile delete "Person path"
run cleanup-tt02 0 profile delete "Person path TT02"
echo "cli idporten: all $step steps passed" >&2
