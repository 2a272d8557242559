"""npm attestations: SLSA provenance (signed by the CI through Fulcio) and the npm publish
attestation (signed by the registry's key), from `/-/npm/v1/attestations/<name>@<version>`.

Each is a Sigstore bundle verified offline (see bundle.py); then the in-toto subject must name this
package version (`pkg:npm/...@version`) with this tarball's sha512. The provenance's build identity
(repository, commit, workflow, builder) is shown, and an identity policy may require a repository
and workflow.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping
from urllib.parse import unquote

from ..model import PackageId
from .bundle import BundleError, VerifiedBundle, verify_bundle
from .integrity import parse_sri
from .keys import NpmKey
from .policy import IdentityPolicy
from .result import CheckResult, failed, not_checked, verified
from .trust_root import TrustRoot

PROVENANCE = "provenance"
PUBLISH = "publish-attestation"
SLSA_TYPES = ("https://slsa.dev/provenance/v0.2", "https://slsa.dev/provenance/v1")
PUBLISH_TYPE = "https://github.com/npm/attestation/tree/main/specs/publish/v0.1"


@dataclass(frozen=True)
class ProvenanceInfo:
    """Where and how a version was built, as its verified provenance says."""

    repository: str
    """`owner/repo`, from the Fulcio certificate."""
    commit: str
    workflow: str
    """Workflow file path, from the certificate."""
    ref: str
    builder_id: str
    """From the predicate (`runDetails.builder.id` / `builder.id`)."""
    build_type: str
    predicate_type: str
    san: str
    """The certificate's identity (workflow URI with ref)."""
    issuer: str
    runner_environment: str
    invocation: str
    integrated_time: str
    verified_by: str

    def to_dict(self) -> dict[str, str]:
        return dict(self.__dict__)


def _predicate_source(statement: Mapping[str, Any]) -> dict[str, str]:
    """Repository/commit/workflow/builder as the predicate (written by the build) states them."""
    predicate = statement.get("predicate") or {}
    if statement.get("predicateType") == SLSA_TYPES[1]:
        definition = predicate.get("buildDefinition") or {}
        workflow = ((definition.get("externalParameters") or {}).get("workflow") or {})
        deps = definition.get("resolvedDependencies") or [{}]
        return {"repository": str(workflow.get("repository", "")).removeprefix("https://github.com/"),
                "workflow": str(workflow.get("path", "")), "ref": str(workflow.get("ref", "")),
                "commit": str((deps[0].get("digest") or {}).get("gitCommit", "")),
                "builder_id": str(((predicate.get("runDetails") or {}).get("builder") or {}).get("id", "")),
                "build_type": str(definition.get("buildType", ""))}
    source = (predicate.get("invocation") or {}).get("configSource") or {}
    uri = str(source.get("uri", "")).removeprefix("git+")
    repo, _, ref = uri.partition("@")
    return {"repository": repo.removeprefix("https://github.com/"), "workflow": str(source.get("entryPoint", "")),
            "ref": ref, "commit": str((source.get("digest") or {}).get("sha1", "")),
            "builder_id": str((predicate.get("builder") or {}).get("id", "")),
            "build_type": str(predicate.get("buildType", ""))}


def check_subject(statement: Mapping[str, Any], pid: PackageId, integrity: str | None) -> str | None:
    """None when a subject names this package version with this tarball's sha512; else why not."""
    subjects = statement.get("subject")
    if not isinstance(subjects, list) or not subjects:
        return "the statement has no subject"
    want_name = unquote(pid.purl)
    names = []
    for subject in subjects:
        if not isinstance(subject, Mapping):
            continue
        name = str(subject.get("name", ""))
        names.append(name)
        if unquote(name) != want_name:
            continue
        digest = (subject.get("digest") or {}).get("sha512") if isinstance(subject.get("digest"), Mapping) else None
        if not digest:
            return f"subject {name} has no sha512 digest"
        want = parse_sri(integrity).get("sha512")
        if want is None:
            return f"the tarball has no sha512 integrity to compare the subject with ({integrity})"
        if digest.lower() != want.hex():
            return (f"subject {name} has sha512 {digest[:32]}... but the tarball's is {want.hex()[:32]}...: "
                    "the attestation is for other bytes")
        return None
    return f"the statement's subject is {', '.join(names) or '(none)'}, not {pid.purl}"


def verify_attestations(
    doc: Mapping[str, Any] | None,
    pid: PackageId,
    integrity: str | None,
    *,
    npm_keys: Mapping[str, NpmKey],
    root: TrustRoot,
    policy: IdentityPolicy | None = None,
) -> tuple[list[CheckResult], ProvenanceInfo | None]:
    """Verify every attestation for `pid` whose tarball has `integrity` (sha512 SRI, computed from the
    bytes). Returns a result per check (provenance, publish attestation, identity) and the build info.

    An identity policy with a rule for the package is judged on every path: no attestations at all
    (the registry's 404) is what a package built outside the required repository looks like."""
    results, info = _attestation_results(doc, pid, integrity, npm_keys=npm_keys, root=root)
    if policy is not None and policy.rule_for(pid.name) is not None:
        if info is None:
            results.append(failed("identity", "no-provenance", f"the identity policy requires {pid.name} to be built "
                                  f"by {policy.rule_for(pid.name).describe()}, but no verified provenance shows where "
                                  "it was built"))
        else:
            outcome = policy.check(pid.name, info)
            if outcome is not None:
                results.append(outcome)
    return results, info


