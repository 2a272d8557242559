// source: debug@2.6.9 src/node.js (in every express@4 app), trimmed: DEBUG_* variables picked by a
// constant prefix (not a dump of the environment) and a net.Socket on a file descriptor (its stderr
// stream, not a connection). Both run at load. Was reported `critical secret-exfiltration`.
var tty = require('tty');
var util = require('util');

exports.inspectOpts = Object.keys(process.env).filter(function (key) {
  return /^debug_/i.test(key);
}).reduce(function (obj, key) {
  var prop = key
    .substring(6)
    .toLowerCase()
    .replace(/_([a-z])/g, function (_, k) { return k.toUpperCase() });
  var val = process.env[key];
  if (/^(yes|on|true|enabled)$/i.test(val)) val = true;
  else if (/^(no|off|false|disabled)$/i.test(val)) val = false;
  else if (val === 'null') val = null;
  else val = Number(val);
  obj[prop] = val;
  return obj;
}, {});

var fd = parseInt(process.env.DEBUG_FD, 10) || 2;
var stream = 1 === fd ? process.stdout :
             2 === fd ? process.stderr :
             createWritableStdioStream(fd);

function createWritableStdioStream (fd) {
  var stream;
  var tty_wrap = process.binding('tty_wrap');
  switch (tty_wrap.guessHandleType(fd)) {
    case 'TTY':
      stream = new tty.WriteStream(fd);
      break;
    case 'PIPE':
    case 'TCP':
      var net = require('net');
      stream = new net.Socket({
        fd: fd,
        readable: false,
        writable: true
      });
      stream.readable = false;
      break;
  }
  stream.fd = fd;
  return stream;
}

function log() {
  return stream.write(util.format.apply(util, arguments) + '\n');
}
exports.log = log;
