// expect: suspicious
// source: compiled V8 bytecode malware (Check Point Research, 2024) and blind set 8's CSV parser:
// a bytenode .jsc (inert stand-in: V8's code-cache magic and zeros) required as soon as the package loads
require('bytenode');
module.exports = require(require('path').join(__dirname, 'lib', 'parser.jsc'));
