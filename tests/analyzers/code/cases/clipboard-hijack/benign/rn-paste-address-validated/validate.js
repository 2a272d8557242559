module.exports = { isAddress: (t) => /^0x[a-fA-F0-9]{40}$/.test(t) };
