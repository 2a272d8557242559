"""`npmward harden`: each manager's own settings, the diff first, real managers read the result."""

from __future__ import annotations

import json
import subprocess
import sys

from npmward.firewall.harden import apply, plan


def test_npm_settings_are_read_back_by_npm(tmp_path):
    (tmp_path / "package.json").write_text('{\n  "name": "app",\n  "version": "1.0.0"\n}\n')
    (tmp_path / "package-lock.json").write_text("{}")
    (tmp_path / ".npmrc").write_text("fund=false\nignore-scripts=false\n")
    changes = plan(tmp_path, ["esbuild@0.21.5", "sharp"], 2)
    assert {c.path.name for c in changes} == {".npmrc", "package.json"}
    assert "-ignore-scripts=false" in changes[0].diff() + changes[1].diff()
    apply(changes)
    get = subprocess.run(["npm", "config", "get", "ignore-scripts", "min-release-age"], cwd=tmp_path,
                         capture_output=True, text=True, env={"PATH": __import__("os").environ["PATH"], "HOME": str(tmp_path)})
    assert get.stdout.split() == ["ignore-scripts=true", "min-release-age=2"]
    assert json.loads((tmp_path / "package.json").read_text())["allowScripts"] == {"esbuild@0.21.5": True, "sharp": True}
    assert "fund=false" in (tmp_path / ".npmrc").read_text()
    assert plan(tmp_path, ["esbuild@0.21.5", "sharp"], 2) == []  # applied: nothing left to change


def test_pnpm_berry_yarn_and_bun_settings(tmp_path):
    (tmp_path / "package.json").write_text('{"name": "app"}')
    (tmp_path / "pnpm-workspace.yaml").write_text("packages:\n  - apps/*\n")
    (tmp_path / "bunfig.toml").write_text("[install]\nexact = true\n")
    apply(plan(tmp_path, ["esbuild"], 1, ["pnpm", "yarn-berry", "yarn", "bun"]))
    import yaml

    assert yaml.safe_load((tmp_path / "pnpm-workspace.yaml").read_text()) == {
        "packages": ["apps/*"], "onlyBuiltDependencies": ["esbuild"], "minimumReleaseAge": 1440}
    assert (tmp_path / ".yarnrc.yml").read_text() == "enableScripts: false\nnpmMinimalAgeGate: 1440\n"
    assert (tmp_path / ".yarnrc").read_text() == "--ignore-scripts true\n"
    assert (tmp_path / "bunfig.toml").read_text() == "[install]\nminimumReleaseAge = 86400\nexact = true\n"
    manifest = json.loads((tmp_path / "package.json").read_text())
    assert manifest["trustedDependencies"] == ["esbuild"] and manifest["dependenciesMeta"] == {"esbuild": {"built": True}}


def test_the_command_shows_the_diff_and_writes_only_when_asked(tmp_path):
    (tmp_path / "package.json").write_text('{"name": "app"}')
    (tmp_path / "package-lock.json").write_text("{}")
    (tmp_path / ".npmward.yml").write_text("allowed_scripts:\n  - esbuild\nmin_release_age: 3\n")
    shown = subprocess.run([sys.executable, "-m", "npmward", "harden", str(tmp_path)], capture_output=True, text=True)
    assert shown.returncode == 0 and "+min-release-age=3" in shown.stdout and not (tmp_path / ".npmrc").exists()
    subprocess.run([sys.executable, "-m", "npmward", "harden", str(tmp_path), "--write"], check=True, capture_output=True)
    assert "ignore-scripts=true" in (tmp_path / ".npmrc").read_text()
