// source: the shape of dev-server companions (a design-token sync that rebuilds when the server says so): a
// WebSocket message handler registered by name picks one of the package's own commands; the message chooses
// when, never what runs.
const cp = require('child_process');
let sock;
const TASKS = { tokens: 'npm run build:tokens', icons: 'npm run build:icons' };
function handle(msg) {
  const m = JSON.parse(String(msg.data));
  if (m.type === 'changed' && m.kind === 'tokens') cp.exec('npm run build:tokens', () => {});
  if (m.type === 'changed' && m.kind === 'icons') cp.exec(TASKS.icons, () => {});
}
exports.watch = function (url) {
  sock = new WebSocket(url);
  sock.addEventListener('message', handle);
  return () => sock.close();
};
