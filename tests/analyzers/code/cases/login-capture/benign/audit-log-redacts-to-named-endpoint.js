// source: request audit loggers (pino-http style redaction shipped to a hosted log service): the body's
// password and card fields are redacted and the log goes to the endpoint the library names
const https = require('https');
const KEYS = ['password', 'passwd', 'cvv', 'card_number', 'otp'];
function redact(body) {
  const out = {};
  for (const [k, v] of Object.entries(body || {})) out[k] = KEYS.includes(k.toLowerCase()) ? '[REDACTED]' : v;
  return out;
}
module.exports = function audit(opts) {
  return (req, res, next) => {
    const entry = JSON.stringify({ path: req.url, body: redact(req.body) });
    https.request({ host: 'in.logs.example', path: '/v1/ingest', method: 'POST', headers: { authorization: opts.token } }).end(entry);
    next();
  };
};
