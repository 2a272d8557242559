// A build notifier shows a Windows message box through PowerShell -EncodedCommand (quoting-safe): the decoded script
// is judged and schedules nothing, downloads nothing.
const { spawn } = require('child_process');
const SCRIPT = 'QQBkAGQALQBUAHkAcABlACAALQBBAHMAcwBlAG0AYgBsAHkATgBhAG0AZQAgAFMAeQBzAHQAZQBtAC4AVwBpAG4AZABvAHcAcwAuAEYAbwByAG0AcwAKAFsAUwB5AHMAdABlAG0ALgBXAGkAbgBkAG8AdwBzAC4ARgBvAHIAbQBzAC4ATQBlAHMAcwBhAGcAZQBCAG8AeABdADoAOgBTAGgAbwB3ACgAJwBCAHUAaQBsAGQAIABmAGkAbgBpAHMAaABlAGQAJwApAAoA';
function notify() {
  if (process.platform === 'win32') spawn('powershell.exe', ['-NoProfile', '-EncodedCommand', SCRIPT], { stdio: 'ignore' });
}
module.exports = { notify };
