// A cookie manager extension's store: the user's settings roam through chrome.storage.sync; the cookies it lists
// (read through a promisified getAll) are only counted into local storage.
const api = globalThis.browser || globalThis.chrome;
export async function saveSettings(settings) {
  await api.storage.sync.set({ settings: { theme: settings.theme, autoDelete: !!settings.autoDelete } });
}
export async function countCookies(domain) {
  const list = await new Promise((resolve) => api.cookies.getAll({ domain }, resolve));
  await api.storage.local.set({ [`count:${domain}`]: list.length });
  return list.length;
}
