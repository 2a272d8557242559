// expect: clean
// A docs tool that clones its content repository (constant URL) and reads the JSON index in it, and a scaffolder
// that clones the template the user names and requires the user's own config from the project.
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const CONTENT = 'https://github.com/acme/docs-content.git';
exports.sync = function sync(dir) {
  execFileSync('git', ['clone', '--depth', '1', CONTENT, dir]);
  return JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8'));
};
exports.create = function create(template, dir) {
  execFileSync('git', ['clone', '--depth', '1', template, dir]);
  return fs.readdirSync(dir);
};
