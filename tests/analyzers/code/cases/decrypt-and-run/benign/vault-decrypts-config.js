// Decrypting data (a config, a token) without running it is what crypto libraries do.
const crypto = require('crypto');
module.exports = (k, iv, data) => {
  const d = crypto.createDecipheriv('aes-256-gcm', k, iv);
  return JSON.parse(d.update(data, 'hex', 'utf8'));
};
