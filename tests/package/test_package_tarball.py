"""Hostile tarballs built here with `tarfile` are each refused with the right message; normal ones load."""

from __future__ import annotations

import base64
import gzip
import hashlib
import io
import json
import re
import tarfile

import pytest

from npmward.package import Limits, PackageLoadError, load_tarball, read_tar_files, sri_sha512

MANIFEST = json.dumps({"name": "demo", "version": "1.2.3", "scripts": {"test": "node t.js"}}).encode()


def entry(name: str, data: bytes = b"", kind: bytes = tarfile.REGTYPE, link: str = "") -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = link
    info.size = len(data) if kind == tarfile.REGTYPE else 0
    return info, data


def tar_bytes(*entries: tuple[tarfile.TarInfo, bytes], compress: bool = True) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz" if compress else "w", format=tarfile.PAX_FORMAT) as tar:
        for info, data in entries:
            tar.addfile(info, io.BytesIO(data) if info.isreg() else None)
    return buffer.getvalue()


def normal(*extra: tuple[tarfile.TarInfo, bytes], top: str = "package") -> bytes:
    return tar_bytes(entry(f"{top}/package.json", MANIFEST), entry(f"{top}/lib/index.js", b"module.exports = 1\n"),
                     *extra)


def refused(data: bytes, pattern: str, limits: Limits | None = None) -> str:
    with pytest.raises(PackageLoadError) as caught:
        load_tarball(data, source="tarball:test.tgz", **({"limits": limits} if limits else {}))
    message = str(caught.value)
    assert message.startswith("tarball:test.tgz: ") and re.search(pattern, message), message
    return message


def test_normal_tarball_loads():
    data = normal()
    artifact = load_tarball(data, source="tarball:test.tgz")
    assert str(artifact.id) == "demo@1.2.3"
    assert dict(artifact.files) == {"package.json": MANIFEST, "lib/index.js": b"module.exports = 1\n"}
    assert artifact.manifest["scripts"] == {"test": "node t.js"}
    assert artifact.source == "tarball:test.tgz"
    assert artifact.integrity == "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()
    assert load_tarball(data, source="x", integrity="sha512-given").integrity == "sha512-given"


def test_first_component_is_stripped_whatever_its_name():
    artifact = load_tarball(normal(top="node-demo"), source="x")
    assert sorted(artifact.files) == ["lib/index.js", "package.json"]
    dotted = tar_bytes(entry("./package/package.json", MANIFEST), entry("top-level-file.js", b"dropped"))
    assert sorted(load_tarball(dotted, source="x").files) == ["package.json"]


def test_uncompressed_tar_loads():
    data = tar_bytes(entry("package/package.json", MANIFEST), compress=False)
    assert str(load_tarball(data, source="x").id) == "demo@1.2.3"


@pytest.mark.parametrize("name", ["package/../../etc/cron.d/evil", "../evil.js", "package/a/../../../x",
                                  "package\\..\\..\\evil.js"])
def test_path_traversal_is_refused(name):
    refused(normal(entry(name, b"x")), r"refused: path traversal \('..'\) in tarball entry")


@pytest.mark.parametrize("name", ["/etc/passwd", "C:\\Windows\\evil.dll", "//server/share/x"])
def test_absolute_paths_are_refused(name):
    refused(normal(entry(name, b"x")), r"refused: absolute path in tarball")


def test_symlink_is_refused():
    refused(normal(entry("package/id_rsa", kind=tarfile.SYMTYPE, link="/root/.ssh/id_rsa")),
            r"refused: symlink in tarball: 'package/id_rsa' -> '/root/.ssh/id_rsa'")


def test_hard_link_is_refused():
    refused(normal(entry("package/copy", kind=tarfile.LNKTYPE, link="package/package.json")),
            r"refused: hard link in tarball")


