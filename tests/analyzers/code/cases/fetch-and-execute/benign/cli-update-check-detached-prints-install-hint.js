// expect: clean
// A library's update notifier: the function the application calls starts a detached check of the registry with node,
// and the message it returns tells the user how to upgrade (`curl -fsSL https://bun.sh/install | bash`).
const { spawn } = require('child_process');
const path = require('path');
exports.notify = function notify() {
  const child = spawn(process.execPath, [path.join(__dirname, 'check.js')], { detached: true, stdio: 'ignore' });
  child.unref();
  return 'A new version is out. Upgrade with: ' + 'curl -fsSL https://bun.sh/install | bash';
};
