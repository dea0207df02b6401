#!/usr/bin/env bash
# systemuser-cli end to end against a stand-alone systemuser-sandbox, the way a vendor scripts it:
# profile → key → sandbox client → vendor token → register system → diff → request → approval through
# the sandbox's control API → status Accepted → system user → system user token with the expected claims
# → what the system user holds (authorized parties) against the system.
# Then the error paths a script relies on (exit codes 1 and 2, empty stdout on errors, --help everywhere).
#
# Usage: cli-end-to-end.sh BIN_DIR     (BIN_DIR holds systemuser-cli and systemuser-sandbox)
# Needs a Secret Service keyring (scripts/run-tests provides a throw-away one) and python3.
set -euo pipefail

bin_dir="$(cd "${1:?usage: cli-end-to-end.sh BIN_DIR}" && pwd)"
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

value() {
    python3 -c 'import json, sys; print(eval(sys.argv[2], {"d": json.load(open(sys.argv[1]))}))' "$work/$1.out" "$2"
}

stderr_has() {
    grep -qi -- "$2" "$work/$1.err" || fail "$1: stderr does not mention \"$2\""
}

# control METHOD PATH [JSON] — a call to the sandbox's control API (faults, …); fails the test unless 2xx.
control() {
    python3 - "$1" "${base}$2" "${3:-}" <<'PY' || fail "sandbox control call $1 $2"
import sys, urllib.request
method, url, body = sys.argv[1], sys.argv[2], sys.argv[3].encode() or None
request = urllib.request.Request(url, data=body, method=method, headers={"Content-Type": "application/json"})
with urllib.request.urlopen(request, timeout=10) as r:
    assert 200 <= r.status < 300, r.status
PY
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
customer=310904473 # an organisation of the sandbox register (resources/sandbox/organisations.json)
system_id="${vendor}_cli_e2e"

# --- The vendor flow ------------------------------------------------------------------------------------
run profile 0 profile create "E2E vendor" --env "$base" --org "991 825 827" --scopes skatteetaten:demo
check profile 'd["id"] == "e2e-vendor" and d["environment"] == "custom" and d["vendorOrgNumber"] == "991825827"'
check profile 'd["current"] is True'

run key 0 key generate
check key 'd["bits"] == 2048 and d["stored"] == "keychain" and d["kid"].startswith("991825827-custom-")'
grep -q "PRIVATE" "$work/key.out" "$work/key.err" && fail "key generate printed private key material"
kid="$(value key 'd["kid"]')"

run client 0 sandbox register-client
check client 'd["kid"] == "'"$kid"'" and "skatteetaten:demo" in d["scopes"]'
client_id="$(value client 'd["clientId"]')"
run show 0 profile show
check show 'd["clientId"] == "'"$client_id"'"' "the generated client id is saved in the profile"

# Registering again — even after the profile lost its client id, as when saving it failed or the answer was
# lost — finds the same client: one client per key, however many runs.
run client-again 0 sandbox register-client
check client-again 'd["clientId"] == "'"$client_id"'" and d["alreadyRegistered"] is True'
run forget-client 0 profile update --client-id ""
check forget-client 'not d.get("clientId")'
run client-rerun 0 sandbox register-client
check client-rerun 'd["clientId"] == "'"$client_id"'" and d["alreadyRegistered"] is True' \
    "a re-run without the saved client id finds the client registered before, not a second one"
stderr_has client-rerun "registered already"

run vendor-token 0 token --decode
check vendor-token 'd["payload"]["consumer"]["ID"] == "0192:'"$vendor"'"' "vendor token consumer is the vendor"
check vendor-token '"access_token" not in d and "systemregister.write" in d["payload"]["scope"]'

cat >"$work/system.json" <<JSON
{
  "id": "$system_id",
  "vendor": {"ID": "0192:$vendor"},
  "name": {"nb": "CLI-test", "nn": "CLI-test", "en": "CLI test"},
  "description": {"nb": "Frå skriptet", "nn": "Frå skriptet", "en": "From the script"},
  "rights": [{"resource": [{"id": "urn:altinn:resource", "value": "ske-krav-og-betalinger"}]},
             {"resource": [{"id": "urn:altinn:resource", "value": "app_brg_aarsregnskap"}]}],
  "clientId": ["$client_id"],
  "allowedRedirectUrls": ["https://vendor.example/done"],
  "isVisible": true
}
JSON
run register 0 system register "$work/system.json"
check register 'd["id"] == "'"$system_id"'"'

# A register whose answer was lost: the system is read back and reported as registered; a re-run says
# it is there already instead of failing on "id taken".
lost_system_id="${vendor}_cli_lost"
sed -e "s/\"$system_id\"/\"$lost_system_id\"/" -e '/"clientId"/d' "$work/system.json" >"$work/system-lost.json"
control POST sandbox/faults '{"method": "POST", "pathPrefix": "authentication/api/v1/systemregister", "loseAnswer": true, "count": 3}'
run register-lost 0 system register "$work/system-lost.json"
control DELETE sandbox/faults
check register-lost 'd["id"] == "'"$lost_system_id"'" and d["answerLost"] is True'
stderr_has register-lost "answer from Altinn was lost"
run register-again 0 system register "$work/system-lost.json"
check register-again 'd["id"] == "'"$lost_system_id"'" and d["alreadyRegistered"] is True'

# --- The sandbox's own catalogue (docs/sandbox.md#your-own-catalogue) -----------------------------------
# A resource list saved from TT02 is imported; a system that lists one of its resources as a right is
# refused before (AUTH.VLD-00003) and registered after.
cat >"$work/resources.json" <<'JSON'
[{"identifier": "app_brg_aarsregnskap-e2e-202501", "resourceType": "AltinnApp", "delegable": true,
  "title": {"nb": "Årsregnskap (E2E)", "nn": "Årsrekneskap (E2E)", "en": "Annual accounts (E2E)"},
  "hasCompetentAuthority": {"orgcode": "brg", "organization": "974760673"}},
 {"identifier": "ske-sandkasse-e2e", "title": {"nb": "Sandkasse", "en": "Sandbox"}, "versionId": 3}]
JSON
catalogue_system_id="${vendor}_cli_catalogue"
sed -e "s/\"$system_id\"/\"$catalogue_system_id\"/" -e '/"clientId"/d' \
    -e 's/"value": "ske-krav-og-betalinger"/"value": "app_brg_aarsregnskap-e2e-202501"/' \
    "$work/system.json" >"$work/system-catalogue.json"
run catalogue-unknown 1 system register "$work/system-catalogue.json"
stderr_has catalogue-unknown "app_brg_aarsregnskap-e2e-202501"
run catalogue-import 0 sandbox catalogue import "$work/resources.json"
check catalogue-import 'd["kind"] == "resources" and d["added"] == 2 and d["replaced"] == 0 and d["cacheRefreshed"]'
run catalogue-register 0 system register "$work/system-catalogue.json"
check catalogue-register 'd["id"] == "'"$catalogue_system_id"'"' "a system with an imported resource is registered"
run catalogue-search 0 resources search "Sandkasse"
check catalogue-search 'any(r["identifier"] == "ske-sandkasse-e2e" for r in d)'
run catalogue-org 0 sandbox catalogue add organisation --org "314 000 005" --name "PRØVENDE LITEN BEVER AS"
check catalogue-org 'd["kind"] == "organisations" and d["added"] == 1'
run catalogue-list 0 sandbox catalogue list
check catalogue-list 'len(d["resources"]) == 2 and d["organisations"] == [{"orgNo": "314000005", "name": "PRØVENDE LITEN BEVER AS"}]'
run catalogue-bad 1 sandbox catalogue add resource --id "app_skd_x" --title X --type GenericAccessResource
stderr_has catalogue-bad "Nothing was sent"

run get 0 system get "$system_id"
check get 'd["id"] == "'"$system_id"'" and d["clientId"] == ["'"$client_id"'"]'
run diff-same 0 system diff "$work/system.json"
check diff-same 'd == []' "a just registered definition has no differences"
sed 's/From the script/Changed locally/' "$work/system.json" >"$work/system-changed.json"
run diff-changed 0 system diff "$work/system-changed.json"
check diff-changed 'any(c["field"] == "description" and c["key"] == "en" for c in d)'

run request 0 request create --system "$system_id" --org "$customer"
check request 'd["status"] == "New" and d["partyOrgNo"] == "'"$customer"'"'
check request 'd["confirmUrl"].startswith("'"$base"'")' "the approval link points at the sandbox"
request_id="$(value request 'd["id"]')"

# A request whose answer was lost is looked up by its triple, reported as created and put in the ledger.
other_customer=310945552
control POST sandbox/faults '{"method": "POST", "pathPrefix": "authentication/api/v1/systemuser/request", "loseAnswer": true, "count": 3}'
run request-lost 0 request create --system "$system_id" --org "$other_customer" --external-ref tapt-1
control DELETE sandbox/faults
check request-lost 'd["status"] == "New" and d["partyOrgNo"] == "'"$other_customer"'" and d["externalRef"] == "tapt-1"'
stderr_has request-lost "lost"
run customers-lost 0 customers list --system "$system_id"
check customers-lost 'any(c["orgNo"] == "'"$other_customer"'" and c["state"] == "waiting" for c in d)' \
    "a request found after a lost answer is recorded in the ledger"

# A 5xx whose look-up fails too: the request may exist, and the CLI says how to check — never only "check
# your internet connection". The 500 did nothing here, so sending again creates it.
control POST sandbox/faults '{"method": "POST", "pathPrefix": "authentication/api/v1/systemuser/request", "status": 500}'
control POST sandbox/faults '{"method": "GET", "pathPrefix": "authentication/api/v1/systemuser/request/vendor/byexternalref", "status": 500, "count": 50}'
run request-unknown 1 request create --system "$system_id" --org "$other_customer" --external-ref tvil-1
control DELETE sandbox/faults
stderr_has request-unknown "may exist"
stderr_has request-unknown "request by-ref $system_id $other_customer tvil-1"
run request-checked 0 request create --system "$system_id" --org "$other_customer" --external-ref tvil-1
check request-checked 'd["status"] == "New" and d["externalRef"] == "tvil-1"'

run customers-waiting 0 customers list --system "$system_id"
check customers-waiting 'any(c["orgNo"] == "'"$customer"'" and c["state"] == "waiting"
    and c["requestId"] == "'"$request_id"'" for c in d)' "request create records the customer in the ledger"

