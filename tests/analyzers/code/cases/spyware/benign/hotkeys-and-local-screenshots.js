// source: desktop hotkey and screenshot utilities (iohook-based shortcut daemons, screenshot-desktop CLIs,
// 2024): a global shortcut saves a screenshot to the user's Pictures folder; nothing it captures
// leaves the machine.
const { uIOhook, UiohookKey } = require('uiohook-napi');
const screenshot = require('screenshot-desktop');
const fs = require('fs'); const os = require('os'); const path = require('path');
uIOhook.on('keydown', async (e) => {
  if (e.keycode === UiohookKey.PrintScreen) {
    fs.writeFileSync(path.join(os.homedir(), 'Pictures', `shot-${Date.now()}.png`), await screenshot());
  }
});
uIOhook.start();
module.exports = { stop: () => uIOhook.stop() };
