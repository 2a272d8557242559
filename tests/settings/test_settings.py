"""Settings come from the command line, NPMWARD_* variables and the user's config file — validated,
and never from the scanned project."""

from __future__ import annotations

from pathlib import Path

import pytest

from npmward.errors import UsageError
from npmward.settings import load_settings


@pytest.fixture()
def user_config(tmp_path, monkeypatch):
    path = tmp_path / "config.yml"
    monkeypatch.setenv("NPMWARD_CONFIG", str(path))
    monkeypatch.delenv("NPMWARD_CACHE_DIR", raising=False)
    return path


def test_user_config_sets_how_npmward_runs(user_config, tmp_path):
    user_config.write_text(f"cache_dir: {tmp_path / 'data'}\njobs: 3\npackage_seconds: 30\nprivate_scopes: ['@acme']\n")
    settings = load_settings(tmp_path)
    assert settings.cache_dir == tmp_path / "data" and settings.jobs == 3 and settings.package_seconds == 30
    assert load_settings(tmp_path, jobs=1).jobs == 1  # the command line wins


def test_the_cache_variable_wins_over_the_file(user_config, tmp_path, monkeypatch):
    user_config.write_text(f"cache_dir: {tmp_path / 'from-file'}\n")
    monkeypatch.setenv("NPMWARD_CACHE_DIR", str(tmp_path / "from-env"))
    assert load_settings().cache_dir == tmp_path / "from-env"


def test_a_projects_file_never_sets_the_cache(user_config, tmp_path):
    (tmp_path / ".npmward.yml").write_text("cache_dir: /tmp/attacker\n")
    assert load_settings(tmp_path).cache_dir != Path("/tmp/attacker")


@pytest.mark.parametrize("text, message", [
    ("jobs: 0\n", "`jobs` must be a positive whole number"),
    ("jobs: two\n", "`jobs` must be a positive whole number"),
    ("package_seconds: -1\n", "`package_seconds` must be a positive number"),
    ("cache: /x\n", "unknown setting `cache`"),
    ("[1, 2]\n", "must be a mapping"),
])
def test_the_user_config_is_validated(user_config, text, message):
    user_config.write_text(text)
    with pytest.raises(UsageError, match=message):
        load_settings()
