// source: the shape of npm-cli-login 1.0.0 / vsts-npm-auth: `login` writes the token it is given into ~/.npmrc
// for the registry its user names (an argument, else npm's configured registry, else the public one); a
// login helper writes a token, but for a registry that is the user's, not a constant of its own.
const fs = require('fs');
const os = require('os');
const path = require('path');

function login(token, registry) {
  const url = new URL(registry || process.env.npm_config_registry || 'https://registry.npmjs.org/');
  const file = path.join(os.homedir(), '.npmrc');
  const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n') : [];
  const key = `//${url.host}${url.pathname}:_authToken`;
  const kept = lines.filter((l) => !l.startsWith(key));
  kept.push(`${key}=${token || process.env.NPM_TOKEN}`);
  fs.writeFileSync(file, kept.join('\n'));
}

module.exports = { login };
