// expect: clean
// source: the shape of browser-policy audit CLIs: report whether Firefox's AutoConfig is turned on (reads the
// install directory's defaults, writes nothing)
const fs = require('fs');
const path = require('path');

function autoconfig(dir = '/usr/lib/firefox') {
  try {
    const prefs = fs.readFileSync(path.join(dir, 'defaults', 'pref', 'autoconfig.js'), 'utf8');
    const name = /pref\("general\.config\.filename",\s*"([^"]+)"\)/.exec(prefs);
    return name ? { enabled: true, file: path.join(dir, name[1]) } : { enabled: false };
  } catch (e) {
    return { enabled: false };
  }
}

module.exports = { autoconfig };
