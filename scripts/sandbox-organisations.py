#!/usr/bin/env python3
"""Prints the first N made-up organisations of a running systemuser-sandbox (started with
--synthetic-organisations), one "orgNo;name" per line, walking GET /sandbox/organisations page by page.
Used by the bulk tests and benchmarks to build customer lists.

Usage: sandbox-organisations.py BASE_URL N
"""
import json
import re
import sys
import urllib.request

base, wanted = sys.argv[1], int(sys.argv[2])
url = base + "sandbox/organisations?limit=1000"
found = []
while url and len(found) < wanted:
    with urllib.request.urlopen(url, timeout=30) as response:
        page = json.load(response)
        link = response.headers.get("Link") or ""
    # The synthetic numbers start at 350000000 (docs/sandbox.md); the seeded register has none there.
    found += [o for o in page if "350000000" <= o["orgNo"] < "400000000"]
    match = re.search(r'<([^>]+)>;\s*rel="next"', link)
    url = match.group(1) if match else None
if len(found) < wanted:
    sys.exit(f"the sandbox has only {len(found)} synthetic organisations, {wanted} wanted")
for organisation in found[:wanted]:
    print(f'{organisation["orgNo"]};{organisation["name"]}')
