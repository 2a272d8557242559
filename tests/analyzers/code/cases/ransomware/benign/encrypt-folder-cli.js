// source: folder-encryption CLIs and backup tools (staticrypt/encrypt-folder style, 2024): the exported
// function encrypts a directory's files and removes the plaintext when the user runs it.
const fs = require('fs'); const path = require('path'); const crypto = require('crypto');
function encryptDir(dir, password, { removePlain = false } = {}) {
  const key = crypto.scryptSync(password, 'salt', 32);
  for (const name of fs.readdirSync(dir)) {
    const p = path.join(dir, name);
    const iv = crypto.randomBytes(16); const c = crypto.createCipheriv('aes-256-gcm', key, iv);
    fs.writeFileSync(p + '.enc', Buffer.concat([iv, c.update(fs.readFileSync(p)), c.final(), c.getAuthTag()]));
    if (removePlain) fs.unlinkSync(p);
  }
}
module.exports = { encryptDir };
