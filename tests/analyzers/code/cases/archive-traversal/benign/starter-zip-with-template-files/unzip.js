const fs = require('fs');
const path = require('path');
exports.unzip = function (file, dir) {
  for (const [name, data] of require('./entries')(fs.readFileSync(file))) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), data);
  }
};
