// source: the shapes of nx's create-package-json (the root manifest's packageManager copied into a project's) and of
// create-* scaffolders (a version pinned from the registry's answer): no spec built from a URL.
const https = require('https');
function createPackageJson(packageJson, rootPackageJson) {
  packageJson.packageManager = rootPackageJson.packageManager;
  return packageJson;
}
function pinLatest(pkg, done) {
  https.get('https://registry.npmjs.org/pnpm/latest', (res) => {
    let body = '';
    res.on('data', (c) => { body += c; });
    res.on('end', () => { pkg.packageManager = `pnpm@${JSON.parse(body).version}`; done(pkg); });
  });
}
module.exports = { createPackageJson, pinLatest };
