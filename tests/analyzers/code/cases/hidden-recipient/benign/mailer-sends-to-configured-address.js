// expect: clean
// The shape of contact-form mailers: the recipient comes from the site's settings, and a default support address is
// written as it is.
const nodemailer = require('nodemailer');
exports.contact = async function contact(smtp, form, settings) {
  const t = nodemailer.createTransport(smtp);
  await t.sendMail({ from: smtp.from, to: settings.to || 'support@example.com', subject: form.subject, text: form.text });
};
