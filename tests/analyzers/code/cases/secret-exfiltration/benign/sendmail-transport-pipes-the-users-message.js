// source: nodemailer's sendmail transport (lib/sendmail-transport/index.js): the message the application composed is
// piped to `sendmail -i -f from to`; nothing of the machine's own is in it
'use strict';
const { spawn } = require('child_process');

class SendmailTransport {
  constructor(options = {}) {
    this.path = options.path || 'sendmail';
    this.args = options.args || ['-i'];
  }
  send(mail, callback) {
    const envelope = mail.envelope;
    const args = [...this.args, '-f', envelope.from, ...envelope.to];
    const sendmail = spawn(this.path, args);
    sendmail.on('error', callback);
    sendmail.on('exit', (code) => callback(code ? new Error('sendmail exited with ' + code) : null));
    sendmail.stdin.end(mail.raw);
  }
}

module.exports = SendmailTransport;
