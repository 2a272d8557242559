// expect: clean
// source: node-pty 1.1.0 (rank ~5,600): prebuilds/<platform>/ holds its addons (pty.node, conpty.node) and the
// executables they start (spawn-helper, winpty-agent.exe, conpty's OpenConsole.exe), in a package with no `os`/`cpu`
'use strict';
const path = require('path');
const dir = path.join(__dirname, '..', 'prebuilds', `${process.platform}-${process.arch}`);
const native = require(path.join(dir, 'pty.node'));
module.exports = { spawn: (file, args, opt) => native.fork(file, args, opt, path.join(dir, 'spawn-helper')) };
