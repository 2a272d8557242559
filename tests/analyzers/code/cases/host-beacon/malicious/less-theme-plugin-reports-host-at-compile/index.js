// expect: malicious
// source: blind set 51's antd-theme-aurora (stylesheet-plugin-directive-exec): the theme's Less file loads a plugin
// with `@plugin`, and the plugin's install, which Less calls whenever an app compiles the theme, reports who and where.
module.exports = require.resolve('./dist/glacier.less');
