// source: nodemailer-style wrappers and email SDKs (2024): the blind copy is whatever the caller passes;
// a documentation comment shows an example address.
// Example: mailer.send({ to: 'a@b.example', bcc: opts.archive })
const nodemailer = require('nodemailer');
module.exports = function send(opts) {
  const transport = nodemailer.createTransport(opts.smtp);
  return transport.sendMail({ from: opts.from, to: opts.to, cc: opts.cc, bcc: opts.bcc, subject: opts.subject, text: opts.text });
};
