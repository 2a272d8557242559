// expect: benign
// The uninstall hook doing what it says: it removes the extension's own cached icons from each editor's globalStorage.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const app = process.platform === 'darwin' ? path.join(os.homedir(), 'Library', 'Application Support', 'Code', 'User')
  : path.join(os.homedir(), '.config', 'Code', 'User');
try { fs.rmSync(path.join(app, 'globalStorage', 'fluenticons.fluent-file-icons-clean'), { recursive: true, force: true }); } catch (e) {}
