// allow: medium (the update action does run a vendor installer piped to sh, inside a function)
// source: @dotenvx/dotenvx@2.38.2 src/cli/actions/update.js: the install command is a module-level
// constant, run only by the `update` CLI action of the standalone binary; it is judged where the exec
// call runs it (inside a function), not as a command line at the module's top level.
const childProcess = require('child_process');
const INSTALL_COMMAND = 'curl -sfS https://dotenvx.example | sh';
function update() {
  if (process.pkg) {
    childProcess.execSync(INSTALL_COMMAND, { stdio: 'inherit' });
    return;
  }
  console.log('global: npm install -g @dotenvx/dotenvx@latest');
}
module.exports = update;
