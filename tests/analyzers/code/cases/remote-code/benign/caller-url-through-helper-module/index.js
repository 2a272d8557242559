// A sandboxed plugin loader: the caller hands it the plugin's URL, the package's http helper fetches it and vm runs it
// in a fresh context. The package names no host: what runs is what its caller chose.
const vm = require('vm');
const http = require('./http');
exports.loadPlugin = async function loadPlugin(url, api) {
  const src = await http.fetchText(url);
  const context = vm.createContext({ api, console });
  return vm.runInContext(src, context, { timeout: 1000 });
};
