// source: the shape of vite-plugin-cdn-import and @originjs/vite-plugin-federation: the CDN script named in the open,
// the remotes taken from the user's options.
export default function cdnAndRemotes(options = {}) {
  const remotes = options.remotes || {};
  return {
    name: 'vite-plugin-cdn-remotes',
    transformIndexHtml(html) {
      const tags = [{ tag: 'script', attrs: { src: 'https://unpkg.com/react@18/umd/react.production.min.js' }, injectTo: 'head' }];
      for (const [name, url] of Object.entries(remotes)) tags.push({ tag: 'link', attrs: { rel: 'modulepreload', href: url, 'data-remote': name } });
      return { html, tags };
    },
  };
}
