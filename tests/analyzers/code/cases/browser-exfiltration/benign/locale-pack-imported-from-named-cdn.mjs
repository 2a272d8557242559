// expect: clean
// An i18n helper that imports locale packs from a CDN it names, by language; the language preference it keeps in
// localStorage is read by its own key and never sent.
const CDN = "https://cdn.jsdelivr.net/npm/date-locales@3/";
export async function loadLocale(lang) {
  const saved = localStorage.getItem("i18n.lang") || lang;
  const mod = await import(/* @vite-ignore */ `${CDN}${encodeURIComponent(saved)}.js`);
  return mod.default;
}
