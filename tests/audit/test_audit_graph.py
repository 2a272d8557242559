"""The audit stage of the pipeline on hand-built graphs with the real OSV fixture records imported:
malware, vulnerabilities with fixing versions, name collisions for private packages, hygiene,
--omit, the ignore file, and the CycloneDX SBOM validated against the official 1.5 schema."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest

from npmward.advisories import AdvisoryDB
from npmward.errors import UsageError
from npmward.model import DependencyGraph, DependencyKind, Level, LockedPackage
from npmward.pipeline import Pipeline, Resolved, Stages
from npmward.pipeline.resolve import graph_subjects
from npmward.policy import Policy, parse_ignore_text
from npmward.registry import NpmConfig
from npmward.report import cyclonedx
from npmward.settings import Settings

SCHEMAS = Path(__file__).resolve().parent / "schemas"
NPM = "https://registry.npmjs.org/"
SHA = "sha512-" + "A" * 86 + "=="


def _reg(name, version, **kw) -> LockedPackage:
    base = name.rsplit("/", 1)[-1]
    kw.setdefault("resolved", f"{NPM}{name}/-/{base}-{version}.tgz")
    kw.setdefault("integrity", SHA)
    return LockedPackage(name=name, version=version, **kw)


@pytest.fixture(scope="module")
def db(shared_dir, tmp_path_factory):
    """A cache directory whose advisory database holds the real fixture records."""
    cache = tmp_path_factory.mktemp("db")
    with AdvisoryDB.open(cache) as database:
        database.import_path(shared_dir / "fixtures" / "osv")
    return cache


def _audit(db, packages, policy=None, config=None, omit=(), online=False, client=None, edges=None, **kw):
    """Audit a graph of `packages` through the pipeline; `edges` (key -> dependency keys) says who
    brings in whom, and the packages nothing depends on are the root's direct dependencies."""
    edges = edges or {}
    children = {c for deps in edges.values() for c in deps}
    packages = [replace(p, dependencies=tuple(edges.get(p.key, ()))) for p in packages]
    graph = DependencyGraph(lockfile="package-lock.json", format="package-lock@3", root="app@1.0.0",
                            packages=tuple(packages), direct=kw.pop("direct", {}),
                            roots=tuple(p.key for p in packages if p.key not in children))
    subjects, notes = graph_subjects(graph, omit=omit)
    pipeline = Pipeline(Settings(cache_dir=db), policy or Policy(fail_on=Level.SUSPICIOUS), npm_config=config or NpmConfig(),
                        client_factory=(lambda: client) if client else None)
    report = pipeline.evaluate(Resolved(subjects, notes=notes), Stages(analyzers=(), online_advisories=online))
    return {str(p.id): p for p in report.packages}, report


def _rules(pkg) -> list[str]:
    return sorted(f.rule for f in pkg.findings)


def test_malware_and_vulnerabilities(db):
    packages = [
        _reg("flatmap-stream", "0.1.1"),
        _reg("event-stream", "3.3.6"),
        _reg("minimist", "1.2.5"),
        _reg("ws", "7.4.0"),
        _reg("semver", "5.7.2"),
        _reg("ngx-bootstrap", "20.0.7"),
        _reg("Axios", "1.7.0"),
    ]
    by_id, _ = _audit(db, packages, direct={"ws": "^7.0.0", "event-stream": "3.3.6", "Axios": "1.7.0"},
                      edges={"event-stream@3.3.6": ["flatmap-stream@0.1.1"], "mkdirp@0.5.5": ["minimist@1.2.5"]})
    flatmap = by_id["flatmap-stream@0.1.1"]
    assert {f.details["id"] for f in flatmap.findings} == {"MAL-2025-20690", "GHSA-mh6f-8j2x-4483"}
    assert flatmap.verdict.level is Level.MALICIOUS and all(f.category == "malware" for f in flatmap.findings)
    assert by_id["event-stream@3.3.6"].verdict.level is Level.MALICIOUS
    minimist = by_id["minimist@1.2.5"].findings
    assert [(f.details["id"], f.details["fixed_in"], f.details["direct"]) for f in minimist] == \
        [("GHSA-xvch-5gv4-984h", "1.2.6", False)]
    assert minimist[0].severity.label == "critical" and minimist[0].category == "vulnerability"
    assert by_id["minimist@1.2.5"].verdict.level is not Level.MALICIOUS  # a vulnerability is not malware
    ws = by_id["ws@7.4.0"].findings[0]
    assert ws.details["fixed_in"] == "7.5.10" and ws.details["range_admits_fix"] is True
    axios = by_id["Axios@1.7.0"].findings[0]  # upper-case in the record and here: matched case-insensitively
    assert axios.details["id"] == "GHSA-8hc4-vh64-cxmj" and axios.details["range_admits_fix"] is False
    assert by_id["semver@5.7.2"].findings == () and by_id["ngx-bootstrap@20.0.7"].findings == ()


