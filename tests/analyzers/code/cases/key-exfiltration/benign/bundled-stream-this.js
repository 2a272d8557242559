// source: @prisma/query-plan-executor@7.10.0 dist/index.js (esbuild bundle): jws's DataStream pipes
// the signing key into itself (`data.pipe(this)`) while another bundled module keeps a socket on its
// own `this` (`this[kSocket]`). Each module factory's `this` is its own: the stream is not the socket.
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[Object.getOwnPropertyNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var require_probe = __commonJS({
  "node_modules/probe/index.js"(exports, module) {
    var net = require('net');
    var kSocket = Symbol('socket');
    function Probe(port, host) {
      this[kSocket] = new net.Socket({ writable: false });
      this[kSocket].connect(port, host);
    }
    module.exports = Probe;
  }
});
var require_data_stream = __commonJS({
  "node_modules/jws/lib/data-stream.js"(exports, module) {
    var Stream = require('stream');
    var util = require('util');
    function DataStream(data) {
      this.buffer = null;
      this.writable = true;
      this.readable = true;
      if (typeof data.pipe === 'function') {
        this.buffer = Buffer.alloc(0);
        data.pipe(this);
        return this;
      }
      this.buffer = data;
    }
    util.inherits(DataStream, Stream);
    DataStream.prototype.write = function (data) {
      this.buffer = Buffer.concat([this.buffer, Buffer.from(data)]);
      this.emit('data', data);
    };
    module.exports = DataStream;
  }
});
var require_sign_stream = __commonJS({
  "node_modules/jws/lib/sign-stream.js"(exports, module) {
    var DataStream = require_data_stream();
    function SignStream(opts) {
      var secret = opts.secret;
      secret = secret == null ? opts.privateKey : secret;
      this.secret = this.privateKey = new DataStream(secret);
      this.header = opts.header;
    }
    module.exports = SignStream;
  }
});
module.exports = { Probe: require_probe(), SignStream: require_sign_stream() };
