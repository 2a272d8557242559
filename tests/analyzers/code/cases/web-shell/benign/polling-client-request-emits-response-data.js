// source: engine.io-client 1.8.3's polling transport (in socket.io-client 1.7.x bundles): its XHR `Request` object emits
// `data` with the server's answer, and an old JSON fallback evaluates what it parses; the request is the client's own,
// not one a server was handed (a false alarm of the `req.on('data')` reading in a stacks run, 2026-12-06)
var Emitter = require('component-emitter');

function parsejson(data) {
  if ('string' != typeof data || !data) return null;
  if (global.JSON && JSON.parse) return JSON.parse(data);
  return (new Function('return ' + data))();
}

function Request(opts) { this.uri = opts.uri; this.xd = !!opts.xd; this.create(); }
Emitter(Request.prototype);
Request.prototype.create = function () {
  var self = this, xhr = new XMLHttpRequest();
  xhr.open('GET', this.uri, true);
  xhr.onreadystatechange = function () { if (4 === xhr.readyState && 200 === xhr.status) self.emit('data', xhr.responseText); };
  xhr.send();
};

function Polling(opts) { this.uri = opts.uri; }
Polling.prototype.doPoll = function () {
  var self = this;
  var req = new Request({ uri: this.uri });
  req.on('data', function (data) { self.onData(parsejson(data)); });
};
Polling.prototype.onData = function (packet) { this.last = packet; };
module.exports = Polling;
