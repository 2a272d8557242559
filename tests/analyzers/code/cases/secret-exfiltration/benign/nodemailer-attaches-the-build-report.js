// expect: clean
// source: the look-alike: a CI reporter that mails the build's own report and coverage summary as attachments given
// by path; written here
const path = require('path');
const nodemailer = require('nodemailer');

exports.mailReport = function mailReport(dir, options) {
  const t = nodemailer.createTransport(options.smtp);
  return t.sendMail({ from: options.from, to: options.to, subject: 'Build report',
    attachments: ['report.html', 'coverage-summary.json'].map((f) => ({ filename: f, path: path.join(dir, f) })) });
};
