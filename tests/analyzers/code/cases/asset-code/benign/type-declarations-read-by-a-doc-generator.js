// source: the shape of API doc generators and TypeScript tooling (typescript's own lib.d.ts reads): the package's
// declaration file read and parsed for its doc comments, nothing run; written here
'use strict';
const fs = require('fs');
const path = require('path');

exports.apiDocs = function apiDocs() {
  const dts = fs.readFileSync(path.join(__dirname, '..', 'index.d.ts'), 'utf8');
  return [...dts.matchAll(/\/\*\*([\s\S]*?)\*\/\s*export declare function (\w+)/g)].map((m) => ({ name: m[2], doc: m[1].trim() }));
};
