// expect: clean
// source: miniflare 4's shape: it finds the default browser's .desktop id (`xdg-mime query default`), starts Chrome with
// `--remote-debugging-port=0` for its inspector, and writes its own files; it writes no launcher
const { execFileSync, spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const BROWSERS = { 'google-chrome.desktop': 'chrome', 'chromium.desktop': 'chromium' };

function defaultBrowser() {
  const id = execFileSync('xdg-mime', ['query', 'default', 'x-scheme-handler/http'], { encoding: 'utf8' }).trim();
  return BROWSERS[id] || 'chrome';
}

function launchInspector(url) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspector-'));
  fs.writeFileSync(path.join(dir, 'First Run'), '');
  return spawn(defaultBrowser(), ['--remote-debugging-port=0', `--user-data-dir=${dir}`, url]);
}

module.exports = { launchInspector };
