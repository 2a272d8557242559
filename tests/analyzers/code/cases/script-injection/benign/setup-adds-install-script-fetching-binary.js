// expect: clean
// A project scaffolder that writes a `postinstall` running the tool's own binary setup, and a `deploy` that pushes
// with the platform's CLI: commands of tools the user chose, no download handed to a shell.
const fs = require('fs');
module.exports = function scaffold(dir, name) {
  const pkg = { name, version: '0.1.0', scripts: {} };
  pkg.scripts.postinstall = 'prisma generate';
  pkg.scripts.deploy = 'wrangler deploy --env production';
  pkg.scripts.dev = 'node --watch src/index.js';
  fs.writeFileSync(`${dir}/package.json`, JSON.stringify(pkg, null, 2));
};
