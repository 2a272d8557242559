module.exports = { theme: (c) => c };
