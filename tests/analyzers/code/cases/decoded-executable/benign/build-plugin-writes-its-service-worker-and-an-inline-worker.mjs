// source: the shape of build plugins that emit their runtime: a service worker written plainly (loading the
// Workbox runtime from its CDN, as workbox's generateSW does) and a web worker kept inline as base64 and written out.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
const INLINE_WORKER = "c2VsZi5hZGRFdmVudExpc3RlbmVyKCJtZXNzYWdlIixmdW5jdGlvbihlKXtwb3N0TWVzc2FnZShlLmRhdGEubWFwKGZ1bmN0aW9uKHgpe3JldHVybiB4KjJ9KSl9KTs=";
export default function swPlugin() {
  let outDir = "dist";
  return {
    name: "sw-plugin",
    configResolved(config) { outDir = join(config.root, config.build.outDir); },
    writeBundle() {
      writeFileSync(join(outDir, "sw.js"), "importScripts('https://storage.googleapis.com/workbox-cdn/releases/7.0.0/workbox-sw.js');\n");
      writeFileSync(join(outDir, "double.worker.js"), Buffer.from(INLINE_WORKER, "base64").toString("utf8"));
    }
  };
}
