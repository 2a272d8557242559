// source: ssh2@1.17.0: the protocol's ciphers (lib/protocol/crypto.js) decrypt packets, and the
// emscripten glue of its poly1305 module (lib/protocol/crypto/poly1305.js) builds a function with
// `new Function` at load. Both run when the package loads; no decrypted byte reaches the runner.
const crypto = require('./protocol/crypto.js');
const poly1305 = require('./protocol/crypto/poly1305.js');
module.exports = { crypto, poly1305 };
