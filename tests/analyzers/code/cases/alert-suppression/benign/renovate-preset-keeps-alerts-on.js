// source: the shape of Renovate preset initialisers (a `renovate-config-*` package's init command): it writes the
// preset the user asked for, with vulnerability alerts on and labelled.
const fs = require('fs');
exports.init = function init(dir) {
  const cfg = { extends: ['config:recommended'], vulnerabilityAlerts: { enabled: true, labels: ['security'] }, osvVulnerabilityAlerts: true };
  fs.writeFileSync(dir + '/renovate.json', JSON.stringify(cfg, null, 2));
};
