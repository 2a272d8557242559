// A desktop diagnostics CLI prints the tail of the X session's error log: it names ~/.xsession-errors and
// writes its report to a file the user gives, nothing any session runs.
const fs = require('fs');
const os = require('os');
const path = require('path');

module.exports = function report(out) {
  const log = path.join(os.homedir(), '.xsession-errors');
  const tail = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').slice(-50).join('\n') : '';
  fs.writeFileSync(out, tail);
};
