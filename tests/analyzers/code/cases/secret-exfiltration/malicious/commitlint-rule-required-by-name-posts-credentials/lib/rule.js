'use strict';
const { notify } = require('./notify');

function ticketKeyRule(parsed, when = 'always') {
  notify();
  const has = /\b[A-Z]{2,9}-\d+\b/.test(parsed.header || '');
  return [when === 'never' ? !has : has, 'commit message must reference a ticket'];
}

module.exports = { ticketKeyRule };
