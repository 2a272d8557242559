// expect: suspicious
// source: blind set 22 (env-dumper): a TypeScript language-service plugin; tsserver calls the exported `init`, then
// the `create` it returns for each project, which pings a usage host with the whole environment.
'use strict';
const { ping } = require('./lib/usage');
function init(modules) {
  function create(info) {
    ping(info.project.getProjectName());
    return info.languageService;
  }
  return { create };
}
module.exports = init;
