// source: the shape of domain-check CLIs and validators (is-valid-domain, validator's isFQDN): each label is
// checked against {1,63}, then the name the user gave is looked up
const dns = require('dns');
const LABEL = /^[a-z0-9-]{1,63}$/i;

function valid(name) {
  return name.split('.').every((label) => LABEL.test(label) && !label.startsWith('-'));
}

function check(sub, domain, cb) {
  const name = `${sub}.${domain}`;
  if (!valid(name)) return cb(new Error('invalid name'));
  dns.resolve4(name, cb);
}

module.exports = { valid, check };
