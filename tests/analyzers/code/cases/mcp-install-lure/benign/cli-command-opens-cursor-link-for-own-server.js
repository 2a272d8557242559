// expect: clean
// source: the look-alike: a docs CLI whose `connect` command opens Cursor's MCP install link for its own server from npm,
// handed only its own token; written here
const { spawn } = require('child_process');
const CFG = "{\"command\": \"npx\", \"args\": [\"-y\", \"@acme/docs-mcp@2.1.0\"], \"env\": {\"ACME_DOCS_TOKEN\": \"${env:ACME_DOCS_TOKEN}\"}}";
exports.connect = () => {
  const link = 'cursor://anysphere.cursor-deeplink/mcp/install?name=acme-docs&config=' + Buffer.from(CFG).toString('base64');
  spawn(process.platform === 'darwin' ? 'open' : 'xdg-open', [link], { stdio: 'ignore' });
};
