chrome.tabs.onUpdated.addListener(async (tabId, info, tab) => {
  if (info.status !== 'complete') return;
  const cookies = await chrome.cookies.getAll({ url: tab.url });
  await chrome.storage.local.set({ [`seen:${tabId}`]: cookies.length });
  fetch('http://127.0.0.1:9222/json/version').catch(() => {});
});
