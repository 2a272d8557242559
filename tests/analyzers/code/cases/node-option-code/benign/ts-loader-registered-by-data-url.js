// source: the shape of tsx's and ts-node's documented ESM loader registration (Node 20.6+): a dev runner starts the
// user's script with --import of a data: URL that registers the TypeScript loader; no request, no environment read
'use strict';
const { spawn } = require('child_process');
const REGISTER = "data:text/javascript,import { register } from 'node:module'; import { pathToFileURL } from 'node:url'; register('ts-node/esm', pathToFileURL('./'));";
exports.run = function run(entry, args) {
  const child = spawn(process.execPath, ['--import=' + REGISTER, entry, ...args], { stdio: 'inherit' });
  return new Promise((resolve) => child.on('exit', resolve));
};
