// source: a wallet address input whose unit test (test/address-input.test.js) mocks the clipboard reader
const ADDRESS = /^0x[a-fA-F0-9]{40}$/;
module.exports = { isAddress: (v) => ADDRESS.test(String(v).trim()) };
