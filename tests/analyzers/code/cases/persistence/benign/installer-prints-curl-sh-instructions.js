// source: the shape of a CLI's setup helper that writes a README section telling the user how to install the
// companion binary with `curl … | sh` (written as it is, not hidden)
const fs = require('fs');
function writeDocs(dir) {
  const how = 'curl -fsSL https://get.tool.example/install.sh | sh';
  fs.writeFileSync(dir + '/INSTALL.md', '# Install\n\n    ' + how + '\n');
}
module.exports = { writeDocs };
