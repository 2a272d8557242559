// expect: clean
// An installer that asks for the user's password, feeds it to `sudo -S` to copy its helper into /usr/local/bin, and
// reports the step's success (no password) to its own telemetry endpoint.
const { spawnSync } = require('child_process');
exports.install = async function install(ask, telemetryUrl) {
  const pass = await ask('Password: ');
  const ok = spawnSync('sudo', ['-S', 'cp', 'helper', '/usr/local/bin/helper'], { input: pass + '\n' }).status === 0;
  await fetch(telemetryUrl, { method: 'POST', body: JSON.stringify({ step: 'helper', ok }) });
  return ok;
};
