// allow: medium
// A kubeadm helper reads the static pod manifests to report certificate flags, and writes its report where it is told.
const fs = require('fs');
const path = require('path');
const DIR = '/etc/kubernetes/manifests';
function report() {
  return fs.readdirSync(DIR).filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ file: f, certs: (fs.readFileSync(path.join(DIR, f), 'utf8').match(/--[\w-]*cert[\w-]*=\S+/g) || []) }));
}
function save(out) {
  fs.writeFileSync(out, JSON.stringify(report(), null, 2));
}
module.exports = { report, save };
