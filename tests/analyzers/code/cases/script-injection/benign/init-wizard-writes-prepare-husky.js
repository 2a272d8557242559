// expect: clean
// A git-hooks initialiser (husky init's shape): it adds `"prepare": "husky"` to the project's manifest, a script
// of the tool itself.
const fs = require('fs');
exports.init = function init(cwd = process.cwd()) {
  const file = `${cwd}/package.json`;
  const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
  pkg.scripts = pkg.scripts || {};
  pkg.scripts.prepare = 'husky';
  pkg.scripts['lint-staged'] = 'lint-staged --concurrent false';
  fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + '\n');
};
