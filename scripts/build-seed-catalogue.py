#!/usr/bin/env python3
"""Builds the sandbox's seed catalogue (resources/sandbox/*.json) from the tables of catalog.md.

Usage:
    scripts/build-seed-catalogue.py [path/to/catalog.md] [output-dir]

Defaults: /work/shared/docs/catalog.md and resources/sandbox/ next to this script's parent. The JSON files
are the source of truth the sandbox loads (embedded under :/sandbox/); this script only makes them
reproducible when catalog.md changes. Review the diff after running it.

What it writes, and the choices it makes where catalog.md is silent (kept in step with the report of the
seed catalogue and the comments in core/sandbox/SeedCatalogue.cpp):

* accesspackages.json: the five area groups (§1.1), 49 areas (§1.2) and 223 packages (§2.5 organisation,
  §2.6 person), flat, linked by id (area → group) and area URN (package → area).
  - Names carry nb/nn/en. Packages and areas have no nn text in catalog.md, so nn repeats nb, except the two
    area quirks §1.2 spells out (helse_og_omsorg → "Familie og fritid", trafikk_og_transport →
    "Plan, bygg og eigedom"). Area groups have all three languages in the table.
  - Package descriptions exist only as the English paraphrase; it is used for all three languages.
  - `isAvailableForServiceOwners` is the SO column; the API shows it as `isResourcePolicyAvailable`.
  - The code of a package is the URN's last segment, except the §2.7 mismatch
    (code vergemal-namsmannen-tvangsfullbyrdelse-forliksradet, URN …:namsmannen-tvangsfullbyrdelse-forliksradet).
  - Entity types (Organisasjon/Person) carry the ids of Altinn's EntityTypeConstants and the Altinn 3
    provider id, which catalog.md does not list.
* resources.json: the 51 resources of §3.2 as ServiceResource objects (camelCase, nulls left out), then the
  apps of VENDOR_APPS below (not in catalog.md).
  Marks (†, ‡, "(assumed)", "(default)", "*") are stripped. nn texts repeat nb. `description` repeats the
  title (catalog.md has no resource descriptions). `visible` is false where the notes say so.
  `availableForType` is ["Company"], except ["PrivatePerson"] where the notes say so. resourceReferences
  are derived from the identifier patterns and notes (ApplicationId for app_*, ServiceCode/ServiceEditionCode
  for se_* and migrated ids, MaskinportenScope where a scope is named).
* organisations.json: [{"orgNo", "name"[, "note"]}] sorted by number: §4.1–4.3 (§4.3 numbers without a
  name get an invented Tenor-style name and a "note"), the real organisations of §4.4 and the service owners
  of the §3.2 owner directory. Numbers failing MOD11 are skipped (with a message on stderr).
"""

import json
import re
import sys
from pathlib import Path

ICON_BASE = "https://altinncdn.no/authorization/accesspackageicons/"

# Altinn's EntityTypeConstants / ProviderConstants (altinn-authorization-tmp); not in catalog.md.
ALTINN3_PROVIDER_ID = "0195ea92-2080-7e7c-bbe3-bb0521c1e51a"
ENTITY_TYPES = [
    {"key": "Organisation", "id": "8c216e2f-afdd-4234-9ba2-691c727bb33d",
     "name": {"nb": "Organisasjon", "nn": "Organisasjon", "en": "Organization"}},
    {"key": "Person", "id": "bfe09e70-e868-44b3-8d81-dfe0e13e058a",
     "name": {"nb": "Person", "nn": "Person", "en": "Person"}},
]

# §1.2: the nn names the source gets wrong (copied deliberately).
AREA_NN_QUIRKS = {
    "accesspackage:area:helse_og_omsorg": "Familie og fritid",
    "accesspackage:area:trafikk_og_transport": "Plan, bygg og eigedom",
}

# §2.7: the one package whose code differs from its URN.
CODE_BY_URN = {
    "urn:altinn:accesspackage:namsmannen-tvangsfullbyrdelse-forliksradet":
        "vergemal-namsmannen-tvangsfullbyrdelse-forliksradet",
}

