"""Reading the npm configuration the way npm does: precedence, scopes, env expansion, credentials
keyed by nerf dart, and never showing a secret."""

from __future__ import annotations

import base64
import shutil
import subprocess

import pytest

from npmward.registry import DEFAULT_REGISTRY, RegistryError, load_npm_config, nerf_dart
from npmward.registry.npmrc import parse_npmrc

SECRET = "npm_abcdefSECRET0123456789"


@pytest.fixture
def layout(tmp_path):
    """A project (with package.json), a home directory and a global npmrc, all empty to start."""
    project, home, prefix = tmp_path / "project", tmp_path / "home", tmp_path / "prefix"
    for directory in (project, home, prefix / "etc"):
        directory.mkdir(parents=True)
    (project / "package.json").write_text("{}")
    env = {"HOME": str(home), "PREFIX": str(prefix)}
    return project, home, prefix / "etc" / "npmrc", env


def test_default_registry_when_nothing_is_configured(layout):
    project, home, _, env = layout
    config = load_npm_config(project, env=env, home=home)
    assert config.registry == DEFAULT_REGISTRY and config.scopes == {} and config.auth == {}


def test_precedence_env_then_project_then_user_then_global(layout):
    project, home, global_rc, env = layout
    global_rc.write_text("registry=https://global.example/\n@g:registry=https://g.example/\n")
    assert load_npm_config(project, env=env, home=home).registry == "https://global.example/"
    (home / ".npmrc").write_text("registry=https://user.example\n")
    assert load_npm_config(project, env=env, home=home).registry == "https://user.example/"
    (project / ".npmrc").write_text("; comment\n# comment\nregistry = \"https://project.example/npm/\"\n")
    config = load_npm_config(project, env=env, home=home)
    assert config.registry == "https://project.example/npm/"
    assert config.scopes == {"@g": "https://g.example/"}  # lower layers still contribute other keys
    assert config.sources == (str(project / ".npmrc"), str(home / ".npmrc"), str(global_rc))
    env["npm_config_registry"] = "https://env.example/"
    assert load_npm_config(project, env=env, home=home).registry == "https://env.example/"
    env["NPM_CONFIG_REGISTRY"] = env.pop("npm_config_registry")  # npm accepts either case
    assert load_npm_config(project, env=env, home=home).registry == "https://env.example/"


def test_userconfig_and_globalconfig_environment_overrides(layout, tmp_path):
    project, home, _, env = layout
    (tmp_path / "other-user.npmrc").write_text("registry=https://other-user.example/\n")
    (tmp_path / "other-global.npmrc").write_text("@x:registry=https://x.example/\n")
    env |= {"NPM_CONFIG_USERCONFIG": str(tmp_path / "other-user.npmrc"),
            "NPM_CONFIG_GLOBALCONFIG": str(tmp_path / "other-global.npmrc")}
    config = load_npm_config(project, env=env, home=home)
    assert config.registry == "https://other-user.example/" and config.scopes == {"@x": "https://x.example/"}


def test_project_npmrc_is_found_from_a_subdirectory(layout):
    project, home, _, env = layout
    (project / ".npmrc").write_text("registry=https://project.example/\n")
    (project / "src" / "lib").mkdir(parents=True)
    assert load_npm_config(project / "src" / "lib", env=env, home=home).registry == "https://project.example/"


def test_scoped_registries_and_env_expansion(layout):
    project, home, _, env = layout
    env["CORP"] = "corp.example"
    (project / ".npmrc").write_text(
        "@acme:registry=https://${CORP}/npm/\n"
        "literal=\\${CORP}\n"
        "unset=${NOT_SET_ANYWHERE}\n")
    config = load_npm_config(project, env=env, home=home, expand_project_env=True)  # as npm does
    assert config.registry_for("@acme/tool") == "https://corp.example/npm/"
    assert config.registry_for("@other/tool") == DEFAULT_REGISTRY
    assert config.registry_for("acme") == DEFAULT_REGISTRY
    values = parse_npmrc((project / ".npmrc").read_text() + "pair=\\\\${CORP}\n", env)
    assert values["literal"] == "${CORP}" and values["unset"] == "${NOT_SET_ANYWHERE}"
    assert values["pair"] == "\\corp.example"


