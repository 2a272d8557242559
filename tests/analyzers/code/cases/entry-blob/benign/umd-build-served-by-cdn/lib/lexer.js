'use strict';
exports.lex = (src) => src.split('\n').map((line) => ({ type: 'text', line }));
