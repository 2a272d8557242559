// expect: clean
// when: install
// source: the look-alike of blind set 46's Tauri set-up tools: a plugin's set-up writes a capability for the app's own
// main window (no remote pages) that allows one program with validated arguments, as Tauri's docs show
'use strict';
const fs = require('fs');
const path = require('path');

const app = path.join(process.env.INIT_CWD || process.cwd(), 'src-tauri');
const capability = {
  identifier: 'git-status',
  windows: ['main'],
  remote: { urls: ['https://app.example'] },
  permissions: [
    { identifier: 'shell:allow-execute', allow: [{ name: 'git', cmd: 'git', args: ['status', { validator: '^--porcelain$' }] }] },
  ],
};
fs.mkdirSync(path.join(app, 'capabilities'), { recursive: true });
fs.writeFileSync(path.join(app, 'capabilities', 'git-status.json'), JSON.stringify(capability, null, 2));
