// source: the shape of config linters (npmrc and project-health checkers): it reads the project's .npmrc, warns when
// audit is turned off and writes its report; the setting is in a message and a pattern, never written.
const fs = require('fs');
const rc = fs.existsSync('.npmrc') ? fs.readFileSync('.npmrc', 'utf8') : '';
const problems = [];
if (/^audit\s*=\s*false/m.test(rc)) problems.push('audit=false turns off npm audit for every install: remove it');
fs.writeFileSync('npmrc-report.json', JSON.stringify({ problems }, null, 2));
