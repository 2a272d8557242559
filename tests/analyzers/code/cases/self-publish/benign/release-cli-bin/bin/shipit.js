#!/usr/bin/env node
'use strict';
// source: release CLIs (np, release-it, shipit-style; sixth blind set's look-alike): reads ~/.npmrc as npm
// does to check the login, bumps package.json once, publishes once, creates a GitHub release.
const fs = require('fs');
const path = require('path');
const semver = require('semver');
const { execFileSync } = require('child_process');
const { config, tokenFor } = require('../lib/npmrc');
const { createRelease } = require('../lib/github');

const sh = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', ...opts }).trim();

async function main() {
  const bump = process.argv[2] || 'patch';
  const dry = process.argv.includes('--dry-run');
  const pkgPath = path.resolve('package.json');
  const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
  if (sh('git', ['status', '--porcelain'])) throw new Error('working tree is not clean');

  const conf = config();
  const registry = (pkg.publishConfig && pkg.publishConfig.registry) || conf.registry;
  if (!tokenFor(registry, conf)) {
    try { sh('npm', ['whoami', '--registry', registry]); } catch (_) { throw new Error(`not logged in to ${registry}; run npm login`); }
  }

  const next = semver.valid(bump) || semver.inc(pkg.version, bump);
  const log = sh('git', ['log', `v${pkg.version}..HEAD`, '--pretty=format:- %s (%h)']);
  console.log(`\n${pkg.name} ${pkg.version} -> ${next}\n\n${log}\n`);
  if (dry) return;

  pkg.version = next;
  fs.writeFileSync(pkgPath, JSON.stringify(pkg, null, 2) + '\n');
  sh('git', ['commit', '-am', `v${next}`]);
  sh('git', ['tag', `v${next}`]);
  execFileSync('npm', ['publish', '--registry', registry], { stdio: 'inherit' });
  sh('git', ['push', '--follow-tags']);

  const m = /github\.com[/:]([^/]+)\/([^/.]+)/.exec(sh('git', ['remote', 'get-url', 'origin']));
  const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN;
  if (m && token) console.log('GitHub release: ' + await createRelease({ owner: m[1], repo: m[2], tag: `v${next}`, body: log, token }));
}

main().catch((e) => { console.error(`shipit: ${e.message}`); process.exit(1); });
