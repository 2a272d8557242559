// source: tmp-promise@3.0.3: the library, and a maintainer's publish.js shipped beside it that
// nothing requires (it runs `npm publish` only when the maintainer runs `node publish.js`).
const tmp = require('tmp');
module.exports.file = (options) => new Promise((resolve, reject) => {
  tmp.file(options, (err, path, fd, cleanup) => (err ? reject(err) : resolve({ path, fd, cleanup })));
});
