// source: the shape of macOS fleet and diagnostics CLIs (osquery helpers, MDM checkers): they list the profiles the
// user has, with `profiles list` / `profiles show`, when the user runs the check
const { execFileSync } = require('child_process');
function installedProfiles() {
  const out = execFileSync('/usr/bin/profiles', ['show', '-type', 'configuration'], { encoding: 'utf8' });
  return out.split('\n').filter((l) => l.includes('profileIdentifier')).map((l) => l.split(':').pop().trim());
}
module.exports = { installedProfiles };
