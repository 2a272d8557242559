// expect: clean
// source: the look-alike: a middleware that adds a cookie-consent banner for visitors in EU time zones; written here
const EU = ['Europe/Berlin', 'Europe/Paris', 'Europe/Madrid', 'Europe/Rome', 'Europe/Warsaw', 'Europe/Moscow'];

module.exports = function consent() {
  return function (req, res, next) {
    const send = res.send;
    res.send = function (body) {
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      if (typeof body === 'string' && EU.includes(zone) && !req.cookies.consent) {
        body = body.replace('</body>', '<div id="consent">We use cookies.</div></body>');
      }
      return send.call(this, body);
    };
    next();
  };
};
