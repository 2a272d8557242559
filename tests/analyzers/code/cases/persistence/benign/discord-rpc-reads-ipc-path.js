// A Discord Rich Presence client: it finds the client's IPC socket under the runtime directory and talks to it. It
// names Discord's folders and reads its settings, and writes only its own cache file.
const fs = require('fs');
const os = require('os');
const path = require('path');
exports.socketPath = function socketPath(id = 0) {
  const base = process.env.XDG_RUNTIME_DIR || process.env.TMPDIR || os.tmpdir();
  return process.platform === 'win32' ? `\\\\?\\pipe\\discord-ipc-${id}` : path.join(base, `discord-ipc-${id}`);
};
exports.clientVersion = function clientVersion() {
  const settings = path.join(os.homedir(), '.config', 'discord', 'settings.json');
  const cache = path.join(os.homedir(), '.cache', 'presence-cli.json');
  const version = JSON.parse(fs.readFileSync(settings, 'utf8')).version;
  fs.writeFileSync(cache, JSON.stringify({ version }));
  return version;
};