# §4.3 numbers without a name in source: invented Tenor-style names (adjective adjective animal).
INVENTED_NAMES = {
    "312605031": "ROLIG UTHOLDEN OTER",
    "313588270": "TRAVEL OMSORGSFULL BEVER",
    "313351203": "RYDDIG PÅLITELIG ELG",
    "314239431": "STØDIG GRUNDIG GREVLING",
    "314048431": "VENNLIG NYSGJERRIG RÅDYR",
    "310422649": "FLITTIG OPPMERKSOM MÅR",
    "313506673": "SPARSOM PUNKTLIG REV",
    "310478717": "LUN TÅLMODIG SEL",
    "313367002": "MODIG BESKJEDEN HARE",
}
# §4.3: the pairing the catalogue states (inferred in source).
PAIRED_NAMES = {"310547891": "AKTVERDIG RETORISK APE"}

# Apps vendors submit through most that catalog.md does not list: both identifiers were seen accepted as
# rights by the TT02 system register (issue 17). Owners come from the §3.2 owner directory; the titles are
# our own wording (the apps' official titles are not published with their ids). The shareholder register
# return, A-melding and VAT return are in §3.2 already (ske-innrapportering-aksjonaerregisteroppgave,
# app_skd_a2-1051-221111, ske-innrapportering-amelding, app_skd_a2-3906-141205, app_skd_a2-4222-151009).
VENDOR_APPS = [
    {"identifier": "app_brg_aarsregnskap-vanlig-202406", "orgcode": "brg",
     "title": {"nb": "Årsregnskap for vanlige foretak", "nn": "Årsrekneskap for vanlege føretak",
               "en": "Annual accounts for ordinary enterprises"},
     "description": {"nb": "Innsending av årsregnskapet til Regnskapsregisteret.",
                     "nn": "Innsending av årsrekneskapen til Rekneskapsregisteret.",
                     "en": "Submitting the annual accounts to the Register of Company Accounts."}},
    {"identifier": "app_skd_formueinntekt-skattemelding-v2", "orgcode": "skd",
     "title": {"nb": "Skattemelding for formue og inntekt", "nn": "Skattemelding for formue og inntekt",
               "en": "Tax return for wealth and income"},
     "description": {"nb": "Innsending av skattemeldingen for formue og inntekt til Skatteetaten.",
                     "nn": "Innsending av skattemeldinga for formue og inntekt til Skatteetaten.",
                     "en": "Submitting the tax return for wealth and income to the Tax Administration."}},
]

# §3.2 notes naming Maskinporten scopes.
MASKINPORTEN_SCOPES = {
    "skd-maskinportenschemaid-8": ["folkeregister:deling/finans"],
    "ttd-am-k6": ["test:am/k6.read", "test:am/k6.write"],
}
# §3.2 notes naming an Altinn 2 service behind a non-se_ id.
ALTINN2_SERVICE = {"skd-migrert-4628-1": ("4628", "1")}


def mod11_valid(number: str) -> bool:
    if not re.fullmatch(r"\d{9}", number):
        return False
    weights = [3, 2, 7, 6, 5, 4, 3, 2]
    remainder = sum(int(d) * w for d, w in zip(number[:8], weights)) % 11
    if remainder == 1:
        return False
    check = 0 if remainder == 0 else 11 - remainder
    return check == int(number[8])


def section_table(lines, heading_prefix, occurrence=0):
    """Rows (lists of cells) of the first Markdown table after the heading starting with heading_prefix."""
    starts = [i for i, line in enumerate(lines) if line.startswith(heading_prefix)]
    if len(starts) <= occurrence:
        raise SystemExit(f"heading not found: {heading_prefix}")
    rows = []
    in_table = False
    for line in lines[starts[occurrence] + 1:]:
        if line.startswith("#"):
            break
        if line.startswith("|"):
            in_table = True
            rows.append([cell.strip() for cell in line.strip().strip("|").split(" | ")])
        elif in_table:
            break
    if len(rows) < 3:
        raise SystemExit(f"no table under {heading_prefix}")
    header = rows[0]
    return header, rows[2:]  # skip the |---| line


def clean(text: str) -> str:
    text = text.replace("**", "")
    text = re.sub(r"\s*\((assumed|default|type not set)\)", "", text)
    return text.replace("†", "").replace("‡", "").replace("*", "").strip()


def as_bool(text: str) -> bool:
    value = clean(text).lower()
    if value not in ("true", "false"):
        raise SystemExit(f"not a boolean: {text!r}")
    return value == "true"


