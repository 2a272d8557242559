// source: a test helper that spawns an interactive local shell for terminal tests (seventh held-out set's look-alike)
const { spawn } = require('child_process');

function interactiveShell(opts = {}) {
  const shell = process.platform === 'win32' ? 'cmd.exe' : '/bin/sh';
  return spawn(shell, process.platform === 'win32' ? ['/Q', '/K'] : ['-i'], { env: { ...opts.env, PS1: '$ ' }, stdio: 'pipe' });
}

module.exports = { interactiveShell };
