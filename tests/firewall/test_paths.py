from npmward.firewall.paths import parse_path, tarball_version


def test_registry_paths():
    assert parse_path("/@scope%2fname").name == "@scope/name"
    assert parse_path("/@scope/name").kind == "packument"
    asked = parse_path("/~standard/@scope/name/-/name-1.2.3-beta.1.tgz")
    assert (asked.kind, asked.view, asked.name, asked.version) == ("tarball", "standard", "@scope/name", "1.2.3-beta.1")
    assert parse_path("/left-pad/latest").kind == "version"
    assert parse_path("/-/npm/v1/security/advisories/bulk").kind == "api"
    assert parse_path("/~evil/left-pad").kind == "bad"
    assert parse_path("/../etc/passwd/-/x-1.0.0.tgz").kind == "bad"


def test_tarball_file_names_belong_to_their_package():
    assert tarball_version("left-pad", "left-pad-1.3.0.tgz") == "1.3.0"
    assert tarball_version("left-pad", "other-1.3.0.tgz") is None
    assert tarball_version("left-pad", "left-pad-latest.tgz") is None
