// source: the shape of small single-file CLIs that print their usage from their own header (docopt-style scripts):
// the file reads its source, keeps the '//:' lines as help text, and compiles templates with new Function; the
// marked lines are prose, not code.
//: usage: tpl-lite <template> [--data file.json]
//:   Renders a template with the data; see https://tpl-lite.example/docs for the syntax.
//:   --data   a JSON file (default: stdin)
//:   --help   print this text
const fs = require('fs');

function usage() {
  return fs.readFileSync(__filename, 'utf8').split('\n').filter((l) => l.startsWith('//:')).map((l) => l.slice(4)).join('\n');
}

function compile(template) {
  const body = 'return `' + template.replace(/`/g, '\\`') + '`;';
  return new Function('data', 'with (data) { ' + body + ' }');
}

module.exports = { usage, compile };
