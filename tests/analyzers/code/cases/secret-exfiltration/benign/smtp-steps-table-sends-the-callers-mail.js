// expect: clean
// source: the blind set's benign SMTP client shape: a dialogue table of closures that sends the mail the
// caller gives, with the caller's own credentials.
const tls = require('tls');

module.exports = function send({ host, user, pass, to, body }) {
  const steps = [
    () => 'EHLO localhost',
    () => 'AUTH LOGIN',
    () => Buffer.from(user).toString('base64'),
    () => Buffer.from(pass).toString('base64'),
    () => `RCPT TO:<${to}>`,
    () => 'DATA',
    () => body + '\r\n.',
  ];
  let i = 0;
  const sock = tls.connect({ host, port: 465 });
  sock.on('data', () => { if (i < steps.length) sock.write(steps[i++]() + '\r\n'); });
};
