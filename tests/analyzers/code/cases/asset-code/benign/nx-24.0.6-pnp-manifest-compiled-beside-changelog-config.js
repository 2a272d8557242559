// expect: clean
// source: nx 24.0.6's migrate.js and release config: the release config names `{projectRoot}/CHANGELOG.md` as the
// changelog it writes, and `nx migrate` compiles Yarn's `.pnp.cjs` manifest with `new Function` to find the installed
// nx. Field-insensitive flow mixes the two paths; neither is a document of the package read back as code.
const fs = require('fs');
const path = require('path');
const DEFAULTS = { changelog: { file: '{projectRoot}/CHANGELOG.md' }, readme: 'README.md' };
function pick(root, config) {
  const files = [path.join(root, '.pnp.cjs'), config.changelog.file, config.readme];
  return files.find((f) => fs.existsSync(f));
}
exports.installedVersion = function installedVersion(root) {
  const pnpManifest = pick(root, DEFAULTS);
  const manifestModule = { exports: {} };
  new Function('module', 'exports', 'require', fs.readFileSync(pnpManifest, 'utf-8').replace(/^#!.*/, ''))(manifestModule, manifestModule.exports, require);
  return manifestModule.exports.resolveRequest('nx/package.json', root);
};