def test_auth_kinds_and_nerf_dart_matching(layout):
    project, home, _, env = layout
    env["TOKEN"] = SECRET
    password = base64.b64encode(b"pa:ss").decode()
    (project / ".npmrc").write_text(
        "registry=https://registry.corp.example/npm/\n"
        "//registry.corp.example/npm/:_authToken=${TOKEN}\n"
        "//basic.example:8443/:_auth=dXNlcjpwYXNz\n"
        f"//legacy.example/repo/:username=bob\n//legacy.example/repo/:_password={password}\n"
        "//short.example:_authToken=short-token\n"
        "always-auth=true\n")
    config = load_npm_config(project, env=env, home=home, expand_project_env=True)
    assert config.auth_headers("https://registry.corp.example/npm/left-pad") == {"Authorization": f"Bearer {SECRET}"}
    assert config.auth_headers("https://registry.corp.example/npm/left-pad/-/left-pad-1.0.0.tgz")["Authorization"] \
        == f"Bearer {SECRET}"
    assert config.auth_headers("https://registry.corp.example/other/left-pad") == {}  # outside the path
    assert config.auth_headers("https://registry.npmjs.org/left-pad") == {}
    assert config.auth_headers("https://basic.example:8443/x") == {"Authorization": "Basic dXNlcjpwYXNz"}
    assert config.auth_headers("https://basic.example/x") == {}  # another port is another origin
    assert config.auth_headers("https://legacy.example/repo/x") == {
        "Authorization": "Basic " + base64.b64encode(b"bob:pa:ss").decode()}
    assert config.auth_headers("https://short.example/x") == {"Authorization": "Bearer short-token"}
    assert config.auth_headers("https://short.example.attacker.test/x") == {}
    assert config.always_auth is True
    for text in (repr(config), str(config), config.summary(), repr(config.auth)):
        assert SECRET not in text and "short-token" not in text and "dXNlcjpwYXNz" not in text


def test_top_level_token_belongs_to_the_default_registry(layout):
    project, home, _, env = layout
    (home / ".npmrc").write_text(f"registry=https://r.example/\n_authToken={SECRET}\n")
    config = load_npm_config(project, env=env, home=home)
    assert config.auth_headers("https://r.example/pkg") == {"Authorization": f"Bearer {SECRET}"}
    assert config.auth_headers("https://cdn.example/pkg.tgz") == {}


def test_password_that_is_not_base64_is_a_clear_error(layout):
    project, home, _, env = layout
    (project / ".npmrc").write_text("//r.example/:username=bob\n//r.example/:_password=not base64!\n")
    with pytest.raises(RegistryError, match="_password is not base64") as caught:
        load_npm_config(project, env=env, home=home)
    assert "not base64!" not in str(caught.value)


def test_nerf_dart():
    assert nerf_dart("https://registry.npmjs.org/") == "//registry.npmjs.org/"
    assert nerf_dart("https://host:8080/a/b/c.tgz") == "//host:8080/a/b/"
    assert nerf_dart("http://user:pw@host/npm/") == "//host/npm/"


@pytest.mark.skipif(shutil.which("npm") is None, reason="npm is not installed")
def test_agrees_with_npm_config_get(layout):
    project, home, global_rc, env = layout
    global_rc.write_text("registry=https://global.example/\n")
    (home / ".npmrc").write_text("registry=https://user.example/\n@acme:registry=https://acme.example/\n")
    (project / ".npmrc").write_text("registry=https://project.example/\n")
    full_env = {"PATH": "/usr/bin:/bin", **env, "NPM_CONFIG_GLOBALCONFIG": str(global_rc)}
    ours = load_npm_config(project, env=full_env, home=home)
    for key, expected in (("registry", ours.registry), ("@acme:registry", ours.registry_for("@acme/x"))):
        npm = subprocess.run(["npm", "config", "get", key], cwd=project, env=full_env,
                             capture_output=True, text=True, timeout=60, check=True).stdout.strip()
        assert npm.rstrip("/") + "/" == expected


def test_a_projects_npmrc_cannot_weaken_tls(tmp_path):
    from npmward.registry import load_npm_config

    project, home = tmp_path / "p", tmp_path / "home"
    project.mkdir(), home.mkdir()
    (project / "package.json").write_text("{}")
    (project / ".npmrc").write_text("strict-ssl=false\ncafile=/tmp/attacker-ca.pem\n")
    env = {"HOME": str(home), "NPM_CONFIG_GLOBALCONFIG": str(tmp_path / "no-global-npmrc")}
    config = load_npm_config(project, env=env, home=home)
    assert config.strict_ssl is True and config.cafile is None
    assert sum("may not weaken TLS" in n for n in config.notes) == 2
    (home / ".npmrc").write_text("strict-ssl=false\n")  # the user's own choice stands
    assert load_npm_config(project, env=env, home=home).strict_ssl is False


def test_messages_never_show_query_values_or_credentials():
    from npmward.registry.http import redact_url

    assert redact_url("https://u:TOKEN@r.example/x.zip?token=SECRET&a=1") == "https://***@r.example/x.zip?token=***&a=***"
    assert "SECRET" not in redact_url("https://r.example/?SECRET")