def build_access_packages(lines):
    _, group_rows = section_table(lines, "### 1.1")
    groups = []
    group_by_en = {}
    for gid, nb, nn, en, entity in group_rows:
        group = {"id": gid, "name": {"nb": nb, "nn": nn, "en": en}, "entityType": entity}
        groups.append(group)
        group_by_en[en] = group

    _, area_rows = section_table(lines, "### 1.2")
    areas = []
    for _, urn, nb, en, group_en, icon, aid in area_rows:
        areas.append({
            "id": aid,
            "urn": urn,
            "name": {"nb": nb, "nn": AREA_NN_QUIRKS.get(urn, nb), "en": en},
            "group": group_by_en[group_en]["id"],
            "iconUrl": ICON_BASE + icon,
        })
    area_urns = {area["urn"] for area in areas}

    packages = []
    for heading in ("### 2.5", "### 2.6"):
        _, rows = section_table(lines, heading)
        for row in rows:
            _, urn, nb, en, area, d, a, so, klass, description, pid = row
            area_urn = "accesspackage:area:" + area
            if area_urn not in area_urns:
                raise SystemExit(f"unknown area {area} for {urn}")
            text = description.strip()
            packages.append({
                "id": pid,
                "urn": urn,
                "code": CODE_BY_URN.get(urn, urn.rsplit(":", 1)[1]),
                "name": {"nb": nb, "nn": nb, "en": en},
                "description": {"nb": text, "nn": text, "en": text},
                "area": area_urn,
                "isDelegable": as_bool(d),
                "isAssignable": as_bool(a),
                "isAvailableForServiceOwners": as_bool(so),
                "class": clean(klass),
            })
    return {
        "source": "catalog.md §1.1, §1.2, §2.5, §2.6 (Altinn/altinn-authorization-tmp f7ff53b)",
        "providerId": ALTINN3_PROVIDER_ID,
        "entityTypes": ENTITY_TYPES,
        "areaGroups": groups,
        "areas": areas,
        "packages": packages,
    }


def references_for(identifier: str, resource_type: str, orgcode: str):
    refs = []
    if identifier.startswith("app_"):
        _, org, app = identifier.split("_", 2)
        refs.append({"referenceSource": "Altinn3", "reference": f"{org}/{app}", "referenceType": "ApplicationId"})
        migrated = re.fullmatch(r"a2-(\d+)-(\d+)", app)
        if migrated:
            refs.append({"referenceSource": "Altinn2", "reference": migrated.group(1), "referenceType": "ServiceCode"})
            refs.append({"referenceSource": "Altinn2", "reference": migrated.group(2),
                         "referenceType": "ServiceEditionCode"})
    service = re.fullmatch(r"se_(\d+)_(\d+)", identifier)
    if service or identifier in ALTINN2_SERVICE:
        code, edition = service.groups() if service else ALTINN2_SERVICE[identifier]
        refs.append({"referenceSource": "Altinn2", "reference": code, "referenceType": "ServiceCode"})
        refs.append({"referenceSource": "Altinn2", "reference": edition, "referenceType": "ServiceEditionCode"})
    for scope in MASKINPORTEN_SCOPES.get(identifier, []):
        refs.append({"referenceSource": "ExternalPlatform", "reference": scope, "referenceType": "MaskinportenScope"})
    return refs


