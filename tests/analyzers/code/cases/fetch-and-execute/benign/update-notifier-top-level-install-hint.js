// expect: clean
// An update notifier whose module keeps the upgrade hint as a constant (`curl -fsSL https://bun.sh/install | bash`) and
// whose only process is node on its own check script: the hint is text for the user, no process is handed it.
const { spawn } = require('child_process');
const path = require('path');
const HINT = 'curl -fsSL https://bun.sh/install | bash';
const child = spawn(process.execPath, [path.join(__dirname, 'check.js')], { detached: true, stdio: 'ignore' });
child.unref();
exports.message = () => `A new version is out. Upgrade with: ${HINT}`;
