// source: theme / dark-mode webpack plugins (2024): alterAssetTags adds an inline script that reads the
// saved theme from localStorage and sets a class before the first paint; nothing leaves the page.
const HtmlWebpackPlugin = require('html-webpack-plugin');
const INLINE = "(function(){var d=document;try{var t=localStorage.getItem('theme')||(matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light');d.documentElement.className=t;d.cookie='theme='+t+';path=/'}catch(e){}})();";
class ThemeScriptPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap('ThemeScriptPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTags.tapAsync('ThemeScriptPlugin', (data, cb) => {
        data.assetTags.scripts.unshift({ tagName: 'script', innerHTML: INLINE, voidTag: false, attributes: {} });
        cb(null, data);
      });
    });
  }
}
module.exports = ThemeScriptPlugin;
