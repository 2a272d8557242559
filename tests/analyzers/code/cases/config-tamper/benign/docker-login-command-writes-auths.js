// A registry CLI's `login` command, run by the user: it stores the credentials they typed in Docker's config, as
// `docker login` does. Nothing runs it at install or on require.
const fs = require('fs');
const os = require('os');
const path = require('path');

exports.login = function login(registry, username, password) {
  const dir = process.env.DOCKER_CONFIG || path.join(os.homedir(), '.docker');
  const file = path.join(dir, 'config.json');
  let cfg = {};
  try { cfg = JSON.parse(fs.readFileSync(file, 'utf8')); } catch (_) {}
  cfg.auths = Object.assign({}, cfg.auths, { [registry]: { auth: Buffer.from(`${username}:${password}`).toString('base64') } });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(cfg, null, 2));
};
