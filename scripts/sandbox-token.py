#!/usr/bin/env python3
"""Prints a vendor access token from a running systemuser-sandbox, the way a vendor gets one: a key pair made
now, in memory only; the public key registered as a new Maskinporten client of the sandbox
(POST /sandbox/maskinporten/clients); a JWT-bearer grant signed with the private key and exchanged at /token.
Nothing is written to disk. Used by the benchmarks (bench/sandbox-server.sh).

Usage: sandbox-token.py BASE_URL ORG_NO SCOPE [SCOPE ...]
Needs python3-cryptography.
"""
import base64
import json
import sys
import time
import urllib.parse
import urllib.request
import uuid

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def number(value: int) -> str:
    return b64url(value.to_bytes((value.bit_length() + 7) // 8, "big"))


def post(url: str, body: bytes, content_type: str) -> dict:
    request = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": content_type})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


def main() -> None:
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    base, org_no, scopes = sys.argv[1], sys.argv[2], sys.argv[3:]
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    public = key.public_key().public_numbers()
    kid = "bench-" + uuid.uuid4().hex[:8]
    jwk = {"kty": "RSA", "kid": kid, "alg": "RS256", "use": "sig", "n": number(public.n), "e": number(public.e)}
    client = post(base + "sandbox/maskinporten/clients",
                  json.dumps({"orgNo": org_no, "scopes": scopes, "jwks": {"keys": [jwk]}}).encode(),
                  "application/json")
    now = int(time.time())
    header = {"alg": "RS256", "kid": kid}
    # The sandbox's base URL (trailing slash included) is the audience (docs/sandbox.md).
    claims = {"aud": base, "iss": client["clientId"], "scope": " ".join(scopes), "iat": now, "exp": now + 60,
              "jti": str(uuid.uuid4())}
    signing_input = (b64url(json.dumps(header).encode()) + "." + b64url(json.dumps(claims).encode())).encode()
    signature = key.sign(signing_input, padding.PKCS1v15(), hashes.SHA256())
    grant = signing_input.decode() + "." + b64url(signature)
    form = urllib.parse.urlencode(
        {"grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion": grant}).encode()
    token = post(base + "token", form, "application/x-www-form-urlencoded")
    print(token["access_token"])


if __name__ == "__main__":
    main()
