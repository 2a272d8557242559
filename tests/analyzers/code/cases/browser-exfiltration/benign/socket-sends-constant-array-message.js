// expect: clean
// source: @datadog/datadog-ci 5.25.0's bundle shape: a socket's `send` given a constant array (a protocol frame). The
// DevTools cookie commands are matched by name; an array is no command name (it crashed the check once).
const WebSocket = require('ws');
exports.hello = function hello(url) {
  const ws = new WebSocket(url);
  ws.on('open', () => ws.send(['hello', 1, 'client']));
  return ws;
};
