// when: install
// An install hook that picks its platform's helper with a ternary and prints the machine's LAN addresses for the dev
// server: the host's identity stays on its screen.
const os = require('os');
function windows() {
  console.log(`Open http://${os.hostname()}:5173/ from a phone (allow it in Windows Firewall first)`);
}
function posix() {
  const ips = Object.values(os.networkInterfaces()).flat().filter((i) => i.family === 'IPv4' && !i.internal);
  console.log(ips.map((i) => `http://${i.address}:5173/`).join('\n'));
}
(process.platform === 'win32' ? windows : posix)();
