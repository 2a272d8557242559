// expect: clean
// The shape of system-proxy readers (get-proxy-settings, mac-system-proxy): ask macOS for the proxy the user set, never
// set one.
const { execFileSync } = require('child_process');
function run(cmd, args) {
  try { return execFileSync(cmd, args, { encoding: 'utf8' }).trim(); } catch { return ''; }
}
module.exports = function systemProxy() {
  const out = run('scutil', ['--proxy']);
  const auto = run('networksetup', ['-getautoproxyurl', 'Wi-Fi']);
  const m = /HTTPSProxy : (\S+)[\s\S]*?HTTPSPort : (\d+)/.exec(out);
  return m ? `http://${m[1]}:${m[2]}` : /URL: (\S+)/.exec(auto)?.[1] || null;
};
