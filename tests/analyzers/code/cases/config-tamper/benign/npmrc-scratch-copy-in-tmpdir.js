// when: install
// source: napi-postinstall@0.3.8 lib/helpers.js: the project's .npmrc is copied into a scratch prefix
// under the temporary directory so that `npm install` there uses the project's registry.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

function prepareNpmPrefix(dir, projectDir) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), '{}');
  const npmrc = path.join(dir, '.npmrc');
  try {
    fs.writeFileSync(npmrc, fs.readFileSync(path.join(projectDir, '.npmrc')), { mode: 0o600 });
  } catch {}
}
const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'napi-postinstall-'));
prepareNpmPrefix(tempDir, process.env.INIT_CWD || process.cwd());
execFileSync('npm', ['install', '--no-save', '--prefix', tempDir, `@scope/binding-${process.platform}-${process.arch}`]);
