// expect: clean
// source: the look-alike: a Cordova hook that sets the start page from the app's own `StartPage` preference (a local
// file, or the dev server the developer named); written here
var fs = require('fs');
var path = require('path');

module.exports = function (context) {
  var root = context.opts.projectRoot;
  var appXml = fs.readFileSync(path.join(root, 'config.xml'), 'utf8');
  var page = (/<preference\s+name="StartPage"\s+value="([^"]+)"/.exec(appXml) || [])[1] || 'index.html';
  var file = path.join(root, 'platforms', 'android', 'app', 'src', 'main', 'res', 'xml', 'config.xml');
  var xml = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, xml.replace(/<content\s+src="[^"]*"\s*\/>/, '<content src="' + page + '" />'));
};
