// A window-focus helper declares user32's SetForegroundWindow with Add-Type and runs it through PowerShell: P/Invoke,
// but no memory allocated and no thread started.
const { execFileSync } = require('child_process');
const SCRIPT = `Add-Type @"
using System; using System.Runtime.InteropServices;
public class W { [DllImport("user32.dll")] public static extern bool SetForegroundWindow(IntPtr h); }
"@
[W]::SetForegroundWindow((Get-Process -Id $args[0]).MainWindowHandle)`;
function focus(pid) {
  return execFileSync('powershell.exe', ['-NoProfile', '-Command', SCRIPT, String(pid)]);
}
module.exports = { focus };