run request-new 0 request get "$request_id"
check request-new 'd["status"] == "New"'

# Approval is all-or-nothing and needs the right person (docs/sandbox.md#approval-pages): the general
# manager lacks the access-manager role (403 AUTH-00066); the access manager who cannot give the first right
# asked for fails the whole approval with delegationReasons naming it. The request stays New.
python3 - "${base}sandbox/requests/$request_id/approve" <<'PY' || fail "approving as persons who may not"
import json, sys, urllib.error, urllib.request
def refused(person):
    request = urllib.request.Request(sys.argv[1], data=json.dumps({"person": person}).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    try:
        urllib.request.urlopen(request, timeout=10)
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())
    raise AssertionError(f"{person} could approve")
status, body = refused("person-2")
assert status == 403 and body["code"] == "AUTH-00066", (status, body)
status, body = refused("person-3")
assert status == 403 and "ske-krav-og-betalinger" in body["delegationReasons"], (status, body)
PY
run request-still-new 0 request get "$request_id"
check request-still-new 'd["status"] == "New"' "a failed approval leaves the request New"

# The access manager approves (the control API does what the approval page's button does).
python3 - "${base}sandbox/requests/$request_id/approve" <<'PY' || fail "approving through the control API"
import sys, urllib.request
with urllib.request.urlopen(urllib.request.Request(sys.argv[1], data=b"{}", method="POST",
                            headers={"Content-Type": "application/json"}), timeout=10) as r:
    assert r.status == 200, r.status
