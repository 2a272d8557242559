// expect: clean
// source: the look-alike: an app installer helper that writes its bundled icon next to the desktop entry it creates,
// readable by all (0o644); written here
const fs = require('fs');
const os = require('os');
const path = require('path');

exports.installIcon = function installIcon(name) {
  const dest = path.join(os.homedir(), '.local', 'share', 'icons', `${name}.png`);
  fs.writeFileSync(dest, fs.readFileSync(path.join(__dirname, 'assets', 'icon.png')));
  fs.chmodSync(dest, 0o644);
  return dest;
};
