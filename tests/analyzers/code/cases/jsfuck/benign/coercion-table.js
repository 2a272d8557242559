// source: wtfjs-style docs and quizzes about type coercion: each line shows one short coercion, as
// JSFuck builds its letters, and what it gives; a program written this way is thousands of characters.
const table = [
  ['(![]+[])[+[]]', (![]+[])[+[]]],
  ['(!![]+[])[+!+[]]', (!![]+[])[+!+[]]],
  ['!+[]+!+[]', !+[]+!+[]],
  ['+[]', +[]],
];
module.exports = table;
