// source: the shape of IIS web-farm deploy tools: the site is copied with robocopy and each server's app pool is
// recycled through wmic's remote process creation; what runs remotely is the server's own appcmd, nothing downloaded
const { execFileSync } = require('child_process');
function recycle(host, pool) {
  const appcmd = `%windir%\\system32\\inetsrv\\appcmd.exe recycle apppool /apppool.name:"${pool}"`;
  execFileSync('wmic', [`/node:"${host}"`, 'process', 'call', 'create', appcmd], { stdio: 'inherit' });
}
function deploy(cfg) {
  for (const host of cfg.hosts) {
    execFileSync('robocopy', [cfg.source, `\\\\${host}\\${cfg.share}`, '/MIR'], { stdio: 'inherit' });
    recycle(host, cfg.appPool);
  }
}
module.exports = { deploy };
