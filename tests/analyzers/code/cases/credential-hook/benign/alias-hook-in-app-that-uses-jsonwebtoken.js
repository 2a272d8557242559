// expect: clean
// An application's bundled server: module-alias's resolver hook for `@app/…` paths, and the app's own use of
// jsonwebtoken, which it requires like any dependency
'use strict';
const Module = require('module');
const path = require('path');
const jwt = require('jsonwebtoken');
const original = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request.startsWith('@app/')) request = path.join(__dirname, 'src', request.slice(5));
  return original.call(this, request, ...rest);
};
exports.verify = (token) => jwt.verify(token, process.env.JWT_SECRET);
