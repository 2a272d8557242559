// expect: benign
// A Less theme whose `@plugin` adds colour functions and checks the compiler's version against its registry endpoint
// only when the user asks (`FJORD_CHECK_UPDATES`): a plugin run at compile time that reports nothing about the host.
module.exports = require.resolve('./dist/fjord.less');
