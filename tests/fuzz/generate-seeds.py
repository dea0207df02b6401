#!/usr/bin/env python3
"""Seeds the fuzz targets need but the repository must not hold: private keys in every format KeyImporter
reads, and signed tokens. All are made here, at build time, from throw-away keys (openssl and the Python
standard library only), into the build directory given as the only argument:

    generate-seeds.py <build>/tests/fuzz/seeds     ->  seeds/FuzzKeyImport/…, seeds/FuzzTokenDecoding/…

The passphrase of the encrypted seeds is the one FuzzKeyImport.cpp tries ("fuzzing").
"""

import base64
import json
import os
import re
import subprocess
import sys
import tempfile

PASSPHRASE = "fuzzing"


def openssl(*args, data=None):
    return subprocess.run(["openssl", *args], input=data, check=True, capture_output=True).stdout


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def integer_bytes(value):
    return value.to_bytes((value.bit_length() + 7) // 8 or 1, "big")


def rsa_fields(private_pem):
    """The integers of an RSA private key, read from `openssl rsa -text`."""
    text = openssl("rsa", "-noout", "-text", data=private_pem).decode()
    names = {"modulus": "n", "publicExponent": "e", "privateExponent": "d", "prime1": "p", "prime2": "q",
             "exponent1": "dp", "exponent2": "dq", "coefficient": "qi"}
    fields = {}
    current = None
    for line in text.splitlines():
        match = re.match(r"^(\w+):\s*(\d+)?", line)
        if match and match.group(1) in names:
            current = names[match.group(1)]
            if match.group(2):  # "publicExponent: 65537 (0x10001)"
                fields[current] = int(match.group(2))
                current = None
            else:
                fields[current] = ""
        elif current and line.startswith(" "):
            fields[current] += line.strip().replace(":", "")
        else:
            current = None
    return {name: value if isinstance(value, int) else int(value, 16) for name, value in fields.items()}


def write(directory, name, data):
    os.makedirs(directory, mode=0o700, exist_ok=True)
    path = os.path.join(directory, name)
    with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as out:
        out.write(data if isinstance(data, bytes) else data.encode())


def key_seeds(directory, scratch):
    key = openssl("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048")
    write(directory, "rsa2048-pkcs8.pem", key)
    write(directory, "rsa2048-pkcs8-encrypted.pem",
          openssl("pkcs8", "-topk8", "-v2", "aes-256-cbc", "-passout", "pass:" + PASSPHRASE, data=key))
    write(directory, "rsa2048-public.pem", openssl("pkey", "-pubout", data=key))
    # Damaged keys: cut short, and a PKCS#1 body under a PKCS#8 label.
    write(directory, "rsa2048-truncated.pem", key[: len(key) // 2] + b"\n-----END PRIVATE KEY-----\n")
    pkcs1 = openssl("rsa", "-traditional", data=key)
    write(directory, "rsa2048-pkcs1.pem", pkcs1)
    write(directory, "rsa2048-mislabelled.pem", pkcs1.replace(b"RSA PRIVATE KEY", b"PRIVATE KEY"))
    write(directory, "rsa1024-too-small.pem",
          openssl("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:1024"))
    write(directory, "ec-p256-not-rsa.pem",
          openssl("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256"))

    fields = rsa_fields(key)
    jwk = {"kty": "RSA", "kid": "991825827-sandbox-2026-01-15", "alg": "RS256", "use": "sig"}
    jwk.update({name: b64url(integer_bytes(value)) for name, value in fields.items()})
    write(directory, "rsa2048-private.jwk", json.dumps(jwk, indent=2))
    # Damaged: the modulus of another key. It parses, but signs nothing that verifies (KeyImporter must
    # refuse it; it did not until the fuzzer found a key like it).
    other = rsa_fields(openssl("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048"))
    write(directory, "rsa2048-damaged.jwk", json.dumps(dict(jwk, n=b64url(integer_bytes(other["n"])))))
    public_jwk = {name: jwk[name] for name in ("kty", "kid", "n", "e")}
    write(directory, "rsa2048-public.jwk", json.dumps(public_jwk))

    # A business certificate stand-in: self-signed, in PKCS#12 with the key.
    key_path = os.path.join(scratch, "key.pem")
    cert_path = os.path.join(scratch, "cert.pem")
    write(scratch, "key.pem", key)
    openssl("req", "-x509", "-new", "-key", key_path, "-subj", "/O=Fuzz AS/serialNumber=991825827",
            "-days", "30", "-out", cert_path)
    write(directory, "rsa2048.p12",
          openssl("pkcs12", "-export", "-inkey", key_path, "-in", cert_path, "-passout", "pass:" + PASSPHRASE))
    return key_path


def token_seeds(directory, key_path):
    def signed(header, claims):
        signing_input = b64url(json.dumps(header).encode()) + "." + b64url(json.dumps(claims).encode())
        signature = openssl("dgst", "-sha256", "-sign", key_path, data=signing_input.encode())
        return signing_input + "." + b64url(signature)

    header = {"alg": "RS256", "kid": "fuzz", "typ": "JWT"}
    vendor = {
        "iss": "http://127.0.0.1:5210/", "client_amr": "private_key_jwt", "token_type": "Bearer",
        "scope": "altinn:authentication/systemregister.write altinn:authentication/systemuser.request.write",
        "client_id": "00000000-0000-4000-8000-000000000000",
        "consumer": {"authority": "iso6523-actorid-upis", "ID": "0192:991825827"},
        "iat": 1768478400, "exp": 1768478520, "jti": "fuzz-1",
    }
    system_user = dict(vendor)
    system_user["authorization_details"] = [{
        "type": "urn:altinn:systemuser",
        "systemuser_id": ["d111dbab-d619-4f15-bf29-58fe570a9ae6"],
        "systemuser_org": {"authority": "iso6523-actorid-upis", "ID": "0192:310904473"},
        "system_id": "991825827_acme",
    }]
    write(directory, "vendor-token.jws", signed(header, vendor))
    write(directory, "systemuser-token.jws", signed(header, system_user))
    # The same claims as the three-line form the target also reads.
    write(directory, "systemuser-token.lines",
          json.dumps(header) + "\n" + json.dumps(system_user) + "\nsignature")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: generate-seeds.py <output directory>")
    output = sys.argv[1]
    with tempfile.TemporaryDirectory() as scratch:
        key_path = key_seeds(os.path.join(output, "FuzzKeyImport"), scratch)
        token_seeds(os.path.join(output, "FuzzTokenDecoding"), key_path)
    write(output, ".generated", "")


if __name__ == "__main__":
    main()
