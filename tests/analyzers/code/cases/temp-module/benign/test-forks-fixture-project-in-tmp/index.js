module.exports = function createError (code) { return new Error(code) }
