// source: next 16.4.6 (dist/esm/next-devtools/server/launch-editor.js shape): the dev server opens the file a request
// names in the user's editor; elsewhere in the module a base64 setting is decoded into the shared options object,
// which is not the request's value being decoded and run
'use strict';
const child_process = require('child_process');
const options = { editor: process.env.EDITOR || 'code' };
function loadLaunchConfig(encoded) {
  options.editor = Buffer.from(encoded, 'base64').toString();
}
function launchEditor(fileName, line) {
  const args = [`${fileName}:${line}`];
  return child_process.spawn(options.editor, args, { stdio: 'inherit' });
}
module.exports = function handler(req, res) {
  if (process.env.LAUNCH_CONFIG) loadLaunchConfig(process.env.LAUNCH_CONFIG);
  launchEditor(req.query.file, req.query.line || 1);
  res.end();
};
