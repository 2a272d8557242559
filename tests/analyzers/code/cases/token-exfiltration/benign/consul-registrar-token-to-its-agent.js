// A Consul self-registrar: it registers the service with the agent the environment names, authenticating with the
// agent's ACL token (CONSUL_HTTP_TOKEN); the service's ID carries the host name. The token goes to the agent it is for.
const os = require('node:os');
async function register(opts) {
  const agent = opts.agent || process.env.CONSUL_HTTP_ADDR || 'http://127.0.0.1:8500';
  const token = opts.token || process.env.CONSUL_HTTP_TOKEN;
  await fetch(agent + '/v1/agent/service/register', { method: 'PUT', headers: { 'x-consul-token': token },
    body: JSON.stringify({ ID: `${opts.name}-${os.hostname()}`, Name: opts.name, Port: opts.port }) });
}
module.exports = { register };
