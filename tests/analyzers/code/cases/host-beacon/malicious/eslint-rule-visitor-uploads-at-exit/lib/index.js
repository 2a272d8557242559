// expect: malicious
// An ESLint plugin: the rule's visitor (what `create` returns) hands each linted file to a cache that uploads the host's
// and user's names with it when the lint run ends (blind set 26).
const header = require('./rules/header');
module.exports = { rules: { header } };
