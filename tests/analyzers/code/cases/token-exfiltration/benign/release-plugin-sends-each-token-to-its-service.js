// expect: clean
// allow: medium (a token handed to a request in code the application runs is noted, as from process.env)
// A release plugin that authenticates to each service with that service's own token from `context.env`: one request
// per service, each with its own credential (@semantic-release/github and /npm do so).
"use strict";
const https = require("https");
function call(hostname, path, token, body) {
  return new Promise((resolve, reject) => {
    const req = https.request({ hostname, path, method: "POST", headers: { authorization: `Bearer ${token}` } },
      (res) => { res.resume(); res.on("end", () => resolve(res.statusCode)); });
    req.on("error", reject);
    req.end(JSON.stringify(body));
  });
}
exports.publish = async function publish(pluginConfig, { env, nextRelease }) {
  await call("api.github.com", `/repos/${pluginConfig.repo}/releases`, env.GITHUB_TOKEN || env.GH_TOKEN,
             { tag_name: nextRelease.gitTag });
  await call("gitlab.com", `/api/v4/projects/${pluginConfig.project}/releases`, env.GITLAB_TOKEN || env.GL_TOKEN,
             { tag_name: nextRelease.gitTag });
  await call("hooks.slack.com", "/services/release", env.SLACK_TOKEN, { text: `released ${nextRelease.version}` });
};
