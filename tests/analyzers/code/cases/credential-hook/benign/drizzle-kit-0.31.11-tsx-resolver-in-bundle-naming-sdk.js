// expect: clean
// source: drizzle-kit@0.31.11 bin.cjs: the CLI bundles tsx's require hook, which replaces Module._resolveFilename to
// load TypeScript configs, and, thousands of lines away, the database drivers' code that names AWS's credential
// provider. A resolver rewritten for the runner's own files is not a hook aimed at the credential library.
'use strict';
const u3 = require('module');
function register(namespace) {
  const n3 = u3._resolveFilename;
  const t4 = (request, parent, isMain, options) => n3.call(u3, request.replace(/\.js$/, '.ts'), parent, isMain, options);
  u3._resolveFilename = t4;
  return () => { if (u3._resolveFilename === t4) u3._resolveFilename = n3; };
}
const DRIVERS = { 'aws-data-api': ['@aws-sdk/client-rds-data', '@aws-sdk/credential-provider-node'] };
module.exports = { register, DRIVERS };