PY
echo "(approved ${request_id} through ${base}sandbox/requests/…/approve)" >&2

run request-accepted 0 request get "$request_id"
check request-accepted 'd["status"] == "Accepted"'

run systemuser 0 systemuser find --system "$system_id" --org "$customer"
check systemuser 'd["id"] == "'"$request_id"'" and d["reporteeOrgNo"] == "'"$customer"'"'

run systemuser-token 0 token --systemuser-org "$customer" --decode
check systemuser-token '
    [x for x in d["payload"]["authorization_details"] if x["type"] == "urn:altinn:systemuser"][0]
        ["systemuser_org"]["ID"] == "0192:'"$customer"'"' "systemuser_org is the customer"
check systemuser-token '
    [x for x in d["payload"]["authorization_details"] if x["type"] == "urn:altinn:systemuser"][0]
        ["systemuser_id"] == ["'"$request_id"'"]' "systemuser_id is the approved request id"
check systemuser-token 'd["payload"]["scope"] == "skatteetaten:demo"'

# --- The system's last step: an instance of an Altinn app for the customer, as its system user -------
# The sandbox simulates every app of its catalogue (docs/sandbox.md#the-simulated-altinn-app).
run app-instance 0 app instantiate --org brg --app aarsregnskap --owner "$customer" --system "$system_id"
check app-instance 'd["instanceOwner"]["organizationNumber"] == "'"$customer"'" and d["appId"] == "brg/aarsregnskap"
    and d["createdBy"] == "'"$request_id"'" and d["id"].startswith("1'"$customer"'/")' \
    "an instance created by the customer's system user"
run app-refused 1 app instantiate --org skd --app flyttemelding --owner "$customer"
stderr_has app-refused "app_skd_flyttemelding"
stderr_has app-refused "changerequest create --system-user $request_id --require-right app_skd_flyttemelding"

