// source: the shape of deploy CLIs' help texts: how to put a base64 secret from CI into a key file (decoded to a file,
// not into a shell)
'use strict';
const { execFileSync } = require('child_process');
const HELP = 'Store the deploy key in CI as DEPLOY_KEY_B64, then run: echo "$DEPLOY_KEY_B64" | base64 -d > ~/.ssh/deploy_key';
function deploy(target) {
  if (!process.env.DEPLOY_KEY_B64) { console.error(HELP); process.exit(2); }
  execFileSync('rsync', ['-az', 'dist/', target], { stdio: 'inherit' });
}
module.exports = { deploy };
