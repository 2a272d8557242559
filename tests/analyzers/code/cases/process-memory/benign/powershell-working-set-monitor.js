// source: the shape of Windows process monitors (pidusage-style helpers for win32): a PowerShell script declares
// OpenProcess and GetProcessMemoryInfo to read each process's working-set size; no other process's memory is read
const { execFileSync } = require('child_process');
const SCRIPT = `Add-Type -TypeDefinition @"
using System; using System.Runtime.InteropServices;
public static class W {
  [DllImport("kernel32.dll")] public static extern IntPtr OpenProcess(int a, bool b, int pid);
  [DllImport("psapi.dll")] public static extern bool GetProcessMemoryInfo(IntPtr h, out long counters, int size);
}
"@
Get-Process | ForEach-Object { $_.Id.ToString() + ' ' + $_.WorkingSet64 }`;
function workingSets() { return execFileSync('powershell.exe', ['-NoProfile', '-Command', SCRIPT], { encoding: 'utf8' }); }
module.exports = { workingSets };
