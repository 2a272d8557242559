// source: @swc/core@1.16.22 postinstall.js: when no native binding is installed it runs `npm install
// @swc/wasm` in a directory of its own and moves the installed package into the project's
// node_modules, "as if normal installation was done"; no file of another package is rewritten.
const fs = require('fs');
const path = require('path');
const child_process = require('child_process');

const coreDir = __dirname;
const installDir = path.join(coreDir, 'npm-install');
fs.mkdirSync(installDir);
fs.writeFileSync(path.join(installDir, 'package.json'), '{}');
child_process.execSync('npm install --no-save --loglevel=error @swc/wasm@1.16.22', { cwd: installDir, stdio: 'pipe' });
const installedBinPath = path.join(installDir, 'node_modules', '@swc/wasm');
fs.renameSync(installedBinPath, path.resolve(process.env.INIT_CWD, 'node_modules', '@swc/wasm'));
