// source: script loaders and micro-frontends (systemjs-style `import maps`, jsonp helpers): the
// application names the URL, the library evaluates what it fetched for the application.
export async function loadScript(url, scope = {}) {
  const res = await fetch(url, { credentials: 'same-origin' });
  const code = await res.text();
  return new Function('scope', code)(scope);
}
