const io = require('./index');
exports.unzip = function unzip(src) { return io.read(src).then((buf) => ({ entries: buf.length })); };
exports.loadExtension = function loadExtension(dir) { return exports.unzip(dir + '/webdriver.zip'); };
