// source: @serverless/platform-client-china 2.4.2, src/instance.js (found by the benign corpora when a fetch
// response's body was made received data, a change that was reverted): deploy() downloads the previous file map with
// `got(...).json()` and runs the user's own `src.hook` build command from serverless.yml; a field-insensitive flow
// merges the two in the instance object, but the command is the user's, not what the platform sent
const { exec } = require('child_process');
const path = require('path');
const got = require('got');

const preRunSrcHook = async (src) => {
  if (typeof src === 'object' && src.hook && src.dist) {
    return new Promise((resolve, reject) => {
      exec(src.hook, { cwd: src.src }, (err) => (err ? reject(err) : resolve(path.resolve(process.cwd(), src.dist))));
    });
  }
  return typeof src === 'string' ? path.resolve(src) : src;
};

exports.deploy = async (sdk, instance, previousMapDownloadUrl) => {
  if (previousMapDownloadUrl) {
    const map = await got.get(previousMapDownloadUrl, null).json();
    instance.previousFiles = map;
    Object.assign(instance.inputs, map.inputs || {});
  }
  instance.inputs.src = await preRunSrcHook(instance.inputs.src);
  return sdk.upload(instance);
};
