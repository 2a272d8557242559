// source: nx@24.0.6 dist/src/utils/yarn-syml/syml-grammar.js (peggy output): a syntax error keeps the
// parser's position as `this.location`; nothing navigates.
function peg$SyntaxError(message, expected, found, location) {
  this.message = message;
  this.expected = expected;
  this.found = found;
  this.location = location;
  this.name = 'SyntaxError';
}
const docs = 'https://yarnpkg.example/configuration/yarnrc';
module.exports = { SyntaxError: peg$SyntaxError, parse: (text) => { if (!text) throw new peg$SyntaxError('empty', [], null, { start: 0, docs }); return {}; } };
