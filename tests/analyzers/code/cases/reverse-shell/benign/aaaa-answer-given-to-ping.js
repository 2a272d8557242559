// expect: clean
// source: the look-alike of blind set 46's DNS command shell: a connectivity doctor resolves a host's AAAA records and
// pings the first address; the answer is an argument of a constant command, not the command
'use strict';
const dns = require('dns');
const { execFile } = require('child_process');

function checkIPv6(host, done) {
  dns.resolve6(host, (err, addrs) => {
    if (err || !addrs.length) return done(false);
    execFile('ping6', ['-c', '1', addrs[0]], (e) => done(!e));
  });
}

module.exports = { checkIPv6 };
