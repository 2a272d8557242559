'use strict';
const { lex } = require('./lexer');
const { render } = require('./render');
module.exports = (src) => render(lex(src));
