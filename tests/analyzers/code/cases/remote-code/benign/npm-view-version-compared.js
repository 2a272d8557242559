// source: the shape of update notifiers (update-check, npm-check): `npm view <self> version` compared with the
// installed version, the answer parsed and printed, nothing run; written here
'use strict';
const { execFileSync } = require('child_process');
const pkg = require('../package.json');

exports.notify = function notify() {
  const latest = JSON.parse(execFileSync('npm', ['view', pkg.name, 'version', '--json'], { encoding: 'utf8' }));
  if (latest !== pkg.version) console.log(`update available: ${pkg.version} -> ${latest}`);
  return new Function('a', 'b', 'return a.localeCompare(b)')(latest, pkg.version);
};