@pytest.mark.parametrize("kind", [tarfile.CHRTYPE, tarfile.BLKTYPE, tarfile.FIFOTYPE])
def test_devices_and_fifos_are_refused(kind):
    refused(normal(entry("package/dev", kind=kind)), r"refused: special file \(device, fifo")


def test_too_many_files_is_refused():
    many = [entry(f"package/f{i}.js", b"1") for i in range(11)]
    refused(normal(*many), r"refused: more than 12 files", Limits(max_files=12))


def test_total_and_single_file_size_limits():
    big = [entry(f"package/blob{i}.bin", bytes(range(256)) * 40) for i in range(3)]  # 10 KiB each
    refused(normal(*big), r"refused: unpacks to more than 25000 bytes", Limits(max_total_size=25_000))
    refused(normal(*big), r"refused: 'package/blob0.bin' is 10240 bytes \(limit 5000 per file\)",
            Limits(max_file_size=5_000))


def _gzip_bomb(zero_mib: int) -> tuple[bytes, int]:
    """A tar holding one file of `zero_mib` MiB of zeros, gzip'd as repeated identical members
    (valid multi-member gzip) so that building it costs almost nothing. Returns (bytes, tar size)."""
    manifest, data = entry("package/package.json", MANIFEST)
    header = tarfile.TarInfo("package/zeros.bin")
    header.size = zero_mib * 1024 * 1024
    padding = bytes(-len(data) % tarfile.BLOCKSIZE)
    start = manifest.tobuf(format=tarfile.USTAR_FORMAT) + data + padding + header.tobuf(format=tarfile.USTAR_FORMAT)
    mib_of_zeros = gzip.compress(bytes(1024 * 1024), compresslevel=9)
    end = gzip.compress(bytes(1024 * 2))
    return gzip.compress(start) + mib_of_zeros * zero_mib + end, len(start) + header.size + 2048


def test_gzip_bomb_is_refused_before_inflating_it_all():
    bomb, tar_size = _gzip_bomb(120)  # 120 MiB of zeros from ~120 KB: under every size limit
    message = refused(bomb, r"refused: compression ratio over 100:1")
    inflated = int(re.search(r"\((\d+) bytes inflated", message).group(1))
    assert inflated < tar_size / 5  # stopped early: about 100x the compressed size, not 120 MiB


def test_bomb_within_ratio_is_still_bounded_by_size():
    bomb, _ = _gzip_bomb(40)
    refused(bomb, r"unpacks to more than|is 41943040 bytes",
            Limits(max_ratio=10_000, max_total_size=8 * 1024 * 1024, max_file_size=1 << 30))


def test_truncated_tarball_is_refused():
    data = normal(entry("package/big.js", bytes(range(256)) * 200))
    refused(data[: len(data) // 2], r"truncated")


def test_not_gzip_and_not_tar_are_refused():
    refused(b"<html>503 Service Unavailable</html>", r"not a gzip'd tarball")
    refused(gzip.compress(b"just some text, not a tar archive" * 40), r"not a tar archive|corrupt tarball")
    refused(b"\x1f\x8b\x08\x00garbage-after-magic", r"corrupt gzip data|truncated")


def test_manifest_missing_or_invalid_is_an_error_naming_the_source():
    refused(tar_bytes(entry("package/index.js", b"1")), r"no package/package.json in the tarball")
    refused(tar_bytes(entry("package/package.json", b"{not json")), r"package.json is not valid JSON")
    refused(tar_bytes(entry("package/package.json", b"[1, 2]")), r"package.json is not a JSON object")


def test_manifest_with_bom_and_nameless_manifest():
    artifact = load_tarball(tar_bytes(entry("package/package.json", b"\xef\xbb\xbf{\"private\": true}")), source="x")
    assert artifact.id.name == "" and artifact.id.version == "" and artifact.manifest == {"private": True}


def test_read_tar_files_and_sri_helper():
    data = normal()
    assert read_tar_files(data, "x")["lib/index.js"] == b"module.exports = 1\n"
    assert sri_sha512(b"") == "sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg=="
