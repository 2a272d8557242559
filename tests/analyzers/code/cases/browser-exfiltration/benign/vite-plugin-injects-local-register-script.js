// source: vite-plugin-pwa@0.17 shape: transformIndexHtml adds a local registerSW script, and the service-worker registration code is kept as a string emitted into the build
const REGISTER_SW = `
if ('serviceWorker' in navigator) {
  window.addEventListener('load', function () {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).then(function (reg) {
      console.log('service worker registered', reg.scope);
    });
    fetch('/manifest.webmanifest').then(function (r) { return r.json(); });
  });
}`;

module.exports = function pwaPlugin(options = {}) {
  return {
    name: 'vite-plugin-pwa-lite',
    transformIndexHtml() {
      return [{ tag: 'script', attrs: { id: 'vite-plugin-pwa:register-sw', src: '/registerSW.js' }, injectTo: 'head' }];
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'registerSW.js', source: REGISTER_SW });
    },
  };
};
