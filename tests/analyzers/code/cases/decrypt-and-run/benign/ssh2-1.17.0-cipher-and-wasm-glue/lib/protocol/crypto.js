const { createDecipheriv } = require('crypto');
// Which ciphers this Node build supports, probed once at load.
let gcmSupported = true;
try { createDecipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12)); } catch (e) { gcmSupported = false; }
class AESGCMDecipher {
  constructor(key, iv) { this.key = key; this.iv = iv; }
  decrypt(packet) {
    const d = createDecipheriv('aes-128-gcm', this.key, this.iv);
    return Buffer.concat([d.update(packet), d.final()]);
  }
}
module.exports = { AESGCMDecipher, gcmSupported };
