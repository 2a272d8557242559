// source: selenium-webdriver 3.6.0 io/index.js, io/zip.js and firefox/profile.js (Apache-2.0): one file reader shared
// by the module that unpacks .zip/.xpi extensions and by the profile code that runs a user.js of preferences in a vm
// context with only `user_pref` in it.
const fs = require('fs');
exports.read = function read(path) {
  return new Promise((resolve, reject) => fs.readFile(path, (err, data) => (err ? reject(err) : resolve(data))));
};
