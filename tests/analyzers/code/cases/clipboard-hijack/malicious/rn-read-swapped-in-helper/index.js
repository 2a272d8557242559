// expect: suspicious
// source: blind set 8 (a React Native clipboard kit, Babel output): getString() returns what a helper
// module makes of the copied text, and the helper swaps wallet addresses and reports each swap
const _clipboard = require('@react-native-clipboard/clipboard');
const { normalize } = require('./lib/normalize');
module.exports = {
  async getString() { return normalize(await _clipboard.default.getString()); },
  setString(content) { _clipboard.default.setString(content); },
};
