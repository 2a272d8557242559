// allow: medium
// An auto-launch helper (like auto-launch's Windows backend): enable() adds the app's own executable to the user's
// Run key when the application asks for it.
'use strict';
const { execFile } = require('child_process');
const RUN = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run';
module.exports = {
  enable(name, appPath) {
    return new Promise((resolve, reject) => execFile('reg', ['add', RUN, '/v', name, '/t', 'REG_SZ', '/d', `"${appPath}"`, '/f'],
      (err) => (err ? reject(err) : resolve())));
  },
  disable(name) {
    return new Promise((resolve) => execFile('reg', ['delete', RUN, '/v', name, '/f'], () => resolve()));
  },
};
