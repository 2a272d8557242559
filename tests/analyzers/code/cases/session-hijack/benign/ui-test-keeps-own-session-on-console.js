// expect: clean
// source: a UI-test helper that, before a run, moves its own RDP session to the console so the desktop stays unlocked
// when the remote client disconnects (the usual advice for Windows UI automation); it runs as the user, no service
const { execFileSync } = require('child_process');

function keepDesktop() {
  const line = execFileSync('query', ['session'], { encoding: 'utf8' }).split('\n').find((l) => l.startsWith('>'));
  const id = line.trim().split(/\s+/)[2];
  execFileSync('tscon', [String(id), '/dest:console']);
}

module.exports = { keepDesktop };