def _attestation_results(doc: Mapping[str, Any] | None, pid: PackageId, integrity: str | None, *,
                         npm_keys: Mapping[str, NpmKey], root: TrustRoot) -> tuple[list[CheckResult], ProvenanceInfo | None]:
    if doc is None:
        reason = "not checked: registry serves no attestations for this version"
        return [not_checked(PROVENANCE, "registry-serves-no-attestations", reason),
                not_checked(PUBLISH, "registry-serves-no-attestations", reason)], None
    if integrity is None:
        reason = "not checked: no tarball digest to compare the attestations' subject with"
        return [not_checked(PROVENANCE, "no-tarball", reason), not_checked(PUBLISH, "no-tarball", reason)], None
    attestations = doc.get("attestations") if isinstance(doc, Mapping) else None
    if not isinstance(attestations, list):
        return [failed(PROVENANCE, "malformed", "the registry's attestations document has no `attestations` list")], None
    results: list[CheckResult] = []
    info: ProvenanceInfo | None = None
    seen = set()
    for item in attestations:
        predicate_type = item.get("predicateType") if isinstance(item, Mapping) else None
        check = PROVENANCE if predicate_type in SLSA_TYPES else PUBLISH if predicate_type == PUBLISH_TYPE else None
        if check is None:
            continue  # an attestation type npmward does not know says nothing either way
        seen.add(check)
        try:
            bundle = verify_bundle(item.get("bundle"), root, npm_keys)
        except BundleError as exc:
            results.append(failed(check, "bad-bundle", f"{predicate_type} attestation does not verify: {exc}",
                                  predicate_type=predicate_type))
            continue
        problem = _statement_problem(bundle, check, predicate_type, pid, integrity)
        if problem:
            results.append(failed(check, "subject-mismatch" if "subject" in problem else "bad-statement", problem,
                                  predicate_type=predicate_type))
            continue
        if check == PUBLISH:
            results.append(verified(PUBLISH, f"npm publish attestation signed by registry key {bundle.keyid} "
                                    f"and logged {bundle.integrated_time.isoformat()}", keyid=bundle.keyid))
            continue
        built = _info(bundle)
        mismatch = _predicate_vs_certificate(bundle, built)
        if mismatch:
            results.append(failed(PROVENANCE, "predicate-mismatch", mismatch, **built.to_dict()))
            continue
        info = built
        results.append(verified(PROVENANCE, f"built from {info.repository}@{info.commit[:12]} by {info.workflow} "
                                f"({info.builder_id or info.issuer}); verified offline ({bundle.method})",
                                **info.to_dict()))
    for check in (PROVENANCE, PUBLISH):
        if check not in seen:
            results.append(not_checked(check, "absent", f"not checked: the registry has no {check} for this version"))
    return results, info


def _statement_problem(bundle: VerifiedBundle, check: str, predicate_type: str, pid: PackageId,
                       integrity: str | None) -> str | None:
    statement = bundle.statement
    if statement.get("predicateType") != predicate_type:
        return f"the signed statement is a {statement.get('predicateType')}, not the {predicate_type} it is listed as"
    if check == PROVENANCE and bundle.identity is None:
        return "provenance must be signed with a Fulcio certificate, not a key"
    if check == PUBLISH and bundle.keyid is None:
        return "the publish attestation must be signed by the registry's key"
    subject = check_subject(statement, pid, integrity)
    if subject:
        return subject
    if check == PUBLISH:
        predicate = statement.get("predicate") or {}
        if predicate.get("name") != pid.name or predicate.get("version") != pid.version:
            return (f"the publish attestation is for {predicate.get('name')}@{predicate.get('version')}, "
                    f"not {pid}")
    return None


def _info(bundle: VerifiedBundle) -> ProvenanceInfo:
    identity = bundle.identity
    assert identity is not None
    stated = _predicate_source(bundle.statement)
    return ProvenanceInfo(
        repository=identity.repository or stated["repository"], commit=identity.source_digest or stated["commit"],
        workflow=identity.workflow or stated["workflow"], ref=identity.source_ref or stated["ref"],
        builder_id=stated["builder_id"], build_type=stated["build_type"],
        predicate_type=str(bundle.statement.get("predicateType")), san=identity.san, issuer=identity.issuer,
        runner_environment=identity.runner_environment, invocation=identity.run_invocation_uri,
        integrated_time=bundle.integrated_time.isoformat(), verified_by=bundle.method,
    )


def _predicate_vs_certificate(bundle: VerifiedBundle, info: ProvenanceInfo) -> str | None:
    """The predicate is written by the build; the certificate by Fulcio. They must agree."""
    stated = _predicate_source(bundle.statement)
    for field, certified in (("repository", info.repository), ("commit", info.commit)):
        claim = stated[field]
        if claim and certified and claim.lower() != certified.lower():
            return (f"the provenance predicate claims {field} {claim} but the signing certificate says {certified}: "
                    "the build described itself falsely")
    return None
