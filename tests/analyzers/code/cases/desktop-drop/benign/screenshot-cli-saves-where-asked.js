// source: a screenshot helper (screenshot-desktop shape): the function the application calls saves the image to the
// Desktop by default, when it is called
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
module.exports = function save(png, name = 'screenshot.png') {
  const file = path.join(os.homedir(), 'Desktop', name);
  fs.writeFileSync(file, png);
  return file;
};
