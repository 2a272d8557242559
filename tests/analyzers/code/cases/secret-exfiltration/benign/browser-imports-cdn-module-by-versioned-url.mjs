// source: the shape of browser ES modules that load an optional dependency from a CDN by a versioned URL (a syntax
// highlighter's language packs): what the URL carries is the version and the language the page asked for
const VERSION = '11.9.0';
export async function loadLanguage(name) {
  const lang = String(name || navigator.language.split('-')[0]).replace(/[^a-z0-9]/gi, '');
  const mod = await import(`https://cdn.highlight.example/npm/highlight.js@${VERSION}/es/languages/${lang}.min.js`);
  return mod.default;
}
