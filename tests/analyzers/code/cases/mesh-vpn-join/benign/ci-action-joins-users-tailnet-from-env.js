// source: a CI helper like tailscale/github-action: it joins the runner to the user's own tailnet with the auth key
// the workflow passes in the environment; the package carries no key and names no login server
'use strict';
const { execFileSync } = require('child_process');
module.exports = function connect({ hostname = `ci-${process.env.GITHUB_RUN_ID}` } = {}) {
  const key = process.env.TS_AUTHKEY;
  if (!key) throw new Error('TS_AUTHKEY is not set');
  execFileSync('sudo', ['tailscale', 'up', `--authkey=${key}`, `--hostname=${hostname}`, '--accept-routes'], { stdio: 'inherit' });
};
