#!/usr/bin/env bash
# `systemuser-cli customers import` + `customers request`, killed (SIGKILL) at five random points mid-batch
# and run again each time, then once to the end: no customer is asked twice and every customer is accounted
# for (docs/bulk-onboarding.md). The sandbox answers each request POST 50 ms late so the batch
# is long enough to be killed in the middle, and a 429 storm and some 5xx are mixed in.
#
# Usage: cli-bulk.sh BIN_DIR   (needs a Secret Service keyring — scripts/run-tests provides one — and python3)
set -euo pipefail

bin_dir="$(cd "${1:?usage: cli-bulk.sh BIN_DIR}" && pwd)"
cli="$bin_dir/systemuser-cli"
count=300
work="$(mktemp -d)"
sandbox_pid=""
cleanup() {
    [[ -n "$sandbox_pid" ]] && kill "$sandbox_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
export XDG_DATA_HOME="$work/data"
export QT_LOGGING_RULES="*.debug=false"

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

"$bin_dir/systemuser-sandbox" --port 0 --synthetic-organisations "$count" >"$work/sandbox.log" 2>&1 &
sandbox_pid=$!
for _ in $(seq 100); do
    grep -q '^listening on ' "$work/sandbox.log" && break
    sleep 0.1
done
base="$(head -1 "$work/sandbox.log" | sed -n 's/^listening on //p')"
[[ "$base" == http://127.0.0.1:*/ ]] || fail "systemuser-sandbox did not start: $(cat "$work/sandbox.log")"

vendor=991825827
system_id="${vendor}_bulk_resume"
"$cli" profile create "Resume vendor" --env "$base" --org "$vendor" --scopes skatteetaten:demo >/dev/null 2>&1
"$cli" key generate >/dev/null 2>&1
client_id="$("$cli" sandbox register-client 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["clientId"])')"
cat >"$work/system.json" <<JSON
{
  "id": "$system_id",
  "vendor": {"ID": "0192:$vendor"},
  "name": {"nb": "Gjenoppta", "nn": "Gjenoppta", "en": "Resume"},
  "description": {"nb": "Test", "nn": "Test", "en": "Test"},
  "rights": [{"resource": [{"id": "urn:altinn:resource", "value": "ske-krav-og-betalinger"}]}],
  "clientId": ["$client_id"],
  "isVisible": false
}
JSON
"$cli" system register "$work/system.json" >/dev/null 2>&1 || fail "system register"

# A spreadsheet export: BOM, ';', spaces in the numbers, a quoted name with a separator in it.
project_dir="$(cd "$(dirname "$0")/../.." && pwd)"
python3 "$project_dir/scripts/sandbox-organisations.py" "$base" "$count" >"$work/organisations.txt" \
    || fail "reading the sandbox's organisations"
python3 - "$work/organisations.txt" "$work/customers.csv" <<'PY' || fail "writing the customer list"
import sys
with open(sys.argv[2], "w", encoding="utf-8-sig", newline="") as f:
    f.write("Organisasjonsnummer;Navn;Ekstern referanse\r\n")
    for i, line in enumerate(open(sys.argv[1], encoding="utf-8")):
        org, name = line.rstrip("\n").split(";", 1)
        f.write(f'{org[:3]} {org[3:6]} {org[6:]};"{name}; avd. {i % 7}";kunde-{i}\r\n')
PY
"$cli" customers import "$work/customers.csv" --system "$system_id" >"$work/import.out" 2>"$work/import.err" \
    || fail "import: $(cat "$work/import.err")"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["added"] == int(sys.argv[2]), d' \
    "$work/import.out" "$count" || fail "import did not add $count customers"

control() { # control METHOD PATH [JSON]
    python3 - "$base$2" "$1" "${3:-}" <<'PY'
import sys, urllib.request
url, method, body = sys.argv[1], sys.argv[2], sys.argv[3]
request = urllib.request.Request(url, data=body.encode() if body else b"", method=method,
                                 headers={"Content-Type": "application/json"})
with urllib.request.urlopen(request, timeout=10) as r:
    assert 200 <= r.status < 300, r.status
PY
}
request_path="authentication/api/v1/systemuser/request/vendor"
control POST sandbox/faults '{"method": "POST", "pathPrefix": "'"$request_path"'", "delayMs": 50, "count": 1000}'

# Five runs killed at random points, each resuming the last; the last run, not killed, trusts the ledger and
# the journal alone (--no-sync).
for run in 1 2 3 4 5; do
    if [[ "$run" == 3 ]]; then
        # A 429 storm in the middle: every slot waits as Altinn asks, nobody is lost.
        control POST sandbox/faults '{"method": "POST", "pathPrefix": "'"$request_path"'", "status": 429, "retryAfterSeconds": 1, "count": 6}'
    fi
    # Every other run skips the comparison with Altinn, so only the journal can tell what the killed run sent.
    sync=""
    [[ $((run % 2)) == 0 ]] && sync="--no-sync"
    "$cli" customers request --system "$system_id" --concurrency 4 $sync >"$work/run$run.out" 2>"$work/run$run.err" &
    pid=$!
    sleep "$(python3 -c 'import random; print(round(random.uniform(0.5, 1.5), 2))')"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo "run $run killed after $(grep -c . "$work/run$run.out" || true) answers" >&2
done

# The last run goes to the end.
"$cli" customers request --system "$system_id" --concurrency 8 --no-sync >"$work/final.out" 2>"$work/final.err" \
    || fail "final run: $(tail -5 "$work/final.err")"
sed 's/^/    /' "$work/final.err" >&2

"$cli" customers status --system "$system_id" >"$work/status.out" 2>/dev/null || fail "customers status"
python3 - "$work" "$count" "$base" "$system_id" <<'PY' || fail "accounting"
import glob, json, sys, urllib.request
work, count, base, system_id = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
status = json.load(open(f"{work}/status.out"))
customers = status["customers"]
assert len(customers) == count, f"{len(customers)} customers in the ledger"
waiting = [c for c in customers if c["state"] == "waiting"]
assert len(waiting) == count, f"{count - len(waiting)} customers not waiting: " + \
    str([c for c in customers if c["state"] != "waiting"][:3])
ids = [c["requestId"] for c in customers]
assert len(set(ids)) == count, "two customers share a request"
# A customer answered "already waiting" means a request that had reached Altinn was sent again blindly.
found = 0
for path in sorted(glob.glob(f"{work}/run*.out")) + [f"{work}/final.out"]:
    for line in open(path):
        outcome = json.loads(line)["outcome"]
        assert outcome != "already-waiting", f"{path}: a customer was asked twice: {line}"
        assert outcome != "failed", f"{path}: {line}"
        found += outcome == "found-after-interruption"
# The kills landed after answers the ledger had not saved yet: the journal found them again.
assert found > 0, "no run had to look up an interrupted customer; the kills missed the batch"
# What the sandbox holds: exactly one request per customer.
with urllib.request.urlopen(base + "sandbox/state", timeout=30) as r:
    state = json.load(r)["state"]
requests = [q for q in state.get("requests", []) if q.get("systemId") == system_id and not q.get("isDeleted")]
assert len(requests) == count, f"the sandbox holds {len(requests)} requests for {count} customers"
print(f"ok: {count} customers, one request each, after five kills ({found} found again by the journal)")
PY

# --- Hand-off: the links of every waiting customer as CSV, e-mail drafts and a PDF ---------------------
"$cli" customers export-links --system "$system_id" --format csv --out "$work/links.csv" >"$work/csv.out" 2>"$work/csv.err" \
    || fail "export-links csv: $(cat "$work/csv.err")"
"$cli" customers export-links --system "$system_id" --format eml --out "$work/mail" >/dev/null 2>"$work/eml.err" \
    || fail "export-links eml: $(cat "$work/eml.err")"
"$cli" customers export-links --system "$system_id" --format pdf --out "$work/links.pdf" >/dev/null 2>"$work/pdf.err" \
    || fail "export-links pdf: $(cat "$work/pdf.err")"
python3 - "$work" "$count" <<'PY' || fail "the exported files"
import csv, email, email.policy, glob, re, sys
work, count = sys.argv[1], int(sys.argv[2])
rows = list(csv.reader(open(f"{work}/links.csv", encoding="utf-8-sig", newline=""), delimiter=";"))
assert len(rows) == count + 1, f"{len(rows) - 1} CSV rows"
assert all(any(cell.startswith("http") for cell in row) for row in rows[1:]), "a CSV row without its link"
mails = sorted(glob.glob(f"{work}/mail/*.eml"))
assert len(mails) == count, f"{len(mails)} e-mails"
message = email.message_from_bytes(open(mails[0], "rb").read(), policy=email.policy.default)
assert message["X-Unsent"] == "1" and "/" in message.get_body().get_content()
pages = len(re.findall(rb"/Type\s*/Page(?!s)", open(f"{work}/links.pdf", "rb").read()))
assert pages == count, f"{pages} PDF pages"
print(f"ok: {count} links as CSV rows, e-mail drafts and PDF pages")
PY

# --- A change campaign: ten customers approve, the system gains a right, the campaign runs twice ------
python3 - "$base" "$system_id" <<'PY' || fail "approving through the control API"
import json, sys, urllib.request
base, system_id = sys.argv[1], sys.argv[2]
state = json.load(urllib.request.urlopen(base + "sandbox/state", timeout=30))["state"]
ids = sorted(q["id"] for q in state["requests"] if q["systemId"] == system_id)[:10]
for request_id in ids:
    urllib.request.urlopen(urllib.request.Request(f"{base}sandbox/requests/{request_id}/approve", data=b"{}", method="POST",
                                                  headers={"Content-Type": "application/json"}), timeout=10)
PY
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); d["rights"].append({"resource":[{"id":"urn:altinn:resource","value":"app_ttd_endring-av-navn-v2"}]}); print(json.dumps(d))' \
    "$work/system.json" >"$work/system-more.json"
"$cli" system update "$work/system-more.json" >/dev/null 2>"$work/update.err" || fail "system update: $(cat "$work/update.err")"
"$cli" customers change --system "$system_id" >"$work/change.out" 2>"$work/change.err" || fail "customers change: $(tail -5 "$work/change.err")"
[[ "$(grep -c '"outcome":"created"' "$work/change.out")" == 10 ]] || fail "expected 10 change requests: $(head -3 "$work/change.out")"
"$cli" customers change --system "$system_id" >"$work/change2.out" 2>"$work/change2.err" || fail "customers change again: $(tail -5 "$work/change2.err")"
grep -q '"outcome":"created"' "$work/change2.out" && fail "a second campaign sent a change request again"
[[ "$(grep -c '"verdict":"cannot-change"' "$work/change2.out")" == 10 ]] || fail "the ten pending changes are not reported as waiting"
echo "ok: a change campaign sends once" >&2
