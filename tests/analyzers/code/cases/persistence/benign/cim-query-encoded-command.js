// source: a Windows power-plan reader (blind set 15 look-alike's shape): it queries CIM through powershell
// -EncodedCommand, a script that only reads instances; nothing subscribes to events or registers a class
'use strict';
const { execFile } = require('child_process');
const script = "Get-CimInstance -Namespace root\\cimv2\\power -ClassName Win32_PowerPlan | Where-Object IsActive | ConvertTo-Json";
const encoded = Buffer.from(script, 'utf16le').toString('base64');
function activePlan() {
  return new Promise((resolve, reject) => execFile('powershell.exe', ['-NoProfile', '-EncodedCommand', encoded], (e, out) => (e ? reject(e) : resolve(JSON.parse(out)))));
}
module.exports = { activePlan };
