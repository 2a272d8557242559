// expect: clean
// source: the look-alike of blind set 46's lefthook preset: a doctor command reads the project's lefthook.yml and
// prints which hooks it declares; it writes a report to a temporary file, never the config
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function doctor(project) {
  const file = ['lefthook.yml', '.lefthook.yml'].map((f) => path.join(project, f)).find((f) => fs.existsSync(f));
  const text = file ? fs.readFileSync(file, 'utf8') : '';
  const hooks = text.split('\n').filter((l) => /^[a-z-]+:$/.test(l)).map((l) => l.slice(0, -1));
  fs.writeFileSync(path.join(os.tmpdir(), 'lefthook-doctor.txt'), hooks.join('\n'));
  return hooks;
}

module.exports = { doctor };
