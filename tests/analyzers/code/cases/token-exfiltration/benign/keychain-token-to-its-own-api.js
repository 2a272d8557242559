// A CLI that keeps its API token in the macOS keychain (`security find-generic-password … -w`) and sends it to its own
// API in a function the application calls: a token in use, with no word of the machine it runs on.
const { execFileSync } = require('child_process');
const https = require('https');

function token(account) {
  return execFileSync('security', ['find-generic-password', '-s', 'deploy-cli', '-a', account, '-w']).toString().trim();
}

exports.deployments = (account) => https.get({
  host: 'api.deploy-cli.example', path: '/v2/deployments',
  headers: { authorization: `Bearer ${token(account)}`, 'user-agent': 'deploy-cli/3.1.0' },
});
