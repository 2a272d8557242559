// allow: medium
// A debugging helper's `install` subcommand adds a `source` line for its own pretty-printers to ~/.gdbinit, when the
// user runs it: a startup file written on request, with nothing downloaded.
const fs = require('fs');
const os = require('os');
const path = require('path');
exports.install = function install() {
  const line = `source ${path.join(__dirname, 'printers.py')}\n`;
  const init = path.join(os.homedir(), '.gdbinit');
  const current = fs.existsSync(init) ? fs.readFileSync(init, 'utf8') : '';
  if (!current.includes(line)) fs.appendFileSync(init, line);
};
