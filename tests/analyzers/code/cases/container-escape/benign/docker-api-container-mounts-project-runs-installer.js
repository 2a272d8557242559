// expect: benign
// A test helper that starts a container through the Docker socket with the project (not the host's /) bound at /src,
// and runs the project's own installer script inside it (compare the container that chroots into the host's root).
const http = require('http');
function engine(method, path, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ socketPath: '/var/run/docker.sock', method, path, headers: { 'content-type': 'application/json' } }, (res) => {
      let buf = '';
      res.on('data', (c) => (buf += c));
      res.on('end', () => resolve(buf ? JSON.parse(buf) : undefined));
    });
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}
exports.runInContainer = async function runInContainer(projectDir) {
  const c = await engine('POST', '/containers/create', {
    Image: 'node:22-alpine',
    Cmd: ['sh', '-c', 'cd /src && curl -fsSL https://get.pnpm.io/install.sh | sh - && pnpm test'],
    HostConfig: { Binds: [`${projectDir}:/src:ro`] },
  });
  await engine('POST', `/containers/${c.Id}/start`);
  return c.Id;
};