def build_resources(lines):
    owners = {}
    # The owner directory is a table after a plain paragraph inside §3.2: find it by its header.
    start = next(i for i, line in enumerate(lines) if line.startswith("Owner directory"))
    for line in lines[start + 1:]:
        if not line.startswith("|"):
            if owners:
                break
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split(" | ")]
        if cells[0] in ("orgcode", "---") or cells[0].startswith("---"):
            continue
        orgcode, orgno, name_nb, name_en, mod11 = cells
        owners[orgcode] = {"orgNo": orgno, "nb": name_nb, "en": name_en, "mod11": mod11}

    _, rows = section_table(lines, "### 3.2")
    resources = []
    for row in rows:
        _, identifier, title_nb, title_en, rtype, orgcode, orgno, owner_nb, delegable, outcome, notes = row
        identifier = identifier.strip("`")
        title_nb, title_en = clean(title_nb), clean(title_en)
        resource_type = clean(rtype)
        owner = owners[orgcode]
        organization = clean(orgno)
        notes_lower = notes.lower()
        resource = {
            "identifier": identifier,
            "title": {"nb": title_nb, "nn": title_nb, "en": title_en},
            "description": {"nb": title_nb, "nn": title_nb, "en": title_en},
            "status": "Completed",
            "delegable": as_bool(delegable),
            "visible": "visible=false" not in notes_lower,
            "hasCompetentAuthority": {
                "name": {"nb": clean(owner_nb), "nn": clean(owner_nb), "en": owner["en"]},
                "organization": organization,
                "orgcode": orgcode,
            },
            "accessListMode": "Disabled",
            "selfIdentifiedUserEnabled": False,
            "enterpriseUserEnabled": False,
            "resourceType": resource_type,
            "availableForType": ["PrivatePerson"] if "availablefortype = privateperson" in notes_lower
            else ["Company"],
            "authorizationReference": [{"id": "urn:altinn:resource", "value": identifier}],
            "isOneTimeConsent": False,
        }
        refs = references_for(identifier, resource_type, orgcode)
        if refs:
            resource["resourceReferences"] = refs
        resources.append(resource)
    for app in VENDOR_APPS:
        resources.append(vendor_app(app, owners[app["orgcode"]]))
    return resources, owners


def vendor_app(app, owner):
    """A VENDOR_APPS entry as a ServiceResource, with the defaults the §3.2 apps get."""
    identifier = app["identifier"]
    resource = {
        "identifier": identifier,
        "title": app["title"],
        "description": app["description"],
        "status": "Completed",
        "delegable": True,
        "visible": True,
        "hasCompetentAuthority": {
            "name": {"nb": owner["nb"], "nn": owner["nb"], "en": owner["en"]},
            "organization": owner["orgNo"],
            "orgcode": app["orgcode"],
        },
        "accessListMode": "Disabled",
        "selfIdentifiedUserEnabled": False,
        "enterpriseUserEnabled": False,
        "resourceType": "AltinnApp",
        "availableForType": ["Company"],
        "authorizationReference": [{"id": "urn:altinn:resource", "value": identifier}],
        "isOneTimeConsent": False,
        "resourceReferences": references_for(identifier, "AltinnApp", app["orgcode"]),
    }
    return resource


def build_organisations(lines, owners):
    orgs = {}

    def add(orgno, name, note=None):
        orgno = orgno.strip()
        if not mod11_valid(orgno):
            print(f"skipping {orgno} ({name}): fails MOD11", file=sys.stderr)
            return
        if orgno in orgs:
            return  # the first (synthetic) entry wins
        entry = {"orgNo": orgno, "name": name}
        if note:
            entry["note"] = note
        orgs[orgno] = entry

    _, rows = section_table(lines, "### 4.1")
    for row in rows:
        add(row[0], row[1])
    _, rows = section_table(lines, "### 4.2")
    for row in rows:
        add(row[0], row[1])
    _, rows = section_table(lines, "### 4.3")
    for row in rows:
        orgno = row[0]
        if orgno in PAIRED_NAMES:
            add(orgno, PAIRED_NAMES[orgno], "name from the pairing catalog.md §4.3 infers")
        else:
            add(orgno, INVENTED_NAMES[orgno], "name invented for the sandbox; catalog.md §4.3 gives none")
    _, rows = section_table(lines, "### 4.4")
    for row in rows:
        add(row[0], row[1])
    for owner in owners.values():
        if owner["orgNo"] != "—":
            add(owner["orgNo"], owner["nb"])
    return sorted(orgs.values(), key=lambda entry: entry["orgNo"])


def write_json(path: Path, value):
    path.write_text(json.dumps(value, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main():
    root = Path(__file__).resolve().parent.parent
    catalog = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/shared/docs/catalog.md")
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else root / "resources" / "sandbox"
    lines = catalog.read_text(encoding="utf-8").splitlines()

    packages = build_access_packages(lines)
    resources, owners = build_resources(lines)
    organisations = build_organisations(lines, owners)

    write_json(out / "accesspackages.json", packages)
    write_json(out / "resources.json", resources)
    write_json(out / "organisations.json", organisations)
    print(f"{len(packages['areaGroups'])} area groups, {len(packages['areas'])} areas, "
          f"{len(packages['packages'])} packages, {len(resources)} resources, {len(organisations)} organisations")


if __name__ == "__main__":
    main()
