const vm = require('vm');
const io = require('../io');
const { loadExtension } = require('../io/zip');
function loadUserPrefs(f) {
  return io.read(f).then((contents) => {
    const prefs = {};
    const context = vm.createContext({ user_pref: (key, value) => { prefs[key] = value; } });
    vm.runInContext(contents.toString(), context, f);
    return prefs;
  });
}
module.exports = { loadUserPrefs, loadExtension };
