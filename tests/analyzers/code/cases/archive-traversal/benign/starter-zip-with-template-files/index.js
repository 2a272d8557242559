// source: the shape of create-* scaffolders that ship templates as archives: every entry stays under the
// template directory (a file name may start with two dots)
const path = require('path');
const { unzip } = require('./unzip');

module.exports = function create(dir) {
  unzip(path.join(__dirname, 'templates', 'app.zip'), dir);
};