def test_private_packages_named_like_malware_are_collisions_not_malware(db):
    packages = [
        LockedPackage("lodahs", "1.0.0", kind=DependencyKind.WORKSPACE, resolved="packages/lodahs"),
        _reg("@ctrl/tinycolor", "4.1.1", resolved="https://npm.acme.example/@ctrl/tinycolor/-/tinycolor-4.1.1.tgz"),
        _reg("is", "3.3.1"),
    ]
    config = NpmConfig(registry=NPM, scopes={"@ctrl": "https://npm.acme.example/"})
    by_id, _ = _audit(db, packages, config=config)
    for key in ("lodahs@1.0.0", "@ctrl/tinycolor@4.1.1"):
        pkg = by_id[key]
        assert _rules(pkg) == ["audit/name-collision"], key
        assert pkg.findings[0].severity.label == "info" and pkg.verdict.level is Level.CLEAN
    assert by_id["is@3.3.1"].verdict.level is Level.MALICIOUS  # the public one still is malware
    # a configured private scope has the same effect without a scoped registry
    by_id, _ = _audit(db, [_reg("@solana/web3.js", "1.95.7")], policy=Policy(private_scopes=("@solana",)))
    assert _rules(by_id["@solana/web3.js@1.95.7"]) == ["audit/name-collision"]
    by_id, _ = _audit(db, [_reg("@solana/web3.js", "1.95.7")])
    assert _rules(by_id["@solana/web3.js@1.95.7"]) == ["audit/malware"]


def test_lockfile_hygiene(db):
    packages = [
        _reg("lodahs", "0.0.1-security"),
        _reg("left-pad", "1.3.0", resolved="http://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz"),
        _reg("is-number", "7.0.0", resolved="https://evil.example/is-number-7.0.0.tgz"),
        _reg("is-odd", "3.0.1", integrity=None),
        LockedPackage("dep", "1.0.0", kind=DependencyKind.GIT, resolved="git+ssh://git@github.com/a/dep.git#abc"),
        LockedPackage("local", "1.0.0", kind=DependencyKind.FILE, resolved="file:../local"),
    ]
    by_id, _ = _audit(db, packages)
    assert "audit/security-holder" in _rules(by_id["lodahs@0.0.1-security"])
    assert _rules(by_id["left-pad@1.3.0"]) == ["audit/insecure-url"]
    assert _rules(by_id["is-number@7.0.0"]) == ["audit/unexpected-host"]
    assert _rules(by_id["is-odd@3.0.1"]) == ["audit/missing-integrity"]
    assert _rules(by_id["dep@1.0.0"]) == ["audit/git-dependency"]
    assert _rules(by_id["local@1.0.0"]) == ["audit/file-dependency"]
    assert by_id["local@1.0.0"].findings[0].severity.label == "info"


def test_omit_dev_optional_peer(db):
    packages = [_reg("minimist", "1.2.5", dev=True), _reg("ws", "7.4.0", optional=True), _reg("semver", "5.7.1", peer=True)]
    assert len(_audit(db, packages)[0]) == 3
    assert list(_audit(db, packages, omit=("dev",))[0]) == ["ws@7.4.0", "semver@5.7.1"]
    assert list(_audit(db, packages, omit=("dev", "optional", "peer"))[0]) == []
    with pytest.raises(UsageError, match="--omit"):
        _audit(db, packages, omit=("prod",))


def test_ignore_file_with_expiry(db):
    text = """
- id: GHSA-xvch-5gv4-984h
  package: minimist@<1.2.6
  reason: only parses our own build flags
  expires: 2026-12-31
- rule: GHSA-3h5v-q93c-6h6q
  package: ws
  reason: server not exposed
  expires: 2026-01-31
"""
    ignores = parse_ignore_text(text, ".npmwardignore.yml")
    packages = [_reg("minimist", "1.2.5"), _reg("ws", "7.4.0")]
    by_id, report = _audit(db, packages, policy=Policy(ignores=ignores, today=dt.date(2026, 6, 1)))
    minimist = by_id["minimist@1.2.5"]
    assert minimist.findings == ()  # waived until 2026-12-31, and shown as waived with its reason
    assert [(w.finding.details["id"], w.reason) for w in minimist.suppressed] == \
        [("GHSA-xvch-5gv4-984h", "only parses our own build flags")]
    assert [f.details["id"] for f in by_id["ws@7.4.0"].findings] == ["GHSA-3h5v-q93c-6h6q"]  # expired
    assert any("GHSA-3h5v-q93c-6h6q" in n and "expired on 2026-01-31" in n for n in report.notes)
    later, report = _audit(db, packages, policy=Policy(ignores=ignores, today=dt.date(2027, 1, 1)))
    assert all(p.findings and not p.suppressed for p in later.values())
    assert sum("expired" in n for n in report.notes) == 2
    for bad in ["- id: X\n  reason: r\n", "- id: X\n  expires: 2026-01-01\n", "{a: 1}",
                "- id: X\n  reason: r\n  expires: 31.12.2026\n", "- id: X\n  package: a@>>1\n  reason: r\n  expires: 2026-01-01\n",
                "- rule: X\n  reason: r\n  expires: 2026-01-01\n  severity: low\n"]:
        with pytest.raises(UsageError):
            parse_ignore_text(bad, "f.yml")


