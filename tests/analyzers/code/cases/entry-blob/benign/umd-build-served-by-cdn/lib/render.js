'use strict';
exports.render = (tokens) => tokens.map((t) => '<p>' + t.line + '</p>').join('');
