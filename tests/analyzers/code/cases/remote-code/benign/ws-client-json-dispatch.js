// source: the message handling of real WebSocket clients (webpack-dev-server's client, reconnecting-websocket users): JSON parsed and dispatched to handlers, never run as code
const WebSocketImpl = typeof WebSocket !== 'undefined' ? WebSocket : require('ws');

const handlers = {
  hash(data) { module.exports.currentHash = data; },
  ok() { module.exports.status = 'idle'; },
  warnings(list) { list.forEach((w) => console.warn('[dev-server]', w)); },
};

function connect(url) {
  const socket = new WebSocketImpl(url);
  socket.onopen = function () { socket.send(JSON.stringify({ type: 'hello' })); };
  socket.onmessage = function (message) {
    const data = JSON.parse(message.data);
    if (handlers[data.type]) handlers[data.type](data.data);
  };
  socket.onclose = function () { setTimeout(() => connect(url), 1000); };
}

connect('ws://localhost:8080/ws');
module.exports = { currentHash: null, status: 'idle' };
