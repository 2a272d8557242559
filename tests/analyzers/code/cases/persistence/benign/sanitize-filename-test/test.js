const fs = require('fs');
const os = require('os');
const path = require('path');
const sanitize = require('./');
const names = ['~/.\u0000notssh/authorized_keys', '../../etc/passwd', 'con', 'a'.repeat(300)];
for (const name of names) {
  const file = path.join(os.tmpdir(), sanitize(name) || 'empty');
  fs.writeFileSync(file, 'ok');
  fs.unlinkSync(file);
}
