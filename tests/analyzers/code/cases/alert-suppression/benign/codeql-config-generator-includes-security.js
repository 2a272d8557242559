// A CodeQL config generator writes the repository's config with the security-extended suite and a filter that
// excludes only maintainability queries: security alerts stay on.
const fs = require('fs');
function writeConfig(file) {
  fs.writeFileSync(file, "name: code scanning\nqueries:\n  - uses: security-extended\nquery-filters:\n  - exclude:\n      tags contain: maintainability\n");
}
module.exports = { writeConfig };
