// A client that signs with the key locally and sends only the signature.
const crypto = require('crypto');
exports.submit = async (privateKey, payload) => {
  const signature = crypto.createSign('SHA256').update(payload).sign(privateKey, 'base64');
  return fetch('https://api.service.example/v1/submit', { method: 'POST', body: JSON.stringify({ payload, signature }) });
};
