// source: the shape of CLIs that start a detached `node -e` worker with settings in its environment (update notifiers,
// telemetry flushers): the child reads a URL it was given and only parses the answer; written here
'use strict';
const { spawn } = require('child_process');

exports.checkLater = function checkLater(pkg) {
  spawn(process.execPath, ['-e', "fetch(process.env.UPDATE_URL).then((r) => r.json()).then((j) => console.log(j.version))"], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, UPDATE_URL: 'https://registry.npmjs.org/' + pkg + '/latest' },
  }).unref();
};
