// source: the shape of a deploy helper's CLI (pm2-style): it runs `pm2 start` for the user's app when
// asked, and only prints the `pm2 startup` command for the user to run themselves
const { execFileSync } = require('child_process');

function deploy(app) {
  execFileSync('pm2', ['start', app.script, '--name', app.name], { stdio: 'inherit' });
  console.log('To restart your apps at boot, run: pm2 startup');
}

module.exports = { deploy };
