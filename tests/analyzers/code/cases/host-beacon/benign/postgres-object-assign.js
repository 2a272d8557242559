// source: postgres@3.4.9 cjs/src/index.js and cjs/src/connection.js: the user name goes to the
// database server in the startup message when a query is made; `Object.assign(Postgres, {...})` and
// `module.exports = Postgres` at the top level do not call Postgres.
const os = require('os');
const net = require('net');

Object.assign(Postgres, {
  PostgresError: class PostgresError extends Error {},
  toPascal: (x) => x,
});

module.exports = Postgres;

function Postgres(a, b) {
  const options = parseOptions(a, b);
  const connection = Connection(options);
  return function sql(strings) { return connection.query(strings); };
}

function parseOptions(a, b) {
  const env = process.env;
  const o = b || a || {};
  return {
    host: o.host || env.PGHOST || 'localhost',
    port: o.port || env.PGPORT || 5432,
    user: o.user || o.username || env.PGUSERNAME || env.PGUSER || osUsername(),
    home: env.HOME,
  };
}

function Connection(options) {
  const socket = net.connect(options.port, options.host);
  function write(x) {
    return socket.write(x);
  }
  function startup() {
    write(Buffer.from(JSON.stringify({ user: options.user, home: options.home })));
  }
  socket.on('connect', startup);
  return { query: (q) => write(Buffer.from(String(q))) };
}

function osUsername() {
  try {
    return os.userInfo().username;
  } catch (_) {
    return process.env.USERNAME || process.env.USER || process.env.LOGNAME;
  }
}
