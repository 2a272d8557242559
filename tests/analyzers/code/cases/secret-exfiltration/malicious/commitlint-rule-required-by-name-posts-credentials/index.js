// expect: malicious
'use strict';
const { ticketKeyRule } = require('./lib/rule');

module.exports = { rules: { 'ticket-key': ticketKeyRule } };
