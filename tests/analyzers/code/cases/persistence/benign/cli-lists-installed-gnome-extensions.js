// expect: clean
// source: the shape of desktop-environment doctor CLIs: list the GNOME Shell extensions the user has installed
// (reads the extensions directory, writes nothing)
const fs = require('fs');
const os = require('os');
const path = require('path');

function installedExtensions() {
  const dir = path.join(os.homedir(), '.local', 'share', 'gnome-shell', 'extensions');
  try {
    return fs.readdirSync(dir).map((uuid) => JSON.parse(fs.readFileSync(path.join(dir, uuid, 'metadata.json'), 'utf8')));
  } catch (e) {
    return [];
  }
}

module.exports = { installedExtensions };
