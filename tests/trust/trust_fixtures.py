"""Helpers shared by the trust tests: the real fixtures and one-byte tampering."""

from __future__ import annotations

import base64
import copy
import json
import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
REGISTRY = Path(os.environ.get("NPMWARD_SHARED_DIR", REPO.parent / "shared")) / "fixtures" / "registry"

# Subject digests from fixtures/README.md ("Bundle / attestation -> tarball"): the tarball integrity
# each real attestation document is for.
ATTESTED = {
    "npm-cli/valid-sigstore-attestations.json": ("sigstore", "1.0.0", "sha512-e+qfbn/zf1+rCza/BhIA//Awmf0v1pa5HQS8Xk8iXrn9bgytytVLqYD0P7NSqZ6IELTgq+tcDvLPkQjNHyWLNg=="),
    "npm-cli/valid-tuf-js-attestations.json": ("tuf-js", "1.0.0", "sha512-1dxsQwESDzACJjTdYHQ4wJ1f/of7jALWKfJEHSBWUQB/5UTJUx9SW6GHXp4mZ1KvdBRJCpGjssoPFGi4hvw8/A=="),
    "pacote/valid-attestations.json": ("sigstore", "0.4.0", "sha512-KCwMX6k20mQyFkNYG2XT3lwK9u1P36wS9YURFd85zCXPrwrSLZCEh7/vMBFNYcJXRiBtGDS+T4/RZZF493zABA=="),
    "slsa-verifier/gundam-visor-cli-v1-tag.tgz.json": ("gundam-visor", "1.0.1", "sha512-jZ15cvZ2UWx1AUqgdOEa5gTZjwtk7Gclph4oOP89qxYhGPpxQz+zHhVQ0wvQ3snQhs4DK5RFe1g5AMUHrPOcQA=="),
    "slsa-verifier/provenance-npm-test-cli-v1-prega.tgz.json": ("sigstore", "2.3.1", "sha512-8G+/XDU8wNsJOQS5ysDVO0Etg9/2uA5gR9l4ZwijjlwxBcrU6RPfwi2+jJmbP+Ap1Hlp/nVAaEO4Fj22/SL2gQ=="),
    "slsa-verifier/provenance-npm-test-cli-v02-prega.tgz.json": ("@laurentsimon/provenance-npm-test", "1.0.3", "sha512-8pleJWWhUQxweFDYGU+YO5H+YewkPFVRrYScNXJzdotfOlfkS4HMDNNqNLi5MzIr6HHupbBYICvoB+JNyIKBGw=="),
    "slsa-verifier/provenance-npm-test-ossf.tgz.json": ("@laurentsimon/provenance-npm-test", "1.0.5", "sha512-VjvG2Ix8xgkXsTz0g4Rz7upux+oEMPJnKxb0PCpcgsI5lJx8rn/hO747MNBXHD5W3mJKox6kPJjBLx8ZC4p8oA=="),
    "slsa-verifier/supreme-googles-cli-v02-tag.tgz.json": ("@trishankatdatadog/supreme-goggles", "1.0.5", "sha512-Hi6+znVyUIds3p0PbGNu1uAIiiOmxHf+DNGvzBGAClugyTL0pXoSU3Bj1J1xe7eudriik4s9SOfwJhf2VkrZGQ=="),
    "slsa-verifier/npm-attestations.intoto.sigstore": ("@laurentsimon/provenance-npm-test", "1.0.0", "sha512-KdGfJiM/REEyhBKzT9c+0QTs/vYvFAl4kMzPdFW1IbZcWs/4UYSfqoXIU5WqItQBQ28B86+2GxnHgOkGyIx/IA=="),
}

SIGNED_PACKUMENTS = ["npm-cli/has-package-exports.json", "npm-cli/has-package-exports-patterns.json",
                     "vltpkg/abbrev-full.json"]
SIGNED_VERSION_DOCS = ["vltpkg/ansi-regex-6.1.0.json", "vltpkg/ansi-styles-6.2.1.json", "vltpkg/lodash-4.17.21.json",
                       "vltpkg/strip-ansi-7.1.0.json", "vltpkg/wrap-ansi-8.1.0.json"]


def load(relative: str) -> dict:
    return json.loads((REGISTRY / relative).read_text(encoding="utf-8"))


def fresh(relative: str) -> dict:
    return copy.deepcopy(load(relative))


def flip_b64(text: str, index: int = 10) -> str:
    """The same base64 field with one byte of its decoded value changed."""
    raw = bytearray(base64.b64decode(text))
    raw[index % len(raw)] ^= 0x01
    return base64.b64encode(bytes(raw)).decode()


def flip_char(text: str, index: int = -3) -> str:
    """The same string with one character changed (stays printable)."""
    chars = list(text)
    chars[index] = "A" if chars[index] != "A" else "B"
    return "".join(chars)
