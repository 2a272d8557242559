// expect: clean
// source: docker clients (dockerode-style) read ~/.docker/config.json, with the same $DOCKER_CONFIG fallback, to
// authenticate the user's own pulls: the auth goes to the registry the user configured, through the Docker API.
const fs = require('fs');
const os = require('os');
const path = require('path');

module.exports = function authFor(registry) {
  const file = path.join(process.env.DOCKER_CONFIG || path.join(os.homedir(), '.docker'), 'config.json');
  const auths = JSON.parse(fs.readFileSync(file, 'utf8')).auths || {};
  const entry = auths[registry];
  return entry ? { auth: entry.auth, serveraddress: registry } : null;
};