# --- What the customer's system user really holds, from Altinn's authorized parties -------------------
run holdings 0 customers holdings --org "$customer" --system "$system_id"
check holdings 'd["result"] == "matches" and "ske-krav-og-betalinger" in d["held"]["resources"]
    and sorted(d["held"]["resources"]) == sorted(d["expected"]["resources"])
    and d["parties"][0]["organizationNumber"] == "'"$customer"'" and d["missing"]["resources"] == []
    and d["calls"]["exchange"] == 1 and d["calls"]["authorizedParties"] == 1' \
    "the approved customer's system user holds what the system asks for"
run holdings-by-token 0 customers holdings --org "$customer"
check holdings-by-token 'd["systemId"] == "'"$system_id"'" and d["result"] == "matches"' \
    "without --system, the system user token names the system"

# --- The customer ledger: the same file and the same sync as the wizard ------------------------------
run customers-sync 0 customers sync --system "$system_id"
check customers-sync 'any(c["orgNo"] == "'"$customer"'" and c["state"] == "approved"
    and c["nextAction"] == "test-token" and c["systemUserId"] == "'"$request_id"'" for c in d)'
run customers-csv 0 customers list --system "$system_id" --format csv --state approved
head -n 1 "$work/customers-csv.out" | grep -q "^orgNo,name,externalRef,kind,state,nextAction" \
    || fail "customers list --format csv starts with its header"
grep -q "^$customer,.*,approved,test-token," "$work/customers-csv.out" || fail "the approved customer is in the CSV"
run customers-none 0 customers list --system "$system_id" --state rejected
check customers-none 'd == []'
run customers-show 0 customers show "$customer" --system "$system_id"
check customers-show 'len(d) == 1 and d[0]["state"] == "approved"'
run customers-show-unknown 1 customers show 974760673 --system "$system_id"
stderr_has customers-show-unknown "customers sync"
run customers-bad-state 2 customers list --system "$system_id" --state happy
run customers-no-system 2 customers list

# --- What scripts rely on when things go wrong --------------------------------------------------------
run bad-org 1 request create --system "$system_id" --org 991825828
stderr_has bad-org "organisation number"
run unknown-command 2 frobnicate
stderr_has unknown-command "--help"
run unknown-option 2 request create --system "$system_id" --colour red
stderr_has unknown-option "--colour"
run missing-argument 2 request get
stderr_has missing-argument "ID"
run wrong-env 2 --env tt02 token
stderr_has wrong-env "profile"

sed "s/\"$system_id\"/\"123456785_wrong_vendor\"/" "$work/system.json" >"$work/system-invalid.json"
run invalid-system 1 system register "$work/system-invalid.json"
stderr_has invalid-system "nothing was sent"

run again 1 request create --system "$system_id" --org "$customer"
stderr_has again "AUTH-"

# A write to production needs --yes (checked before anything is sent).
run prod-profile 0 profile create "Prod check" --env prod --org $vendor --client-id 00000000-0000-4000-8000-000000000000
run prod-key 0 key generate
run prod-write 2 system delete "$system_id"
stderr_has prod-write "--yes"
run prod-delete 0 profile delete "Prod check"
run use 0 profile use "E2E vendor"

for group in "" profile key token system request changerequest systemuser customers resources packages sandbox; do
    run "help-${group:-top}" 0 $group --help
    grep -q "^Usage: systemuser-cli" "$work/help-${group:-top}.out" || fail "--help for '$group' prints no usage"
done

# --- Time travel: demoing a timed-out request must not end token use ------------------------------------
# The sandbox's Maskinporten judges grants by real time (the vendor's computer has no sandbox clock); the
# tokens and every Altinn-side time follow the travelled clock.
control POST "sandbox/clock/advance?days=181" '{}'
run travelled-token 0 token --systemuser-org "$customer" --decode
check travelled-token '
    [x for x in d["payload"]["authorization_details"] if x["type"] == "urn:altinn:systemuser"][0]
        ["systemuser_id"] == ["'"$request_id"'"]' "a system user token after travelling 181 days"
grep -qi "clock" "$work/travelled-token.err" && fail "travelled-token: the CLI blames this computer's clock"
run travelled-request 0 request get "$request_id"
check travelled-request 'd["status"] == "Accepted" and d["timedOut"] is True' "the request has timed out"
grep -qi "ask the customer again" "$work/travelled-request.err" && fail "travelled-request: an approved request needs no new one"

# --- No secrets on disk or in the output --------------------------------------------------------------
if grep -rl "PRIVATE KEY" "$work" --include='*.out' --include='*.err' --include='*.json' -r "$XDG_DATA_HOME" \
    2>/dev/null; then
    fail "private key material was written to a file or printed"
fi

run cleanup 0 profile delete "E2E vendor"
echo "cli end to end: all $step steps passed" >&2
