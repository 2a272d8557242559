// A function nobody calls stays deferred: a diagnostics helper the user may call.
const os = require('os'), https = require('https');
function sendDiagnostics(url) {
  https.request(url, { method: 'POST' }).end(JSON.stringify({ host: os.hostname(), user: os.userInfo().username }));
}
module.exports = { sendDiagnostics };
