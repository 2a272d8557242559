// source: a .docx inspector (mammoth shape): it lists a document's attached template, Normal.dotm by default, and reads
// macro-security settings to report them; it writes nothing
'use strict';
const { execFileSync } = require('child_process');
module.exports = function report(doc) {
  const template = doc.attachedTemplate || 'Normal.dotm';
  let warnings = 'unknown';
  try {
    warnings = execFileSync('reg.exe', ['query', 'HKCU\\Software\\Microsoft\\Office\\16.0\\Word\\Security', '/v', 'VBAWarnings'], { encoding: 'utf8' });
  } catch (_) {}
  return { template, warnings };
};
