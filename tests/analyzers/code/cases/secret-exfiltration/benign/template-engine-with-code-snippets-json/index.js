// A template engine (compiles templates with new Function, as lodash.template and ejs do) that ships editor snippets
// as JSON: the snippets are examples of Node code a user inserts, which name child_process, fetch and process.env.
const snippets = require('./snippets.json');
function compile(template) {
  return new Function('data', 'return `' + template.replace(/`/g, '\\`') + '`;');
}
module.exports = { compile, snippets: snippets.body };
