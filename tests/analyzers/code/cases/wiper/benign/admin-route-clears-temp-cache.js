// source: a dev server's admin route (vite-plugin-inspect shape): a POST clears its own cache folder under the temp
// directory; nothing of the application is deleted
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
module.exports = function mount(app) {
  app.post('/__inspect/clear', (req, res) => {
    fs.rmSync(path.join(os.tmpdir(), 'inspect-cache'), { recursive: true, force: true });
    res.json({ cleared: true });
  });
};
