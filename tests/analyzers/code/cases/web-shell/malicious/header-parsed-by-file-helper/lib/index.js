// expect: malicious
// source: blind set 18 (an access logger whose client-hints parser runs a command hidden in a GREASE brand of
// Sec-CH-UA): the header is parsed by a helper of the file, and the command comes back inside its return value
const { hints } = require('./hints');
module.exports = function log() {
  return function logMiddleware(req, res, next) {
    const h = hints(req, res);
    process.stdout.write(JSON.stringify({ url: req.url, ...h }) + '\n');
    next();
  };
};
