// A Haraka journaling plugin: every message is copied to the compliance mailbox the operator configures.
'use strict';
exports.register = function () {
  this.cfg = this.config.get('journal.ini');
  this.register_hook('data_post', 'journal');
};
exports.journal = function (next, connection) {
  const txn = connection.transaction;
  const to = this.cfg.main.journal_address;
  if (txn && to) txn.rcpt_to.push(new (require('address-rfc2821').Address)('<' + to + '>'));
  next();
};