def test_cyclonedx_sbom_is_valid_cyclonedx_1_5(db):
    jsonschema = pytest.importorskip("jsonschema")
    from referencing import Registry, Resource

    packages = [
        _reg("event-stream", "3.3.6"),
        _reg("flatmap-stream", "0.1.1"),
        _reg("minimist", "1.2.5", dev=True),
        _reg("@ctrl/tinycolor", "4.1.2", optional=True),
    ]
    _, report = _audit(db, packages, edges={"event-stream@3.3.6": ["flatmap-stream@0.1.1"]})
    bom = json.loads(cyclonedx.render(report))
    schemas = {p.name: json.loads(p.read_text()) for p in SCHEMAS.glob("*.schema.json")}
    resources = []
    for name, schema in schemas.items():
        resource = Resource.from_contents(schema)
        snapshot = name.replace(".schema.json", ".SNAPSHOT.schema.json")
        resources += [(schema["$id"], resource), (f"http://cyclonedx.org/schema/{snapshot}", resource)]
    validator = jsonschema.Draft7Validator(schemas["bom-1.5.schema.json"], registry=Registry().with_resources(resources))
    errors = [e.message for e in validator.iter_errors(bom)]
    assert errors == []
    components = {c["purl"]: c for c in bom["components"]}
    assert components["pkg:npm/minimist@1.2.5"]["scope"] == "excluded"
    assert components["pkg:npm/%40ctrl/tinycolor@4.1.2"]["scope"] == "optional"
    assert components["pkg:npm/event-stream@3.3.6"]["hashes"][0] == {"alg": "SHA-512", "content": "0" * 128}
    deps = {d["ref"]: d["dependsOn"] for d in bom["dependencies"]}
    assert deps["pkg:npm/event-stream@3.3.6"] == ["pkg:npm/flatmap-stream@0.1.1"]
    vulns = {v["id"]: v for v in bom["vulnerabilities"]}
    assert vulns["GHSA-xvch-5gv4-984h"]["recommendation"] == "Upgrade minimist to 1.2.6 or later."
    assert vulns["GHSA-xvch-5gv4-984h"]["cwes"] == [1321]
    assert vulns["GHSA-xvch-5gv4-984h"]["affects"] == [{"ref": "pkg:npm/minimist@1.2.5"}]
    assert {"ref": "pkg:npm/flatmap-stream@0.1.1"} in vulns["GHSA-mh6f-8j2x-4483"]["affects"]
    assert "MAL-2025-47141" in vulns
    # the validator does reject a broken document
    bom["components"][0]["scope"] = "sometimes"
    assert list(validator.iter_errors(bom))


def test_online_sends_only_public_registry_names(db, shared_dir, tmp_path):
    import http.server
    import threading

    from npmward.registry import HttpPolicy, RegistryClient

    body = (shared_dir / "fixtures/advisories/arborist/audit-nyc-mkdirp/advisory-bulk.json").read_bytes()
    sent = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            sent.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(200)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    config = NpmConfig(registry=url, scopes={"@acme": "https://npm.acme.example/"})
    packages = [
        _reg("handlebars", "4.0.11", resolved=f"{url}handlebars/-/handlebars-4.0.11.tgz"),
        _reg("@acme/secret-lib", "1.0.0", resolved="https://npm.acme.example/@acme/secret-lib/-/secret-lib-1.0.0.tgz"),
        _reg("@corp/internal", "2.0.0", resolved=f"{url}@corp/internal/-/internal-2.0.0.tgz"),
        LockedPackage("my-workspace", "0.0.0", kind=DependencyKind.WORKSPACE, resolved="packages/my-workspace"),
    ]
    try:
        with RegistryClient(Settings(cache_dir=tmp_path), config, policy=HttpPolicy(retries=0)) as client:
            by_id, report = _audit(db, packages, policy=Policy(private_scopes=("@corp",)), config=config, online=True,
                                   client=client)
    finally:
        server.shutdown()
    assert sent == [{"handlebars": ["4.0.11"]}]
    ids = {f.details.get("id") for f in by_id["handlebars@4.0.11"].findings}  # (+ insecure-url: http)
    assert "755" in ids and any("online" in n for n in report.notes)
