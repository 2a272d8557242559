// source: the "paste address" field of a React Native wallet UI kit: the copied text is validated by
// a module that only checks its shape (no network), and the balance comes from another module
const Clipboard = require('@react-native-clipboard/clipboard');
const { isAddress } = require('./validate');
const { balance } = require('./api');
module.exports = {
  async pasteAddress() { const text = (await Clipboard.default.getString()).trim(); return isAddress(text) ? text : null; },
  balance,
};
