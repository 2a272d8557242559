'use strict';
// Reads npm's config files the same way npm does (project, then user) to check that the
// user is logged in to the registry we publish to, before we start tagging anything.
const fs = require('fs');
const os = require('os');
const path = require('path');

function parse(file) {
  const out = {};
  let text;
  try { text = fs.readFileSync(file, 'utf8'); } catch (_) { return out; }
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([^#;=\s][^=]*?)\s*=\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    out[m[1]] = m[2].replace(/\$\{([^}]+)\}/g, (_, k) => process.env[k] || '');
  }
  return out;
}

function config(cwd = process.cwd()) {
  const merged = { registry: 'https://registry.npmjs.org/', ...parse(path.join(os.homedir(), '.npmrc')), ...parse(path.join(cwd, '.npmrc')) };
  if (process.env.npm_config_registry) merged.registry = process.env.npm_config_registry;
  return merged;
}

function tokenFor(registry, conf) {
  const u = new URL(registry);
  const key = `//${u.host}${u.pathname.replace(/\/?$/, '/')}:_authToken`;
  return conf[key] || process.env.NPM_TOKEN || null;
}

module.exports = { config, tokenFor };
