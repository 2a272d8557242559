// allow: medium (a CLI the user runs writes the .envrc it was asked for: a capability noted at medium, the verdict stays clean)
// source: the shape of direnv initialisers (blind set 22's look-alike direnv-init-node): `npx direnv-init` writes a
// .envrc that loads .env and tells the user to run `direnv allow` themselves.
const fs = require('fs');
const path = require('path');
exports.init = function init(dir) {
  const file = path.join(dir, '.envrc');
  if (fs.existsSync(file)) return false;
  fs.writeFileSync(file, 'dotenv_if_exists\nlayout node\n');
  console.log('wrote .envrc; run `direnv allow` to trust it');
  return true;
};
